import { Hono, type MiddlewareHandler } from 'hono'
import { isValidElement } from 'hono/jsx'
import type { SandboxContext, SandboxEnv } from './app-env'
import type { RealTime } from './clock'
import { controlAccess } from './control-access'
import { controlCredentialRoutes } from './control-credentials'
import { createControlRoutes } from './control-routes'
import { serviceEdge } from './edge/mount-edge'
import { formCsrf } from './form-csrf'
import { renderPage } from './page'
import type { Peer, ServiceName } from './peer'
import { handleError, handleNotFound } from './problem'
import type { RandomSource } from './random'
import { requestBodyLimit } from './request-body-limit'
import { securityHeaders } from './security-headers'
import { jwksOf, loadServiceKeys, type ServiceKeys } from './service-keys'
import { SharedMatcherRouter } from './shared-matcher-router'
import type { Store } from './store/store'
import { tenantMiddleware } from './tenant'

/** How each service finds the others (and itself: its own entry gives its public base URL). */
export type PeerDirectory = Record<ServiceName, Peer>

/** The options every service's createApp takes. */
export interface ServiceOptions {
  store: Store
  peers: PeerDirectory
  /** Real time the tenant clocks are offset from; tests pass a fixed function. */
  realTime?: RealTime
  /** Source of generated numbers (codes, EPS numbers); seeded in reproducible scenarios. */
  random?: RandomSource
  /** scrypt's N for new password hashes; DEFAULT_PASSWORD_COST when absent. */
  passwordCost?: number
  /** Guards the control plane when set (see controlAccess); `npm start` passes SANDBOX_ADMIN_TOKEN. */
  adminToken?: string
}

export interface ServiceAppOptions {
  service: ServiceName
  store: Store
  realTime: RealTime
  keys: () => Promise<ServiceKeys>
  /**
   * The peers that share the tenant's world (clock syncs, snapshot fan-out, the journal view,
   * catalogue faults of other services); none: stays local.
   */
  peers?: PeerDirectory
  afterReset?: (c: SandboxContext) => Promise<void>
  /**
   * Runs after the tenant is resolved and before every route, the control API included: e.g.
   * USPS posts micro-debits that fell due when the clock jumped, so `/__sandbox/outbox` shows them.
   */
  middleware?: MiddlewareHandler<SandboxEnv>[]
  /** Draws fault delays given as `[min, max]`. */
  random?: RandomSource
  adminToken?: string
}

/**
 * The frame every service app shares: error rendering, tenant resolution, its JWKS and the
 * `/__sandbox` control API. The service adds its own routes to what this returns.
 *
 * @example
 * const app = createServiceApp({ service: 'usps', store, realTime, keys })
 * app.route('/', signInRoutes(deps))
 */
export function createServiceApp(options: ServiceAppOptions): Hono<SandboxEnv> {
  // Every sandbox of a process builds the same routes: their matcher is compiled once for all.
  const app = new Hono<SandboxEnv>({ router: new SharedMatcherRouter() })
  app.onError(handleError)
  app.notFound(handleNotFound)
  // Journal and faults sit at the very edge, before the JWKS and the tenant middleware.
  // The body limit comes first: it wraps the request stream before anything (the journal
  // included) reads it, so an oversized body is cut off wherever it is read.
  app.use(requestBodyLimit())
  const edge = serviceEdge(options)
  app.use(edge.middleware)
  edge.wrapFetch(app)
  app.use(securityHeaders(), formCsrf())
  app.get('/.well-known/jwks.json', async (c) => c.json(jwksOf(await options.keys())))
  app.use(clockInPages)
  app.use(tenantMiddleware({ store: options.store, realTime: options.realTime }))
  app.use(controlAccess({ adminToken: options.adminToken }))
  for (const middleware of options.middleware ?? []) app.use(middleware)
  app.route('/__sandbox', edge.routes)
  app.route(
    '/__sandbox',
    controlCredentialRoutes({ service: options.service, adminToken: options.adminToken }),
  )
  app.route(
    '/__sandbox',
    createControlRoutes({
      service: options.service,
      realTime: options.realTime,
      afterReset: options.afterReset,
      store: options.store,
      peers: options.peers,
      keys: options.keys,
    }),
  )
  return app
}

/**
 * Hands the request's sandbox clock to the pages `c.html` renders (the footer's sandbox time):
 * `renderPage` renders them in one synchronous pass with the clock in hand, without the
 * AsyncLocalStorage run hono/jsx starts per render. The clock is read when the page renders, after
 * the route has run.
 */
const clockInPages: MiddlewareHandler<SandboxEnv> = (c, next) => {
  const html = c.html
  c.html = ((content: unknown, ...rest: unknown[]) => {
    const page = isValidElement(content) ? renderPage(content, c.get('clock')) : content
    return (html as (...args: unknown[]) => ReturnType<typeof html>)(page, ...rest)
  }) as typeof c.html
  return next()
}

/** Loads the signing key on first use and keeps the promise, so createApp stays synchronous. */
export function lazyServiceKeys(store: Store): () => Promise<ServiceKeys> {
  let keys: Promise<ServiceKeys> | undefined
  return () => {
    keys ??= loadServiceKeys(store)
    return keys
  }
}
