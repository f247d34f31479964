import { Page } from '@partner-sandbox/shared'
import type { FC } from 'hono/jsx'
import type { CopAccount } from '../domain/cop-account'
import { CopNav } from './cop-nav'
import { StatusBanner } from './status-banner'

/** Where the COP flow ends: the approval banner and what to do while USPS approves. */
export const StatusPage: FC<{ account: CopAccount }> = ({ account }) => (
  <Page
    service="stamps"
    title="Connection status"
    nav={<CopNav />}
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
  </Page>
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
  }
}
