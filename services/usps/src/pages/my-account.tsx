import { Page } from '@partner-sandbox/shared'
import type { PublicAccount } from '../domain/account'
import type { PaymentAccount } from '../domain/payment-account'
import { describeScopes } from '../domain/scope-descriptions'
import type { GrantedPartner } from '../lib/granted-partners'
import { SignedInNav } from './nav'
import { PaymentAccountFacts } from './payment-account-facts'

/**
 * "My Account": profile, identifiers, under "Payment Account" the bank verification link, and
 * the partners given access, each with "Revoke access".
 */
export const MyAccountPage = ({
  account,
  epa,
  partners = [],
}: {
  account: PublicAccount
  epa: PaymentAccount
  partners?: GrantedPartner[]
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
    <div class="card">
      <h2>Partners with access</h2>
      {partners.length === 0 ? (
        <p>You have not given any partner access to your USPS business account.</p>
      ) : (
        <ul data-testid="partners">
          {partners.map((p) => (
            <li>
              <strong>{p.name}</strong>
              {` since ${p.grantedAt.slice(0, 10)}: ${describeScopes(p.scopes.join(' ')).join('; ')}.`}
              <form
                method="post"
                action={`/portal/account/partners/${encodeURIComponent(p.clientId)}/revoke`}
              >
                <button type="submit">{`Revoke access for ${p.name}`}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  </Page>
)
