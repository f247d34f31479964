import { Page } from '@partner-sandbox/shared'
import type { FC } from 'hono/jsx'
import type { CopAccount } from '../domain/cop-account'
import { CopNav } from './cop-nav'
import { StatusBanner } from './status-banner'

export interface GuidelinesPageProps {
  account: CopAccount
  /** `<usps>/login`, with the sandbox tenant when it is not the default one. */
  uspsLoginUrl: string
}

/** The Stamps.com guidelines ShipStation's "See Instructions" opens. */
export const GuidelinesPage: FC<GuidelinesPageProps> = ({ account, uspsLoginUrl }) => (
  <Page
    service="stamps"
    title="Connect your USPS business account"
    nav={<CopNav />}
    banners={<StatusBanner status={account.status} />}
  >
    <div class="card">
      <h1>Connect your USPS business account</h1>
      <p>
        Link your USPS Enterprise Payment Account (EPA) and your NSA contract rates to your
        ShipStation account through Stamps.com.
      </p>
      <CurrentStep account={account} />
      <p class="muted">
        Have these from your USPS sales representative: Promo Code, CRID (Customer Registration ID),
        MID (Mailer ID) and EPS (Enterprise Payment System) Number.
      </p>
    </div>
    <section class="card" aria-labelledby="new-to-usps">
      <h2 id="new-to-usps">New to USPS?</h2>
      <p>
        Create your USPS business account (or sign in to it), then add your payment account in the
        section "Add your payment account to get started". This step is mandatory to complete the
        connection to Stamps.com.
      </p>
      <a href={uspsLoginUrl} target="_blank" rel="noopener">
        Setup your USPS business account
      </a>
    </section>
    <section class="card" aria-labelledby="finalize">
      <h2 id="finalize">Finalize Your Connection</h2>
      <p>
        With your USPS business account and EPA set up, sign in to USPS and grant Auctane access.
        You then come back here to enter your CRID, MID and EPS Number.
      </p>
      <a class="button" href="/usps/link">
        Link your business account
      </a>
    </section>
  </Page>
)

const CurrentStep: FC<{ account: CopAccount }> = ({ account }) => {
  switch (account.status) {
    case 'not_started':
      return <p>Status: your USPS business account is not linked yet.</p>
    case 'usps_linked':
      return (
        <p>
          Status: your USPS business account is linked to Stamps.com.{' '}
          <a href="/connect">Enter your USPS account details</a> to finish.
        </p>
      )
    case 'approval_pending':
      return (
        <p>
          Status: USPS business account approval is pending. <a href="/status">See status</a>
        </p>
      )
    case 'approved':
      return <p>Status: Your USPS business account is linked. NSA rates are active.</p>
  }
}
