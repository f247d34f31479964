// Test support only: builds the app in-process with a memory store, a frozen clock, a fake
// Stamps.com issuer, and browser-like clients with cookie jars.
import {
  createMemoryStore,
  type FetchLike,
  jwksOf,
  loadServiceKeys,
  type PeerDirectory,
  peerKeySet,
  type ServiceKeys,
  type Store,
  signEvent,
  TENANT_HEADER,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { createApp } from '../app'
import type { Account } from '../domain/accounts'
import { Client, SHIPSTATION_URL } from './client'
import { createFakeStampsPartner } from './fake-stamps-partner'

export { Client, SHIPSTATION_URL }

export const STAMPS_URL = 'http://stamps.test'
export const USPS_URL = 'http://usps.test'
export const NOW = Date.parse('2026-03-01T12:00:00Z')

export const VALID_REGISTRATION = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: 'Analytical Engines LLC',
  email: 'ada@example.com',
  phone: '(555) 010-0100',
  password: 'Secret123',
  promoCode: 'usps-nsa-demo',
}
export const PHONE_E164 = '+15550100100'
export const GOOD_CARD = {
  cardholderName: 'Ada Lovelace',
  cardNumber: '4242 4242 4242 4242',
  expiry: '12/30',
  cvc: '123',
  billingZip: '94105',
}

/** Every page a signed-in customer can open without an id; the prompts show on each. */
export const SIGNED_IN_PAGES = ['/dashboard', '/balance', '/shipments/new', '/settings/api-keys']

export type Harness = Awaited<ReturnType<typeof createHarness>>

/**
 * One ShipStation app plus a stand-in Stamps.com that serves its JWKS and signs events. `stamps`
 * is the key set of that issuer; `forger` is a key Stamps.com never published.
 */
export async function createHarness(
  options: { webhookFetch?: FetchLike; retryWebhooksInBackground?: boolean } = {},
) {
  const store: Store = createMemoryStore()
  const stampsKeys = await loadServiceKeys(createMemoryStore())
  const forgerKeys = await loadServiceKeys(createMemoryStore())
  const uspsKeys = await loadServiceKeys(createMemoryStore())
  const uspsApp = new Hono().get('/.well-known/jwks.json', (c) => c.json(jwksOf(uspsKeys)))
  let app: ReturnType<typeof createApp> | undefined
  let shipstationKeySet: ReturnType<typeof peerKeySet> | undefined
  // The partner API checks tokens at the frozen test time, as the app signs them.
  const stampsPartner = createFakeStampsPartner({
    shipstationUrl: SHIPSTATION_URL,
    stampsUrl: STAMPS_URL,
    shipstationKeys: () => {
      shipstationKeySet ??= peerKeySet(peers.shipstation)
      return shipstationKeySet
    },
    clock: { now: () => new Date(NOW) },
  })
  const stampsApp = new Hono()
    .get('/.well-known/jwks.json', (c) => c.json(jwksOf(stampsKeys)))
    .route('/', stampsPartner.app)
  const peers: PeerDirectory = {
    shipstation: {
      name: 'shipstation',
      baseUrl: SHIPSTATION_URL,
      fetch: async (input, init) => app!.request(input, init),
    },
    stamps: {
      name: 'stamps',
      baseUrl: STAMPS_URL,
      fetch: async (i, init) => stampsApp.request(i, init),
    },
    usps: {
      name: 'usps',
      baseUrl: USPS_URL,
      // USPS only publishes its keys here (for promo_code.issued); nothing else of it is faked.
      fetch: async (i, init) => uspsApp.request(i, init),
    },
  }
  app = createApp({
    store,
    peers,
    realTime: () => NOW,
    webhookFetch: options.webhookFetch,
    retryWebhooksInBackground: options.retryWebhooksInBackground ?? false,
  })
  const built = app
  return {
    app: built,
    store,
    stampsKeys,
    forgerKeys,
    uspsKeys,
    stampsApp,
    stampsPartner: stampsPartner.state,
    client: (tenant?: string) => new Client(built, tenant),
    accounts: (tenant = 'default') => store.forTenant(tenant).list<Account>('accounts'),
    /** Sends a Stamps.com event about an account, signed with `keys` (Stamps.com's by default). */
    sendEvent: async (
      subject: string,
      event: string,
      data: Record<string, unknown> = {},
      options: { keys?: ServiceKeys; tenant?: string; token?: string; issuer?: string } = {},
    ) => {
      const tenant = options.tenant ?? 'default'
      const token =
        options.token ??
        (await signEvent(options.keys ?? stampsKeys, {
          issuer: options.issuer ?? STAMPS_URL,
          audience: SHIPSTATION_URL,
          tenant,
          subject,
          event,
          data,
          clock: { now: () => new Date(NOW) },
        }))
      const res = await built.request(`${SHIPSTATION_URL}/partner/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TENANT_HEADER]: tenant },
        body: JSON.stringify({ token }),
      })
      return { res, token }
    },
  }
}

/** Registers through the form; the client is then signed in on the email step. */
export async function register(client: Client, overrides: Record<string, string> = {}) {
  const res = await client.postForm('/register', { ...VALID_REGISTRATION, ...overrides })
  if (res.status !== 303) throw new Error(`register: ${res.status} ${await res.text()}`)
  return res
}

/** Walks registration, both verifications and the Balance: the NSA prompts are then due. */
export async function completeSetup(client: Client, overrides: Record<string, string> = {}) {
  const fields = { ...VALID_REGISTRATION, ...overrides }
  await register(client, overrides)
  const email = await client.latestMessage(fields.email, 'email')
  await expectRedirect(client.postForm('/verify/email', { code: email.code! }), '/verify/phone')
  const sms = await client.latestMessage(PHONE_E164, 'sms')
  await expectRedirect(client.postForm('/verify/phone', { code: sms.code! }), '/balance')
  await expectRedirect(client.postForm('/balance', GOOD_CARD), '/dashboard')
  const account = (await (await client.get('/api/v1/account')).json()) as { id: string }
  return account.id
}

async function expectRedirect(pending: Promise<Response>, location: string): Promise<void> {
  const res = await pending
  if (res.headers.get('location') !== location) {
    throw new Error(`expected redirect to ${location}, got ${res.status} ${await res.text()}`)
  }
}
