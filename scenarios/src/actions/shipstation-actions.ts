// What a new customer does on ShipStation (the guide's Step 1 and 2), as the browser does it.
import type { ActionParamsOf } from '../action-params'
import { TEST_CARD } from './persona'

export const APPROVAL_WAIT_TEXT =
  'Please wait for approval from USPS to begin printing with NSA rates.'

export function register(p: ActionParamsOf<'register'>) {
  return [
    {
      name: 'Open the ShipStation registration page',
      service: 'shipstation',
      open: '/register',
      expect: { text: 'Create your ShipStation account' },
    },
    {
      name: 'Register with the promo code',
      submit: 'Create Account',
      fill: {
        'First name': p.firstName ?? `\${firstName}`,
        'Last name': p.lastName ?? `\${lastName}`,
        Company: p.company ?? `\${company}`,
        Email: p.email ?? `\${email}`,
        Phone: p.phone ?? `\${phone}`,
        Password: p.password ?? `\${password}`,
        'Promo code': p.promoCode ?? `\${promoCode}`,
      },
      expect: { url: '/verify/email', text: 'Verify your email' },
    },
  ]
}

export function verifyEmail(p: ActionParamsOf<'verifyEmail'>) {
  return [
    {
      name: 'Read the code in the ShipStation email',
      capture: {
        emailCode: {
          outbox: { service: 'shipstation', to: `\${email}`, channel: 'email', field: 'code' },
        },
      },
    },
    {
      name: 'Verify the email with the code',
      submit: 'Verify Email',
      fill: { 'Email verification code': p.code ?? `\${emailCode}` },
      expect: { url: '/verify/phone', text: 'Verify your phone' },
    },
  ]
}

export function verifyPhone(p: ActionParamsOf<'verifyPhone'>) {
  return [
    {
      name: 'Read the code in the text message',
      capture: { smsCode: { outbox: { service: 'shipstation', channel: 'sms', field: 'code' } } },
    },
    {
      name: 'Verify the phone with the code',
      submit: 'Verify Phone',
      fill: { 'SMS verification code': p.code ?? `\${smsCode}` },
      expect: { url: '/balance', text: 'ShipStation Balance' },
    },
  ]
}

export function addBalanceCard(p: ActionParamsOf<'addBalanceCard'>) {
  return [
    {
      name: 'Add a card to the ShipStation Balance',
      submit: 'Add Payment Method',
      fill: {
        'Name on card': p.nameOnCard ?? `\${firstName} \${lastName}`,
        'Card number': p.cardNumber ?? TEST_CARD.cardNumber,
        'Expiry (MM/YY)': p.expiry ?? TEST_CARD.expiry,
        'Security code (CVC)': p.cvc ?? TEST_CARD.cvc,
        'Billing ZIP code': p.zip ?? `\${zip}`,
      },
      expect: { url: '/dashboard', text: 'Dashboard' },
    },
  ]
}

export function seeInstructions(p: ActionParamsOf<'seeInstructions'>) {
  return [
    { name: 'Open the ShipStation page', service: 'shipstation', open: p.page ?? '/dashboard' },
    {
      name: 'See Instructions opens the Stamps.com guidelines in a new tab',
      click: 'See Instructions',
      opensTab: p.tab ?? 'stamps',
      expect: { url: '/guidelines', text: 'Finalize Your Connection' },
    },
  ]
}

export function dismissBanner(p: ActionParamsOf<'dismissBanner'>) {
  return [
    { name: 'Open the ShipStation page', service: 'shipstation', open: p.page ?? '/dashboard' },
    {
      name: 'Dismiss the approval banner',
      submit: 'Dismiss',
      expect: { notText: APPROVAL_WAIT_TEXT },
    },
  ]
}
