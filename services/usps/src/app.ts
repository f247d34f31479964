import {
  callerPeers,
  createServiceApp,
  cryptoRandom,
  DEFAULT_PASSWORD_COST,
  lazyServiceKeys,
  type SandboxEnv,
  type ServiceOptions,
  tenantMemo,
} from '@partner-sandbox/shared'
import type { Hono, MiddlewareHandler } from 'hono'
import { earliestMicroDebits, postDueMicroDebits } from './domain/micro-debits'
import { seededClients } from './domain/oauth-clients'
import { apiAccountRoutes } from './routes/api-account'
import { uspsApiDocsRoutes } from './routes/api-docs'
import { apiRegistrationsRoutes } from './routes/api-registrations'
import { apiSessionRoutes } from './routes/api-sessions'
import { controlRoutes } from './routes/control'
import { labelsRoutes } from './routes/labels'
import { oauthAuthorizeRoutes } from './routes/oauth-authorize'
import { oauthTokenRoutes } from './routes/oauth-token'
import { paymentsRoutes } from './routes/payments'
import { portalRoutes } from './routes/portal'
import { pricesRoutes } from './routes/prices'
import { registerRoutes } from './routes/register'
import { repDeskRoutes } from './routes/rep-desk'
import { signInRoutes } from './routes/sign-in'
import { domainContext, type UspsRuntime } from './runtime'

export interface UspsAppOptions extends ServiceOptions {
  /** Secret of the seeded `auctane` client; Stamps.com must use the same. */
  auctaneClientSecret?: string
}

/**
 * The fake USPS: Business Portal (accounts, MFA, EPA), OAuth 2.0 authorization server, Payments
 * API and NSA link approval. No I/O here; `main.ts` serves it.
 *
 * @example
 * const app = createApp({ store: createMemoryStore(), peers })
 * await app.request('/.well-known/oauth-authorization-server')
 */
export function createApp(options: UspsAppOptions): Hono<SandboxEnv> {
  const keys = lazyServiceKeys(options.store)
  // Back-channel calls say they come from USPS, for the receivers' journals.
  const peers = callerPeers(options.peers, 'usps')
  const runtime: UspsRuntime = {
    baseUrl: peers.usps.baseUrl.replace(/\/$/, ''),
    random: options.random ?? cryptoRandom,
    peers,
    clients: seededClients({
      peers,
      auctaneClientSecret: options.auctaneClientSecret ?? 'auctane-sandbox-secret',
    }),
    keys,
    passwordCost: options.passwordCost ?? DEFAULT_PASSWORD_COST,
  }
  // Micro-debits post on the sandbox clock; any request of the tenant may be the first after,
  // the outbox of the control API included.
  // When the next one falls due is read again only after a write to the tenant (a bank account
  // added, a clock change, a restore): most requests compare two numbers instead of scanning.
  const earliestOf = tenantMemo(earliestMicroDebits)
  const postDue: MiddlewareHandler<SandboxEnv> = async (c, next) => {
    const earliest = await earliestOf(c.get('store'))
    if (earliest !== undefined && earliest <= c.get('clock').now().getTime()) {
      await postDueMicroDebits(domainContext(c, runtime))
    }
    await next()
  }
  const app = createServiceApp({
    service: 'usps',
    store: options.store,
    adminToken: options.adminToken,
    realTime: options.realTime ?? Date.now,
    keys,
    middleware: [postDue],
    peers,
    random: runtime.random,
  })
  app.route('/', signInRoutes(runtime))
  app.route('/', registerRoutes(runtime))
  app.route('/', portalRoutes(runtime))
  app.route('/', oauthAuthorizeRoutes(runtime))
  app.route('/', oauthTokenRoutes(runtime))
  app.route('/', paymentsRoutes(runtime))
  app.route('/', pricesRoutes(runtime))
  app.route('/', labelsRoutes(runtime))
  app.route('/', apiRegistrationsRoutes(runtime))
  app.route('/', apiSessionRoutes(runtime))
  app.route('/', apiAccountRoutes(runtime))
  app.route('/', controlRoutes(runtime))
  app.route('/', uspsApiDocsRoutes(runtime))
  app.route('/', repDeskRoutes(runtime))
  return app
}
