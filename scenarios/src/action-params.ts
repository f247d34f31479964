import { DurationText } from '@partner-sandbox/shared'
import * as z from 'zod'

const Text = z.union([z.string(), z.number()]).transform(String)
// `- register:` with nothing after it is YAML null: the action with all its defaults.
const params = <T extends z.ZodRawShape>(shape: T) => {
  const object = z.object(shape).partial().strict()
  type Params = z.output<typeof object>
  return object.nullable().transform((v): Params => v ?? ({} as Params))
}

const Person = {
  firstName: Text,
  lastName: Text,
  company: Text,
  email: Text,
  phone: Text,
  password: Text,
}
const Card = {
  nameOnCard: Text,
  cardNumber: Text,
  expiry: Text,
  cvc: Text,
  zip: Text,
}
const Address = { street: Text, city: Text, state: Text, zip: Text }

/**
 * The parameters of each named action. Parameters that name the customer (email, password,
 * uspsUsername...) also set the variable of the same name for the steps after; the others
 * (codes, amounts) only change that one action.
 */
export const ActionParams = {
  register: params({ ...Person, promoCode: Text }),
  verifyEmail: params({ code: Text }),
  verifyPhone: params({ code: Text }),
  addBalanceCard: params(Card),
  seeInstructions: params({ page: z.string().startsWith('/'), tab: z.string().min(1) }),
  createUspsAccount: params({
    via: z.enum(['guidelines', 'usps']),
    ...Person,
    ...Address,
    uspsUsername: Text,
  }),
  addEpa: params({
    method: z.enum(['card', 'ach']),
    ...Card,
    dailySpend: Text,
    routingNumber: Text,
    accountNumber: Text,
    accountType: z.enum(['Checking', 'Savings']),
  }),
  uspsSignIn: params({ uspsUsername: Text, password: Text, code: Text }),
  resendMfaCode: params({}),
  waitForMicroDebits: params({ after: DurationText }),
  verifyMicroDebits: params({ first: Text, second: Text }),
  linkBusinessAccount: params({ uspsUsername: Text, password: Text, code: Text }),
  grantAccess: params({}),
  enterIdentifiers: params({ crid: Text, mid: Text, eps: Text }),
  dismissBanner: params({ page: z.string().startsWith('/') }),
  repApprove: params({}),
  repReject: params({ reason: Text }),
  getRates: params({ apiKey: Text, toZip: Text, weightOz: Text }),
  buyLabel: params({ apiKey: Text, toZip: Text, weightOz: Text, serviceCode: Text }),
} as const

export type ActionName = keyof typeof ActionParams
export const ACTION_NAMES = Object.keys(ActionParams) as ActionName[]
export type ActionParamsOf<A extends ActionName> = z.infer<(typeof ActionParams)[A]>

/** Parameters that are the customer's data: they become variables for the rest of the run. */
export const PERSONA_PARAMS = new Set([
  'firstName',
  'lastName',
  'company',
  'email',
  'phone',
  'password',
  'promoCode',
  'uspsUsername',
  'street',
  'city',
  'state',
  'zip',
])
