import type { Account } from '../domain/accounts'
import { nsaRatesActive } from '../domain/nsa-rates'
import type { OnboardingPrompts } from '../domain/onboarding-prompts'
import { nextSetupStep, type SetupStep, setupFactsOf } from '../domain/setup-steps'
import { ConnectPopup } from './connect-popup'
import { SignedInPage } from './signed-in-page'

export interface DashboardPageProps {
  account: Account
  prompts: OnboardingPrompts
}

/** The next setup step as a call to action. */
const SetupStepLink = ({ step }: { step: SetupStep }) => <a href={step.path}>{step.action}</a>

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
  const next = nextSetupStep(setupFactsOf(account))
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
        {next ? (
          <p role="alert">
            Finish setting up your account: <SetupStepLink step={next} />
          </p>
        ) : (
          <p>Your account is set up.</p>
        )}
      </div>
      <div class="card">
        <h2>USPS NSA rates</h2>
        <NsaStatus account={account} />
      </div>
    </SignedInPage>
  )
}
