import {
  callerPeers,
  createServiceApp,
  lazyServiceKeys,
  peerKeySet,
  type SandboxEnv,
  type ServiceOptions,
} from '@partner-sandbox/shared'
import type { Hono } from 'hono'
import type { UspsClientCredentials } from './clients/usps-token-client'
import { STAMPS_OPERATIONS } from './lib/stamps-openapi'
import { connectRoutes } from './routes/connect'
import { controlRoutes } from './routes/control'
import { docsRoutes } from './routes/docs'
import { guidelinesRoutes } from './routes/guidelines'
import { notFoundRoutes } from './routes/not-found'
import { partnerApiRoutes } from './routes/partner-api'
import { partnerEventRoutes } from './routes/partner-events'
import { ssoRoutes } from './routes/sso'
import { statusRoutes } from './routes/status'
import { uspsLinkRoutes } from './routes/usps-link'
import { DEFAULT_USPS_CLIENT, type StampsRuntime } from './runtime'

export interface StampsAppOptions extends ServiceOptions {
  /** Auctane's client at the USPS OAuth server; defaults to the seeded `auctane` client. */
  uspsClient?: UspsClientCredentials
}

/**
 * The Stamps.com Customer Onboarding Portal: SSO from ShipStation, the guidelines, the USPS OAuth
 * link, CRID/MID/EPS intake and the approval status. No I/O happens here; peers' keys are fetched
 * on first use.
 *
 * @example
 * const app = createApp({ store: createMemoryStore(), peers })
 * await app.request('/sso?token=...')
 */
export function createApp(options: StampsAppOptions): Hono<SandboxEnv> {
  const keys = lazyServiceKeys(options.store)
  // Back-channel calls say they come from Stamps.com, for the receivers' journals.
  const peers = callerPeers(options.peers, 'stamps')
  const runtime: StampsRuntime = {
    peers,
    keys,
    // Built once so jose's JWKS cache lives as long as the app, not one request.
    shipstationKeys: peerKeySet(peers.shipstation),
    uspsKeys: peerKeySet(peers.usps),
    uspsClient: options.uspsClient ?? DEFAULT_USPS_CLIENT,
  }
  const app = createServiceApp({
    service: 'stamps',
    store: options.store,
    adminToken: options.adminToken,
    realTime: options.realTime ?? Date.now,
    keys,
    peers,
    random: options.random,
  })
  app.route('/', ssoRoutes(runtime))
  app.route('/', guidelinesRoutes(runtime))
  app.route('/', uspsLinkRoutes(runtime))
  app.route('/', connectRoutes(runtime))
  app.route('/', statusRoutes(runtime))
  app.route('/', partnerEventRoutes(runtime))
  app.route('/', controlRoutes(runtime))
  app.route('/', docsRoutes(runtime, STAMPS_OPERATIONS))
  app.route('/', partnerApiRoutes(runtime))
  app.route('/', notFoundRoutes(runtime))
  return app
}
