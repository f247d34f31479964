import { nsaRatesActive } from '../domain/account-view'
import type { Account } from '../domain/accounts'
import type { OnboardingPrompts } from '../domain/onboarding-prompts'
import { ConnectPopup } from './connect-popup'
import { SignedInPage } from './signed-in-page'

export interface DashboardPageProps {
  account: Account
  prompts: OnboardingPrompts
}

/** The next setup step as a call to action, while one is left. */
const SetupStep = ({ account }: { account: Account }) => {
  if (!account.emailVerifiedAt) return <a href="/verify/email">Verify your email</a>
  if (!account.phoneVerifiedAt) return <a href="/verify/phone">Verify your phone</a>
  if (account.paymentMethods.length === 0) return <a href="/balance">Add a payment method</a>
  return null
}

const NsaStatus = ({ account }: { account: Account }) => {
  if (nsaRatesActive(account)) {
    return (
      <p role="status">
        <strong>NSA rates active</strong>. Your USPS Negotiated Service Agreement rates apply to
        your labels.
      </p>
    )
  }
  if (account.copStatus === 'approval_pending') {
    return <p>USPS business account approval is pending. NSA rates start once USPS approves.</p>
  }
  return <p>NSA rates are not connected yet.</p>
}

export const DashboardPage = ({ account, prompts }: DashboardPageProps) => {
  const setupLeft = <SetupStep account={account} />
  return (
    <SignedInPage
      title="Dashboard"
      prompts={prompts}
      path="/dashboard"
      modal={prompts.popup ? <ConnectPopup /> : undefined}
    >
      <div class="card">
        <h1>Dashboard</h1>
        <p>
          Welcome, {account.firstName} ({account.company}).
        </p>
        {account.emailVerifiedAt && account.phoneVerifiedAt && account.paymentMethods.length > 0 ? (
          <p>Your account is set up.</p>
        ) : (
          <p role="alert">Finish setting up your account: {setupLeft}</p>
        )}
      </div>
      <div class="card">
        <h2>USPS NSA rates</h2>
        <NsaStatus account={account} />
      </div>
    </SignedInPage>
  )
}
