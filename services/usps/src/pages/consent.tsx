import { Checkbox, FormErrors, Page } from '@partner-sandbox/shared'
import { describeScopes } from '../domain/scope-descriptions'
import type { FormState } from './form-values'
import { SignedInNav } from './nav'

export interface ConsentPageProps extends FormState {
  requestId: string
  clientName: string
  scope: string
  /** A registered or loopback client, never a real platform: marked so. */
  testClient: boolean
  /** When the customer already granted these scopes: no box to tick again. */
  grantedAt?: string
}

/** "Grant <client> Access": what the client gets, the box, "Authorize and Continue" or "Cancel". */
export const ConsentPage = (props: ConsentPageProps) => (
  <Page service="usps" title={`Grant ${props.clientName} Access`} nav={<SignedInNav />}>
    <div class="card">
      <h1>
        {`Grant ${props.clientName} Access`}
        {props.testClient ? (
          <span class="badge" data-testid="test-client-mark">
            {' '}
            (sandbox test client)
          </span>
        ) : null}
      </h1>
      {props.testClient ? (
        <p role="note">
          {props.clientName} was registered in this sandbox for testing; it is not a USPS partner.
        </p>
      ) : null}
      <p>{props.clientName} asks to use the USPS APIs on your behalf. It will be able to:</p>
      <ul data-testid="scopes">
        {describeScopes(props.scope).map((words) => (
          <li>{words}</li>
        ))}
      </ul>
      <p>
        Scopes: <code>{props.scope}</code>. You can revoke this access at any time under My Account.
      </p>
      <FormErrors error={props.error} fields={['agree']} />
      <form method="post" action={`/oauth2/v3/consent/${props.requestId}`}>
        {props.grantedAt ? (
          <p>{`You already gave ${props.clientName} this access on ${props.grantedAt.slice(0, 10)}.`}</p>
        ) : (
          <Checkbox
            label={`I agree to give ${props.clientName} access to my USPS business account, payment accounts, CRIDs and MIDs`}
            name="agree"
            errors={props.error?.fieldErrors}
          />
        )}
        <button type="submit" name="action" value="authorize">
          Authorize and Continue
        </button>{' '}
        <button type="submit" name="action" value="cancel" formnovalidate>
          Cancel
        </button>
      </form>
    </div>
  </Page>
)
