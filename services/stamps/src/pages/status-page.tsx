import type { FC } from 'hono/jsx'
import type { CopAccount } from '../domain/cop-account'
import type { CopFrame } from '../lib/page-frame'
import { CopPage } from './cop-page'
import { StatusBanner } from './status-banner'

/** Where the COP flow ends: the approval banner and what to do while USPS approves. */
export const StatusPage: FC<{ account: CopAccount; frame: CopFrame }> = ({ account, frame }) => (
  <CopPage
    title="Connection status"
    frame={frame}
    banners={<StatusBanner status={account.status} />}
  >
    <div class="card">
      <h1>Connection status</h1>
      {account.identifiers ? (
        <dl class="facts">
          <dt>CRID</dt>
          <dd>{account.identifiers.crid}</dd>
          <dt>MID</dt>
          <dd>{account.identifiers.mid}</dd>
          <dt>EPS Number</dt>
          <dd>{account.identifiers.epsNumber}</dd>
        </dl>
      ) : null}
      <NextStep account={account} />
    </div>
  </CopPage>
)

const NextStep: FC<{ account: CopAccount }> = ({ account }) => {
  switch (account.status) {
    case 'not_started':
      return (
        <p>
          Your USPS business account is not linked yet. <a href="/guidelines">See the guidelines</a>
        </p>
      )
    case 'usps_linked':
      return (
        <p>
          Your USPS business account is linked; one step is left.{' '}
          <a href="/connect">Enter your USPS account details</a>
        </p>
      )
    case 'approval_pending':
      return (
        <p>
          Return to your ShipStation browser tab and refresh the page. Contact your USPS sales
          representative to confirm that your EPA and contract are successfully linked.
        </p>
      )
    case 'approved':
      return <p>You can now print with your NSA rates in ShipStation.</p>
    case 'rejected':
      return (
        <p>
          USPS rejected the link request: {account.rejection?.reason ?? 'no reason was given'}.
          Start again: <a href="/usps/link">Link your business account</a>
        </p>
      )
    case 'revoked':
      return (
        <p>
          Auctane's access to your USPS business account was revoked in USPS, so NSA rates stopped.
          Start again: <a href="/usps/link">Link your business account</a>
        </p>
      )
  }
}
