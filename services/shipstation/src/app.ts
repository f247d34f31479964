import {
  callerPeers,
  createServiceApp,
  cryptoRandom,
  DEFAULT_PASSWORD_COST,
  lazyServiceKeys,
  peerKeySet,
  type SandboxEnv,
  type ServiceOptions,
} from '@partner-sandbox/shared'
import type { Hono } from 'hono'
import { apiAccountRoutes } from './routes/api-account'
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
import { signInRoutes } from './routes/sign-in'
import type { ShipStationRuntime } from './runtime'

/** ShipStation needs nothing beyond what every service receives. */
export type ShipStationAppOptions = ServiceOptions

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
    passwordCost: options.passwordCost ?? DEFAULT_PASSWORD_COST,
  }
  const app = createServiceApp({
    service: 'shipstation',
    store: options.store,
    adminToken: options.adminToken,
    realTime: options.realTime ?? Date.now,
    keys,
    peers,
    random: runtime.random,
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
    .route('/', apiNsaRoutes(runtime))
    .route('/', controlRoutes(runtime))
}
