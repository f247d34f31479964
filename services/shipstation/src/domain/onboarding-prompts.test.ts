import { describe, expect, it } from 'vitest'
import {
  APPROVAL_BANNER_TEXT,
  CONNECT_BANNER_TEXT,
  connectPromptsDue,
  deriveOnboardingPrompts,
  type PromptFacts,
  REJECTED_BANNER_PREFIX,
  REVOKED_BANNER_TEXT,
} from './onboarding-prompts'
import { missingSetupSteps } from './setup-steps'

const READY: PromptFacts = {
  hasPromoCode: true,
  emailVerified: true,
  phoneVerified: true,
  hasPaymentMethod: true,
  copStatus: 'not_started',
  approvalBannerDismissedAt: null,
  popupDismissedThisSession: false,
}
const ids = (facts: PromptFacts) => deriveOnboardingPrompts(facts).banners.map((b) => b.id)

describe('deriveOnboardingPrompts', () => {
  it('never prompts an ordinary account registered without a promo code', () => {
    for (const copStatus of ['not_started', 'rejected', 'revoked'] as const) {
      expect(deriveOnboardingPrompts({ ...READY, hasPromoCode: false, copStatus })).toEqual({
        popup: false,
        banners: [],
      })
    }
  })

  it("shows the representative's reason and Start again after a rejection, with the pop-up", () => {
    const prompts = deriveOnboardingPrompts({
      ...READY,
      copStatus: 'rejected',
      rejectionReason: 'The MID is not on the contract',
    })
    expect(prompts.popup).toBe(true)
    expect(prompts.banners).toEqual([
      {
        id: 'link-rejected',
        text: `${REJECTED_BANNER_PREFIX}The MID is not on the contract.`,
        action: 'start-again',
      },
    ])
  })

  it('says NSA rates stopped after a revocation and asks to connect again', () => {
    const prompts = deriveOnboardingPrompts({ ...READY, copStatus: 'revoked' })
    expect(prompts.popup).toBe(true)
    expect(prompts.banners).toEqual([
      { id: 'link-revoked', text: REVOKED_BANNER_TEXT, action: 'see-instructions' },
    ])
  })

  it('shows the pop-up and the connect banner once email, phone and a payment method are done', () => {
    expect(deriveOnboardingPrompts(READY)).toEqual({
      popup: true,
      banners: [
        { id: 'connect-usps-account', text: CONNECT_BANNER_TEXT, action: 'see-instructions' },
      ],
    })
  })

  it.each([
    ['email not verified', { emailVerified: false }],
    ['phone not verified', { phoneVerified: false }],
    ['no payment method', { hasPaymentMethod: false }],
    ['nothing done', { emailVerified: false, phoneVerified: false, hasPaymentMethod: false }],
  ] as const)('shows no prompts while %s', (_, missing) => {
    expect(deriveOnboardingPrompts({ ...READY, ...missing })).toEqual({ popup: false, banners: [] })
  })

  it('hides only the pop-up after "Not now" in this session; the banner stays', () => {
    const prompts = deriveOnboardingPrompts({ ...READY, popupDismissedThisSession: true })
    expect(prompts.popup).toBe(false)
    expect(prompts.banners.map((b) => b.id)).toEqual(['connect-usps-account'])
  })

  it('swaps the connect prompts for the approval banner once the COP flow is submitted', () => {
    const prompts = deriveOnboardingPrompts({ ...READY, copStatus: 'approval_pending' })
    expect(prompts).toEqual({
      popup: false,
      banners: [{ id: 'approval-pending', text: APPROVAL_BANNER_TEXT, action: 'dismiss' }],
    })
  })

  it('keeps the approval banner until it is dismissed, even after approval', () => {
    expect(ids({ ...READY, copStatus: 'approved' })).toEqual(['approval-pending'])
  })

  it('never shows the approval banner again once dismissed', () => {
    const dismissedAt = '2026-03-01T12:00:00.000Z'
    for (const copStatus of ['approval_pending', 'approved'] as const) {
      expect(
        deriveOnboardingPrompts({ ...READY, copStatus, approvalBannerDismissedAt: dismissedAt }),
      ).toEqual({ popup: false, banners: [] })
    }
  })
})

describe('missingSetupSteps and connectPromptsDue', () => {
  it('lists what is missing in the order of the guide', () => {
    expect(missingSetupSteps({ ...READY, emailVerified: false, hasPaymentMethod: false })).toEqual([
      'Verify your email',
      'Add a payment method to your ShipStation Balance',
    ])
  })

  it('is due only when nothing is missing and the COP flow has not started', () => {
    expect(connectPromptsDue(READY)).toBe(true)
    expect(connectPromptsDue({ ...READY, phoneVerified: false })).toBe(false)
    expect(connectPromptsDue({ ...READY, copStatus: 'approval_pending' })).toBe(false)
    expect(connectPromptsDue({ ...READY, copStatus: 'approved' })).toBe(false)
  })
})
