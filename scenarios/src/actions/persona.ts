/**
 * The customer the actions play unless a scenario says otherwise: built-in variables, generated
 * per run from `\${run}` so two runs never register the same e-mail address. A scenario's own
 * `variables` (or an action's parameters) replace any of them.
 */
export const PERSONA_DEFAULTS: Readonly<Record<string, string>> = Object.freeze({
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: 'Analytical Engines LLC',
  email: `qa-\${run}@example.com`,
  phone: '(555) 010-0100',
  password: 'Sandbox-pass-1',
  promoCode: 'USPS-NSA-DEMO',
  uspsUsername: `qa\${run}`,
  street: '1 Engine Way',
  city: 'New York',
  state: 'NY',
  zip: '10001',
})

/** The sandbox's approved test card, and the values the guide's forms ask next to it. */
export const TEST_CARD = Object.freeze({
  cardNumber: '4242424242424242',
  expiry: '12/34',
  cvc: '123',
})
