import { Field, FormErrors, Page, type SandboxError } from '@partner-sandbox/shared'
import type { FC } from 'hono/jsx'
import { CopNav } from './cop-nav'

export interface ConnectPageProps {
  values?: { crid?: string; mid?: string; epsNumber?: string }
  error?: SandboxError
}

// The three identifiers the guide asks for, in its order, with what each looks like.
const IDENTIFIERS = [
  { name: 'crid', label: 'CRID', hint: 'Customer Registration ID, up to 15 digits.' },
  { name: 'mid', label: 'MID', hint: 'Mailer ID: 6 digits, or 9 digits starting with 9.' },
  {
    name: 'epsNumber',
    label: 'EPS Number',
    hint: 'Enterprise Payment System account number, 10 digits.',
  },
] as const
const FIELDS = IDENTIFIERS.map((field) => field.name)

/** The final COP step: CRID, MID and EPS Number, checked with USPS on submit. */
export const ConnectPage: FC<ConnectPageProps> = ({ values = {}, error }) => (
  <Page service="stamps" title="Enter your USPS account details" nav={<CopNav />}>
    <div class="card">
      <h1>Enter your USPS account details</h1>
      <p>
        Enter the CRID, MID and EPS Number your USPS sales representative gave you; they are also
        shown in the USPS Business Portal.
      </p>
      <FormErrors error={error} fields={FIELDS} />
      {error?.code === 'usps_link_expired' ? (
        <p>
          <a href="/usps/link">Link your business account</a>
        </p>
      ) : null}
      <form method="post" action="/connect">
        {IDENTIFIERS.map((field) => (
          <Field
            label={field.label}
            name={field.name}
            value={values[field.name]}
            errors={error?.fieldErrors}
            inputmode="numeric"
            required
            hint={field.hint}
          />
        ))}
        <button type="submit">Complete Connection</button>
      </form>
    </div>
  </Page>
)
