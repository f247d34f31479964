import type { ServiceName } from '@partner-sandbox/shared'

/**
 * The hosts a client of the real services calls: USPS APIs v3 in its test environment (TEM),
 * ShipStation API v2, and Stamps.com's test host. The default base URLs of
 * {@link createPartnerSandbox}, so code under test keeps its production configuration.
 *
 * @example
 * const sandbox = createPartnerSandbox() // answers at REAL_HOSTS
 * REAL_HOSTS.usps // 'https://apis-tem.usps.com'
 */
export const REAL_HOSTS: Readonly<Record<ServiceName, string>> = Object.freeze({
  shipstation: 'https://api.shipstation.com',
  stamps: 'https://swsim.testing.stamps.com',
  usps: 'https://apis-tem.usps.com',
})

/**
 * Other hosts the same fake answers at by default: USPS production (`apis.usps.com`) next to TEM,
 * so a client configured for either is intercepted. Links and tokens name the main URL only.
 *
 * @example
 * createPartnerSandbox({ aliases: { ...REAL_HOST_ALIASES, usps: [] } }) // TEM only
 */
export const REAL_HOST_ALIASES: Readonly<Record<ServiceName, readonly string[]>> = Object.freeze({
  shipstation: [],
  stamps: [],
  usps: ['https://apis.usps.com'],
})
