import {
  callerPeers,
  createServiceApp,
  cryptoRandom,
  DEFAULT_PASSWORD_COST,
  type FetchLike,
  lazyServiceKeys,
  peerKeySet,
  type SandboxEnv,
  type ServiceOptions,
} from '@partner-sandbox/shared'
import type { Hono } from 'hono'
import { apiAccountRoutes } from './routes/api-account'
import { apiBalanceRoutes } from './routes/api-balance'
import { apiDocsRoutes } from './routes/api-docs'
import { apiNsaRoutes } from './routes/api-nsa'
import { apiSessionRoutes } from './routes/api-sessions'
import { balanceRoutes } from './routes/balance'
import { controlRoutes } from './routes/control'
import { dashboardRoutes } from './routes/dashboard'
import { emailVerificationRoutes } from './routes/email-verification'
import { homeRoutes } from './routes/home'
import { nsaRoutes } from './routes/nsa'
import { partnerEventRoutes } from './routes/partner-events'
import { phoneVerificationRoutes } from './routes/phone-verification'
import { registrationRoutes } from './routes/registration'
import { settingsApiKeyRoutes } from './routes/settings-api-keys'
import { shipmentRoutes } from './routes/shipments'
import { signInRoutes } from './routes/sign-in'
import { v2ApiRoutes } from './routes/v2-api'
import { v2WebhookRoutes } from './routes/v2-webhooks'
import {
  webhookDeliveryControlRoutes,
  webhookRetryMiddleware,
} from './routes/webhook-deliveries-control'
import type { ShipStationRuntime } from './runtime'

export interface ShipStationAppOptions extends ServiceOptions {
  /** Delivers webhooks to customers' URLs; the global fetch by default. */
  webhookFetch?: FetchLike
  /** Retry due webhook deliveries behind requests (default true; unit tests retry by hand). */
  retryWebhooksInBackground?: boolean
}

/**
 * The ShipStation fake: registration with a USPS promo code, email and phone verification, the
 * ShipStation Balance, and the NSA connection prompts that hand over to Stamps.com. No I/O here:
 * the store and peers come in through options.
 *
 * @example
 * const app = createApp({ store: createMemoryStore(), peers })
 * await app.request('/register')
 */
export function createApp(options: ShipStationAppOptions): Hono<SandboxEnv> {
  const keys = lazyServiceKeys(options.store)
  // Back-channel calls say they come from ShipStation, for the receivers' journals.
  const peers = callerPeers(options.peers, 'shipstation')
  const runtime: ShipStationRuntime = {
    peers,
    random: options.random ?? cryptoRandom,
    keys,
    // Built once so jose's JWKS cache is shared by every request.
    stampsKeySet: peerKeySet(peers.stamps),
    uspsKeySet: peerKeySet(peers.usps),
    passwordCost: options.passwordCost ?? DEFAULT_PASSWORD_COST,
    webhookFetch: options.webhookFetch ?? ((input, init) => fetch(input, init)),
  }
  const app = createServiceApp({
    service: 'shipstation',
    store: options.store,
    adminToken: options.adminToken,
    realTime: options.realTime ?? Date.now,
    keys,
    peers,
    random: runtime.random,
    middleware:
      options.retryWebhooksInBackground === false ? [] : [webhookRetryMiddleware(runtime)],
  })
  return app
    .route('/', homeRoutes())
    .route('/', registrationRoutes(runtime))
    .route('/', signInRoutes(runtime))
    .route('/', emailVerificationRoutes(runtime))
    .route('/', phoneVerificationRoutes(runtime))
    .route('/', balanceRoutes(runtime))
    .route('/', dashboardRoutes())
    .route('/', nsaRoutes(runtime))
    .route('/', partnerEventRoutes(runtime))
    .route('/', apiSessionRoutes(runtime))
    .route('/', apiAccountRoutes(runtime))
    .route('/', apiBalanceRoutes(runtime))
    .route('/', apiNsaRoutes(runtime))
    .route('/', controlRoutes(runtime))
    .route('/', shipmentRoutes(runtime))
    .route('/', settingsApiKeyRoutes(runtime))
    .route('/', v2ApiRoutes(runtime))
    .route('/', v2WebhookRoutes(runtime))
    .route('/', webhookDeliveryControlRoutes(runtime))
    .route('/', apiDocsRoutes())
}
