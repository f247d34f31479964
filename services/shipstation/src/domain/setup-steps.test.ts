import { describe, expect, it } from 'vitest'
import type { Account } from './accounts'
import {
  nextSetupStep,
  nextStepPath,
  SETUP_STEPS,
  type SetupFacts,
  setupStepOpen,
} from './setup-steps'

const NONE: SetupFacts = { emailVerified: false, phoneVerified: false, hasPaymentMethod: false }
const ALL: SetupFacts = { emailVerified: true, phoneVerified: true, hasPaymentMethod: true }

describe('setup steps', () => {
  it('run email, then phone, then payment method', () => {
    expect(SETUP_STEPS.map((step) => step.id)).toEqual(['email', 'phone', 'payment'])
  })

  it('name the first unfinished step next, and none once all are done', () => {
    expect(nextSetupStep(NONE)?.id).toBe('email')
    expect(nextSetupStep({ ...NONE, emailVerified: true })?.id).toBe('phone')
    expect(nextSetupStep({ ...ALL, hasPaymentMethod: false })?.id).toBe('payment')
    expect(nextSetupStep(ALL)).toBeUndefined()
  })

  it('open a step only once every earlier step is done', () => {
    expect(setupStepOpen(NONE, 'email')).toBe(true)
    expect(setupStepOpen(NONE, 'phone')).toBe(false)
    expect(setupStepOpen({ ...NONE, emailVerified: true }, 'phone')).toBe(true)
    expect(setupStepOpen({ ...NONE, emailVerified: true }, 'payment')).toBe(false)
    expect(setupStepOpen(ALL, 'payment')).toBe(true)
  })

  it('send a signed-in person to the next step, or the dashboard', () => {
    const account = {
      emailVerifiedAt: '2026-03-01T12:00:00.000Z',
      paymentMethods: [],
    } as unknown as Account
    expect(nextStepPath(account)).toBe('/verify/phone')
    expect(
      nextStepPath({
        ...account,
        phoneVerifiedAt: '2026-03-01T12:00:00.000Z',
        paymentMethods: [
          { id: 'pm_1', brand: 'Visa', last4: '4242', expiry: '12/30', addedAt: '' },
        ],
      }),
    ).toBe('/dashboard')
  })
})
