import { Page } from '@partner-sandbox/shared'
import type { PublicAccount } from '../domain/account'
import type { EpaLedgerEntry } from '../domain/epa-ledger'
import type { PaymentAccount } from '../domain/payment-account'
import { EpaLedgerCard } from './epa-ledger-card'
import { SignedInNav } from './nav'
import { PaymentAccountFacts } from './payment-account-facts'

/** "My Account": profile, identifiers and, under "Payment Account", the bank verification link. */
export const MyAccountPage = ({
  account,
  epa,
  ledger = [],
}: {
  account: PublicAccount
  epa: PaymentAccount
  /** Label charges and refunds on the EPA. */
  ledger?: EpaLedgerEntry[]
}) => (
  <Page service="usps" title="My Account" nav={<SignedInNav />}>
    <div class="card">
      <h1>My Account</h1>
      <dl class="facts">
        <dt>Username</dt>
        <dd>{account.username}</dd>
        <dt>Email</dt>
        <dd>{account.email}</dd>
        <dt>Name</dt>
        <dd>{`${account.contact.firstName} ${account.contact.lastName}`}</dd>
        <dt>Company</dt>
        <dd>{account.company.companyName}</dd>
        <dt>Address</dt>
        <dd>{`${account.company.streetAddress}, ${account.company.city}, ${account.company.state} ${account.company.zipCode}`}</dd>
        <dt>CRID</dt>
        <dd>{account.crid}</dd>
        <dt>Outbound Mailer ID (MASTER MID)</dt>
        <dd>{account.mid}</dd>
        <dt>Multi-factor authentication</dt>
        <dd>Email code</dd>
      </dl>
    </div>
    <div class="card">
      <h2>Payment Account</h2>
      <PaymentAccountFacts epa={epa} />
      {epa.status === 'pending_verification' ? (
        <p>
          <a href="/portal/payment-account/verify">Verify your bank account</a>
        </p>
      ) : null}
      {epa.status === 'none' || epa.status === 'verification_failed' ? (
        <p>
          <a href="/portal">Add your payment account to get started</a>
        </p>
      ) : null}
    </div>
    <EpaLedgerCard entries={ledger} />
  </Page>
)
