import type { FC } from 'hono/jsx'
import type { CopAccount } from '../domain/cop-account'
import { type OnboardingStep, onboardingSteps, type StepAction } from '../domain/onboarding-steps'
import type { CopFrame } from '../lib/page-frame'
import { CopPage } from './cop-page'
import { StatusBanner } from './status-banner'

export interface GuidelinesPageProps {
  account: CopAccount
  frame: CopFrame
  /** `<usps>/login`, with the sandbox tenant when it is not the default one. */
  uspsLoginUrl: string
}

const STATE_LABEL: Record<OnboardingStep['state'], string> = {
  done: 'Done',
  current: 'To do now',
  todo: 'Not yet',
  attention: 'Needs your attention',
}

/** The Stamps.com guidelines ShipStation's "See Instructions" opens, with where each step stands. */
export const GuidelinesPage: FC<GuidelinesPageProps> = ({ account, frame, uspsLoginUrl }) => {
  const { steps, next } = onboardingSteps(account)
  return (
    <CopPage
      title="Connect your USPS business account"
      frame={frame}
      banners={<StatusBanner status={account.status} />}
    >
      <div class="card">
        <h1>Connect your USPS business account</h1>
        <p>
          Link your USPS Enterprise Payment Account (EPA) and your NSA contract rates to your
          ShipStation account through Stamps.com.
        </p>
        {next ? (
          <p class="next-step">
            Next: {next.detail}{' '}
            {next.action ? <ActionLink action={next.action} uspsLoginUrl={uspsLoginUrl} /> : null}
          </p>
        ) : (
          <p class="next-step">
            All steps are done: you can print with your NSA rates in ShipStation.
          </p>
        )}
        <h2 id="your-steps">Your steps</h2>
        <ol class="steps" aria-labelledby="your-steps">
          {steps.map((step) => (
            <li data-step={step.id} data-state={step.state}>
              <strong>{step.title}</strong>: {STATE_LABEL[step.state]}. {step.detail}
            </li>
          ))}
        </ol>
        <p class="muted">
          Have these from your USPS sales representative: Promo Code, CRID (Customer Registration
          ID), MID (Mailer ID) and EPS (Enterprise Payment System) Number.
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
    </CopPage>
  )
}

const ActionLink: FC<{ action: StepAction; uspsLoginUrl: string }> = ({ action, uspsLoginUrl }) => {
  switch (action.kind) {
    case 'usps_portal':
      return (
        <a href={uspsLoginUrl} target="_blank" rel="noopener">
          {action.label}
        </a>
      )
    case 'link_usps':
      return <a href="/usps/link">{action.label}</a>
    case 'enter_details':
      return <a href="/connect">{action.label}</a>
    case 'status':
      return <a href="/status">{action.label}</a>
  }
}
