import { describe, expect, it } from 'vitest'
import type { Registration } from './registration'
import { nextWizardStep, wizardDetour } from './setup-wizard'

const base: Registration = {
  id: 'reg_1',
  email: 'ann@example.com',
  createdAt: '2026-05-01T12:00:00.000Z',
  validation: { code: '123456', expiresAt: '2026-05-01T12:10:00.000Z', attempts: 0 },
}
const company = {
  companyName: 'Ann Ships LLC',
  streetAddress: '100 Congress Ave',
  city: 'Austin',
  state: 'TX',
  zipCode: '78701',
}

describe('setup wizard steps', () => {
  it('sends an unvalidated registration back to validation', () => {
    expect(nextWizardStep(base)).toBe('validate')
    expect(wizardDetour(base, 'company')).toBe('validate')
  })

  it('opens the current step and the ones already done, not later ones', () => {
    const validated = { ...base, emailValidatedAt: '2026-05-01T12:01:00.000Z', company }
    expect(wizardDetour(validated, 'company')).toBeUndefined()
    expect(wizardDetour(validated, 'contact')).toBeUndefined()
    expect(wizardDetour(validated, 'security')).toBe('contact')
  })

  it('closes every step once the account exists', () => {
    expect(wizardDetour({ ...base, accountId: 'acct_1' }, 'company')).toBe('done')
  })
})
