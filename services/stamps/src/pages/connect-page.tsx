import { Field, FormErrors, type SandboxError } from '@partner-sandbox/shared'
import type { FC } from 'hono/jsx'
import type { CopFrame } from '../lib/page-frame'
import { CopPage } from './cop-page'

export interface ConnectPageProps {
  values?: { crid?: string; mid?: string; epsNumber?: string }
  error?: SandboxError
  frame: CopFrame
}

const FIELDS = ['crid', 'mid', 'epsNumber']

/** The final COP step: CRID, MID and EPS Number, checked with USPS on submit. */
export const ConnectPage: FC<ConnectPageProps> = ({ values = {}, error, frame }) => (
  <CopPage title="Enter your USPS account details" frame={frame}>
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
        <Field
          label="CRID"
          name="crid"
          value={values.crid}
          errors={error?.fieldErrors}
          inputmode="numeric"
          required
          hint="Customer Registration ID, up to 15 digits."
        />
        <Field
          label="MID"
          name="mid"
          value={values.mid}
          errors={error?.fieldErrors}
          inputmode="numeric"
          required
          hint="Mailer ID: 6 digits, or 9 digits starting with 9."
        />
        <Field
          label="EPS Number"
          name="epsNumber"
          value={values.epsNumber}
          errors={error?.fieldErrors}
          inputmode="numeric"
          required
          hint="Enterprise Payment System account number, 10 digits."
        />
        <button type="submit">Complete Connection</button>
      </form>
    </div>
  </CopPage>
)
