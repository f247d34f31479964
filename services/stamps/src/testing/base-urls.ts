/** Where the fake peers and the app under test live in tests (no sockets). */
export const BASE_URLS = {
  shipstation: 'http://shipstation.test',
  stamps: 'http://stamps.test',
  usps: 'http://usps.test',
} as const

/** The fixed real time tests run at; the sandbox clock moves from here. */
export const TEST_NOW = Date.parse('2026-05-01T12:00:00Z')
