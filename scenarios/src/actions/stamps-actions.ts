// What the customer does on Stamps.com to finalize the connection (the guide's Step 4).
import type { ActionParamsOf } from '../action-params'
import { uspsSignIn } from './usps-actions'

export const APPROVAL_PENDING = 'USPS business account approval is pending'
const GRANT =
  'I agree to give Auctane access to my USPS business account, payment accounts, CRIDs and MIDs'

export function linkBusinessAccount(p: ActionParamsOf<'linkBusinessAccount'>) {
  const [signIn, mfa] = uspsSignIn(p)
  return [
    {
      name: 'Open the Stamps.com guidelines',
      service: 'stamps',
      open: '/guidelines',
      expect: { text: 'Finalize Your Connection' },
    },
    {
      name: 'Link your business account asks for the USPS sign-in',
      click: 'Link your business account',
      expect: { url: '/login', text: 'Sign In' },
    },
    signIn,
    { ...mfa, expect: { text: 'Grant Auctane Access' } },
  ]
}

export function grantAccess() {
  return [
    {
      name: 'Grant Auctane access',
      submit: 'Authorize and Continue',
      check: GRANT,
      expect: { text: ['Successful Integration', 'Go to Auctane'] },
    },
    {
      name: 'Go to Auctane returns to Stamps.com',
      click: 'Go to Auctane',
      expect: { url: '/connect', text: 'Enter your USPS account details' },
    },
  ]
}

export function enterIdentifiers(p: ActionParamsOf<'enterIdentifiers'>) {
  return [
    {
      name: 'Enter the CRID, MID and EPS Number',
      submit: 'Complete Connection',
      fill: {
        CRID: p.crid ?? `\${crid}`,
        MID: p.mid ?? `\${mid}`,
        'EPS Number': p.eps ?? `\${eps}`,
      },
      expect: { url: '/status', text: APPROVAL_PENDING },
    },
  ]
}
