// What the customer does in the USPS Business Portal (the guide's Step 3), as the browser does it.
import type { ActionParamsOf } from '../action-params'
import { TEST_CARD } from './persona'

const PAYMENT_TERMS =
  'I have read, understand and agree to the payment account terms and conditions'

export function createUspsAccount(p: ActionParamsOf<'createUspsAccount'>) {
  const start =
    p.via === 'usps'
      ? [{ name: 'Open the USPS account creation page', service: 'usps', open: '/register' }]
      : [
          {
            name: 'Setup your USPS business account opens the USPS sign-in page',
            click: 'Setup your USPS business account',
            expect: { text: ['Sign In', 'Create New Account'] },
          },
          { name: 'Create a new USPS account', click: 'Create New Account' },
        ]
  return [
    ...start,
    {
      name: 'Send the validation email',
      submit: 'Send Validation Email',
      fill: { Email: p.email ?? `\${email}` },
      capture: {
        validationLink: {
          outbox: { service: 'usps', to: `\${email}`, channel: 'email', field: 'link' },
        },
      },
    },
    {
      name: 'Follow the link in the validation email',
      service: 'usps',
      open: `\${validationLink}`,
      expect: { text: ['Step 1 of 3', 'Company Information'] },
    },
    {
      name: 'Enter the company information',
      submit: 'Continue',
      fill: {
        'Company name': p.company ?? `\${company}`,
        'Street address': p.street ?? `\${street}`,
        City: p.city ?? `\${city}`,
        State: p.state ?? `\${state}`,
        'ZIP Code': p.zip ?? `\${zip}`,
      },
      expect: { text: ['Step 2 of 3', 'Contact Information'] },
    },
    {
      name: 'Enter the contact information',
      submit: 'Continue',
      fill: {
        'First name': p.firstName ?? `\${firstName}`,
        'Last name': p.lastName ?? `\${lastName}`,
        Phone: p.phone ?? `\${phone}`,
      },
      expect: { text: ['Step 3 of 3', 'Account Security'] },
    },
    {
      name: 'Choose a username and password',
      submit: 'Create Account',
      fill: {
        Username: p.uspsUsername ?? `\${uspsUsername}`,
        Password: p.password ?? `\${password}`,
        'Confirm password': p.password ?? `\${password}`,
      },
      check: 'I agree to the USPS.com Terms of Use',
      expect: { url: '/portal', text: 'Business Portal' },
      capture: {
        crid: { text: 'CRID (\\d{8})' },
        mid: { text: 'Outbound Mailer ID \\(MASTER MID\\) (9\\d{8})' },
      },
    },
  ]
}

export function addEpa(p: ActionParamsOf<'addEpa'>) {
  if (p.method === 'ach') {
    return [
      {
        name: 'Accept the payment account terms and choose ACH Debit',
        submit: 'Continue',
        check: PAYMENT_TERMS,
        choose: 'ACH Debit',
        expect: { url: '/portal/payment-account/ach' },
      },
      {
        name: 'Add the bank account',
        submit: 'Add Payment Account',
        fill: {
          'Routing number': p.routingNumber ?? '021000021',
          'Account number': p.accountNumber ?? '000123456789',
          'Account type': p.accountType ?? 'Checking',
        },
        expect: { text: 'Pending' },
      },
    ]
  }
  return [
    {
      name: 'Accept the payment account terms and choose Credit Card',
      submit: 'Continue',
      check: PAYMENT_TERMS,
      choose: 'Credit Card',
      expect: { url: '/portal/payment-account/credit-card' },
    },
    {
      name: 'Add the credit card as the payment account',
      submit: 'Add Payment Account',
      fill: {
        'Name on card': p.nameOnCard ?? `\${firstName} \${lastName}`,
        'Card number': p.cardNumber ?? TEST_CARD.cardNumber,
        'Expiry (MM/YY)': p.expiry ?? TEST_CARD.expiry,
        'Security code (CVC)': p.cvc ?? TEST_CARD.cvc,
        'Billing ZIP code': p.zip ?? `\${zip}`,
        'Anticipated daily spend (USD)': p.dailySpend ?? '250',
      },
      expect: { text: 'EPS Number' },
      capture: { eps: { text: 'EPS Number (\\d{10})' } },
    },
  ]
}

/** Sign-in and MFA on the USPS sign-in page the browser is on. */
export function uspsSignIn(p: ActionParamsOf<'uspsSignIn'>) {
  return [
    {
      name: 'Sign in to USPS',
      submit: 'Sign In',
      fill: {
        Username: p.uspsUsername ?? `\${uspsUsername}`,
        Password: p.password ?? `\${password}`,
      },
      expect: { text: 'Verify Your Identity' },
      capture: {
        mfaCode: {
          outbox: { service: 'usps', to: `\${email}`, subject: 'verification code', field: 'code' },
        },
      },
    },
    {
      name: 'Complete MFA with the emailed code',
      submit: 'Verify',
      fill: { 'Verification code': p.code ?? `\${mfaCode}` },
    },
  ]
}

/**
 * "Resend code" on "Verify Your Identity": a new code is emailed and `mfaCode` becomes it (the
 * earlier codes stop working; three resends a sign-in).
 */
export function resendMfaCode() {
  return [
    {
      name: 'Resend code emails a new sign-in code',
      submit: 'Resend code',
      expect: { text: 'We emailed a new code. Codes sent before it no longer work.' },
      capture: {
        mfaCode: {
          outbox: { service: 'usps', to: `\${email}`, subject: 'verification code', field: 'code' },
        },
      },
    },
  ]
}

export function waitForMicroDebits(p: ActionParamsOf<'waitForMicroDebits'>) {
  return [{ name: 'The micro-debits post', clock: { service: 'usps', advance: p.after ?? '48h' } }]
}

/** On My Account: reads the two amounts from the bank notice and enters them. */
export function verifyMicroDebits(p: ActionParamsOf<'verifyMicroDebits'>) {
  const notice = { service: 'usps', to: `\${email}`, subject: 'Bank notice', field: 'text' }
  return [
    {
      name: 'Read the two amounts from the bank notice',
      capture: {
        first: { outbox: notice, regex: 'VERIFY \\$(0\\.\\d\\d) and' },
        second: { outbox: notice, regex: 'and USPS EPS VERIFY \\$(0\\.\\d\\d)' },
      },
    },
    {
      name: 'Open the bank verification',
      click: 'Verify your bank account',
      expect: { text: 'Verify your bank account' },
    },
    {
      name: 'Enter the two micro-debit amounts',
      submit: 'Verify',
      fill: {
        'First micro-debit amount': p.first ?? `\${first}`,
        'Second micro-debit amount': p.second ?? `\${second}`,
      },
      expect: { text: 'Active' },
    },
  ]
}

const findPending = {
  name: "Find the pending NSA link at the representative's desk",
  service: 'usps',
  control: 'GET /rep/links?state=pending',
  capture: { linkId: { json: '0.id' } },
}

export function repApprove() {
  return [
    findPending,
    {
      name: 'The USPS sales representative approves it',
      service: 'usps',
      control: `POST /nsa-links/\${linkId}/approve`,
    },
  ]
}

/** The representative turns the pending link down; the customer sees the reason. */
export function repReject(p: ActionParamsOf<'repReject'>) {
  return [
    findPending,
    {
      name: 'The USPS sales representative rejects it',
      service: 'usps',
      control: `POST /rep/links/\${linkId}/reject`,
      json: { reason: p.reason ?? 'The CRID does not match the NSA contract.' },
      expect: { json: { status: 'rejected' } },
    },
  ]
}
