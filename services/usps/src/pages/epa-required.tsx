import { Page } from '@partner-sandbox/shared'
import { SignedInNav } from './nav'

export interface EpaRequiredPageProps {
  requestId: string
  clientName: string
  uspsCode: string
  message: string
}

/**
 * The linking step refused for want of an Enterprise Payment Account: where to add one, and
 * "Continue linking" back to the same authorization request once it is added.
 */
export const EpaRequiredPage = (props: EpaRequiredPageProps) => (
  <Page service="usps" title="Add your payment account first" nav={<SignedInNav />}>
    <div class="card">
      <h1>Your USPS business account has no Enterprise Payment Account</h1>
      <p role="alert" data-usps-code={props.uspsCode}>
        {props.message}
      </p>
      <ol>
        <li>
          Open the Business Portal:{' '}
          <a href="/portal" data-testid="add-epa">
            Add your payment account to get started
          </a>{' '}
          (Credit Card, or ACH Debit: a Pending ACH account is enough to link).
        </li>
        <li>
          Then come back:{' '}
          <a href={`/oauth2/v3/consent/${props.requestId}`} data-testid="continue-linking">
            Continue linking
          </a>{' '}
          with {props.clientName}. The Business Portal shows this link too.
        </li>
      </ol>
      <form method="post" action={`/oauth2/v3/consent/${props.requestId}`}>
        <button type="submit" name="action" value="cancel">
          Cancel linking
        </button>
      </form>
    </div>
  </Page>
)
