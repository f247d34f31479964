import type { SUPPORTED_SCOPES } from './oauth-clients'

/** What each USPS API scope lets a partner do, in the customer's words (consent screen). */
export const SCOPE_DESCRIPTIONS: Record<(typeof SUPPORTED_SCOPES)[number], string> = {
  addresses: 'Check and standardize addresses',
  'international-prices': 'Look up international prices',
  subscriptions: 'Subscribe to tracking and package notifications',
  payments: 'Use your Enterprise Payment Account, CRID and MIDs to pay for postage',
  pickup: 'Schedule and cancel package pickups',
  tracking: 'See tracking events of your packages',
  labels: 'Create and cancel domestic shipping labels charged to your account',
  'scan-forms': 'Create SCAN forms for your shipments',
  companies: 'Read your business account, CRIDs and MIDs',
  'service-delivery-standards': 'Look up delivery standards',
  locations: 'Find Post Office and drop-off locations',
  'international-labels': 'Create international shipping labels charged to your account',
  prices: 'Look up commercial prices and your negotiated (NSA) contract prices',
}

/** The words for each scope of a space-separated `scope`; unknown scopes are shown as is. */
export function describeScopes(scope: string): string[] {
  const words: Record<string, string> = SCOPE_DESCRIPTIONS
  return scope
    .split(' ')
    .filter(Boolean)
    .map((s) => words[s] ?? s)
}
