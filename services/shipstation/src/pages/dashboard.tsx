import type { Account } from '../domain/accounts'
import { nsaRatesActive } from '../domain/nsa-rates'
import type { OnboardingPrompts } from '../domain/onboarding-prompts'
import { nextSetupStep, type SetupStep, setupFactsOf } from '../domain/setup-steps'
import type { Confirmation } from '../lib/session'
import { ConnectPopup } from './connect-popup'
import { SignedInPage } from './signed-in-page'

export interface DashboardPageProps {
  account: Account
  prompts: OnboardingPrompts
  confirmation?: Confirmation
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
  if (account.copStatus === 'rejected') {
    return (
      <p role="alert">
        USPS rejected your NSA link request: {account.copRejection?.reason ?? 'no reason was given'}
        . <a href="/nsa/see-instructions">Start again</a>
      </p>
    )
  }
  if (account.copStatus === 'revoked') {
    return <p role="alert">NSA rates stopped: access to your USPS business account was revoked.</p>
  }
  if (!account.promoCode) {
    return <p>NSA rates are offered to accounts created with a USPS promo code.</p>
  }
  return <p>NSA rates are not connected yet.</p>
}

const NsaOffer = ({ account }: { account: Account }) =>
  account.nsaOffer ? (
    <p>
      Your USPS offer: <strong>{account.nsaOffer.name}</strong>. {account.nsaOffer.description}
    </p>
  ) : null

export const DashboardPage = ({ account, prompts, confirmation }: DashboardPageProps) => {
  const next = nextSetupStep(setupFactsOf(account))
  return (
    <SignedInPage
      title="Dashboard"
      prompts={prompts}
      path="/dashboard"
      confirmation={confirmation}
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
        <NsaOffer account={account} />
        <NsaStatus account={account} />
      </div>
    </SignedInPage>
  )
}
