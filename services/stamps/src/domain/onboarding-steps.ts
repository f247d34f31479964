import type { CopAccount } from './cop-account'

/** How a step of the guide stands for this customer. */
export type StepState = 'done' | 'current' | 'todo' | 'attention'

/** Where a step's action leads: our own pages, or the USPS Business Portal (a new tab). */
export type StepAction =
  | { kind: 'usps_portal'; label: string }
  | { kind: 'link_usps'; label: string }
  | { kind: 'enter_details'; label: string }
  | { kind: 'status'; label: string }

export interface OnboardingStep {
  id: 'usps_account' | 'epa' | 'usps_link' | 'identifiers' | 'approval'
  title: string
  state: StepState
  detail: string
  action?: StepAction
}

const SETUP_USPS: StepAction = { kind: 'usps_portal', label: 'Setup your USPS business account' }
const LINK_USPS: StepAction = { kind: 'link_usps', label: 'Link your business account' }
const ENTER_DETAILS: StepAction = {
  kind: 'enter_details',
  label: 'Enter your USPS account details',
}

/**
 * The guide's five steps (USPS account, EPA, link, CRID/MID/EPS, approval) as this account stands,
 * derived from its status, its USPS tokens and the identifiers USPS accepted; `next` is the first
 * step that needs the customer. Stamps.com learns of the USPS account and its EPA only through the
 * link and the EPS check, so those steps are done once the later step proved them.
 *
 * @example
 * const { steps, next } = onboardingSteps(account)
 */
export function onboardingSteps(account: CopAccount): {
  steps: OnboardingStep[]
  next: OnboardingStep | undefined
} {
  const { status } = account
  const linked = account.usps !== undefined
  // USPS accepted CRID, MID and EPS Number (payment authorization): the EPA is active.
  const detailsAccepted =
    account.identifiers !== undefined && status !== 'usps_linked' && status !== 'not_started'
  const everLinked = linked || detailsAccepted

  const steps: OnboardingStep[] = [
    everLinked
      ? {
          id: 'usps_account',
          title: 'USPS business account',
          state: 'done',
          detail: 'Your USPS business account exists: you signed in to it to link it.',
        }
      : {
          id: 'usps_account',
          title: 'USPS business account',
          state: 'current',
          detail:
            'Create your USPS business account in the USPS Business Portal, or sign in to the one you have.',
          action: SETUP_USPS,
        },
    detailsAccepted
      ? {
          id: 'epa',
          title: 'Enterprise Payment Account (EPA)',
          state: 'done',
          detail: `USPS accepted the EPS Number ${account.identifiers?.epsNumber}.`,
        }
      : {
          id: 'epa',
          title: 'Enterprise Payment Account (EPA)',
          state: 'todo',
          detail:
            'In the USPS Business Portal, add your payment account under "Add your payment account to get started". Do not skip this step: USPS checks it when you enter your EPS Number.',
          action: everLinked ? undefined : SETUP_USPS,
        },
    linkStep(account, linked),
    identifiersStep(account, linked),
    approvalStep(account),
  ]
  return { steps, next: steps.find((s) => s.state === 'attention' || s.state === 'current') }
}

function linkStep(account: CopAccount, linked: boolean): OnboardingStep {
  const base = { id: 'usps_link', title: 'Link your business account to Stamps.com' } as const
  if (account.status === 'revoked') {
    return {
      ...base,
      state: 'attention',
      detail:
        "Auctane's access to your USPS business account was revoked in USPS, so NSA rates stopped. Link your business account again to start again.",
      action: LINK_USPS,
    }
  }
  if (linked) {
    return { ...base, state: 'done', detail: 'Stamps.com holds your USPS authorization.' }
  }
  return {
    ...base,
    state: account.status === 'not_started' ? 'current' : 'todo',
    detail:
      'Sign in to USPS (with the one-time code USPS emails you), tick the box on Grant Auctane Access, then Authorize and Continue.',
    action: LINK_USPS,
  }
}

function identifiersStep(account: CopAccount, linked: boolean): OnboardingStep {
  const base = { id: 'identifiers', title: 'CRID, MID and EPS Number' } as const
  switch (account.status) {
    case 'approval_pending':
    case 'approved':
      return { ...base, state: 'done', detail: 'Sent to USPS and accepted.' }
    case 'rejected':
      return {
        ...base,
        state: linked ? 'current' : 'todo',
        detail: 'Correct them with your USPS sales representative, then enter them again.',
        action: linked ? ENTER_DETAILS : undefined,
      }
    case 'usps_linked':
      return {
        ...base,
        state: 'current',
        detail: 'Enter the CRID, MID and EPS Number shown in the USPS Business Portal.',
        action: ENTER_DETAILS,
      }
    default:
      return {
        ...base,
        state: 'todo',
        detail: 'After linking, enter your CRID, MID and EPS Number.',
      }
  }
}

function approvalStep(account: CopAccount): OnboardingStep {
  const base = { id: 'approval', title: 'Approval by USPS' } as const
  switch (account.status) {
    case 'approved':
      return { ...base, state: 'done', detail: 'USPS approved the link: NSA rates are active.' }
    case 'approval_pending':
      return {
        ...base,
        state: 'current',
        detail:
          'USPS business account approval is pending. Contact your USPS sales representative to confirm that your EPA and contract are successfully linked.',
        action: { kind: 'status', label: 'See your connection status' },
      }
    case 'rejected':
      return {
        ...base,
        state: 'attention',
        detail: `USPS rejected the link request: ${account.rejection?.reason ?? 'no reason was given'}. Start again: link your business account, then enter your CRID, MID and EPS Number.`,
        action: LINK_USPS,
      }
    case 'revoked':
      return { ...base, state: 'todo', detail: 'USPS approves again after you link again.' }
    default:
      return { ...base, state: 'todo', detail: 'USPS reviews the link after you send the details.' }
  }
}
