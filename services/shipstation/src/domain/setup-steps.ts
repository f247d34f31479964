import type { Account } from './accounts'

/** What the setup steps follow from, read off the account. */
export interface SetupFacts {
  emailVerified: boolean
  phoneVerified: boolean
  hasPaymentMethod: boolean
}

export interface SetupStep {
  id: 'email' | 'phone' | 'payment'
  /** The page where the step is done. */
  path: string
  /** The dashboard's call to action. */
  action: string
  /** How a refusal names the step while it is missing. */
  missing: string
  done: (facts: SetupFacts) => boolean
}

/**
 * ShipStation's setup, in the seed's order (Step 1): each step opens once the ones before it are
 * done, and the USPS connection prompts only once all are.
 */
export const SETUP_STEPS: readonly SetupStep[] = [
  {
    id: 'email',
    path: '/verify/email',
    action: 'Verify your email',
    missing: 'Verify your email',
    done: (facts) => facts.emailVerified,
  },
  {
    id: 'phone',
    path: '/verify/phone',
    action: 'Verify your phone',
    missing: 'Verify your phone',
    done: (facts) => facts.phoneVerified,
  },
  {
    id: 'payment',
    path: '/balance',
    action: 'Add a payment method',
    missing: 'Add a payment method to your ShipStation Balance',
    done: (facts) => facts.hasPaymentMethod,
  },
]

export function setupFactsOf(account: Account): SetupFacts {
  return {
    emailVerified: Boolean(account.emailVerifiedAt),
    phoneVerified: Boolean(account.phoneVerifiedAt),
    hasPaymentMethod: account.paymentMethods.length > 0,
  }
}

/** The first unfinished step, or undefined once the setup is complete. */
export function nextSetupStep(facts: SetupFacts): SetupStep | undefined {
  return SETUP_STEPS.find((step) => !step.done(facts))
}

/** True when every step before `id` is done, so that step can be taken (or taken again). */
export function setupStepOpen(facts: SetupFacts, id: SetupStep['id']): boolean {
  const index = SETUP_STEPS.findIndex((step) => step.id === id)
  return SETUP_STEPS.slice(0, index).every((step) => step.done(facts))
}

/**
 * What is still missing before the USPS connection prompts appear, in the seed's order.
 *
 * @example
 * missingSetupSteps({ emailVerified: true, phoneVerified: false, hasPaymentMethod: false })
 * // ['Verify your phone', 'Add a payment method to your ShipStation Balance']
 */
export function missingSetupSteps(facts: SetupFacts): string[] {
  return SETUP_STEPS.filter((step) => !step.done(facts)).map((step) => step.missing)
}

/**
 * Where a signed-in person should go next: the first unfinished setup step, else the dashboard.
 *
 * @example
 * nextStepPath(justRegistered) // '/verify/email'
 */
export function nextStepPath(account: Account): string {
  return nextSetupStep(setupFactsOf(account))?.path ?? '/dashboard'
}
