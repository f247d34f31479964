import { Checkbox, FormErrors, Page } from '@partner-sandbox/shared'
import type { FormState } from './form-values'
import { SignedInNav } from './nav'

export interface ConsentPageProps extends FormState {
  requestId: string
  clientName: string
  scope: string
}

/** "Grant <client> Access": the agreement box, then "Authorize and Continue" or "Cancel". */
export const ConsentPage = (props: ConsentPageProps) => (
  <Page service="usps" title={`Grant ${props.clientName} Access`} nav={<SignedInNav />}>
    <div class="card">
      <h1>{`Grant ${props.clientName} Access`}</h1>
      <p>
        {props.clientName} asks to use the USPS APIs on your behalf with these scopes:{' '}
        <code>{props.scope}</code>.
      </p>
      <FormErrors error={props.error} fields={['agree']} />
      <form method="post" action={`/oauth2/v3/consent/${props.requestId}`}>
        <Checkbox
          label={`I agree to give ${props.clientName} access to my USPS business account, payment accounts, CRIDs and MIDs`}
          name="agree"
          errors={props.error?.fieldErrors}
        />
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
