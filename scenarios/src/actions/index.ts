import type { ActionName, ActionParamsOf } from '../action-params'
import { buyLabel, getRates } from './shipping-actions'
import {
  addBalanceCard,
  dismissBanner,
  register,
  seeInstructions,
  verifyEmail,
  verifyPhone,
} from './shipstation-actions'
import { enterIdentifiers, grantAccess, linkBusinessAccount } from './stamps-actions'
import {
  addEpa,
  createUspsAccount,
  repApprove,
  repReject,
  resendMfaCode,
  uspsSignIn,
  verifyMicroDebits,
  waitForMicroDebits,
} from './usps-actions'

export { PERSONA_DEFAULTS, TEST_CARD } from './persona'

interface ActionDefinition<A extends ActionName> {
  /** The step's name when the scenario gives none. */
  title: string
  /** The raw steps (as a YAML author would write them) the action stands for. */
  steps(params: ActionParamsOf<A>): unknown[]
}

/**
 * Every named action. Each is the steps a person's browser makes in the guide, by the pages' own
 * labels, exactly as `scenarios/happy-path-credit-card.yaml` writes them out.
 */
export const ACTIONS: { [A in ActionName]: ActionDefinition<A> } = {
  register: { title: 'Register on ShipStation', steps: register },
  verifyEmail: { title: 'Verify the email', steps: verifyEmail },
  verifyPhone: { title: 'Verify the phone', steps: verifyPhone },
  addBalanceCard: { title: 'Add a card to the ShipStation Balance', steps: addBalanceCard },
  seeInstructions: { title: 'See Instructions', steps: seeInstructions },
  createUspsAccount: { title: 'Create the USPS business account', steps: createUspsAccount },
  addEpa: { title: 'Add the Enterprise Payment Account', steps: addEpa },
  uspsSignIn: { title: 'Sign in to USPS', steps: uspsSignIn },
  resendMfaCode: { title: 'Resend the USPS sign-in code', steps: resendMfaCode },
  waitForMicroDebits: { title: 'Wait for the micro-debits', steps: waitForMicroDebits },
  verifyMicroDebits: { title: 'Verify the micro-debits', steps: verifyMicroDebits },
  linkBusinessAccount: { title: 'Link your business account', steps: linkBusinessAccount },
  grantAccess: { title: 'Grant Auctane access', steps: grantAccess },
  enterIdentifiers: { title: 'Enter the CRID, MID and EPS Number', steps: enterIdentifiers },
  dismissBanner: { title: 'Dismiss the approval banner', steps: dismissBanner },
  repApprove: { title: 'The USPS representative approves the link', steps: repApprove },
  repReject: { title: 'The USPS representative rejects the link', steps: repReject },
  getRates: { title: 'Get rates through the ShipStation API', steps: getRates },
  buyLabel: { title: 'Buy a label through the ShipStation API', steps: buyLabel },
}
