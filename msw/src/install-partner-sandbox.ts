import { type SetupServer, setupServer } from 'msw/node'
import {
  createPartnerSandbox,
  type PartnerSandbox,
  type PartnerSandboxOptions,
} from './partner-sandbox'

/** The hooks of vitest, jest or mocha (`before`/`after` as `beforeAll`/`afterAll`). */
export interface TestHooks {
  beforeAll(fn: () => unknown): unknown
  beforeEach(fn: () => unknown): unknown
  afterAll(fn: () => unknown): unknown
}

/**
 * The usual set-up in one call: a sandbox, an msw server with its handlers listening for the
 * whole file (any other request is an error), a fresh tenant before each test, and both closed
 * at the end. `sandbox.server` is that msw server, for `server.use(...)` overrides and
 * `server.boundary(...)` around concurrent tests.
 *
 * @example
 * import { afterAll, beforeAll, beforeEach } from 'vitest'
 * const sandbox = installPartnerSandbox({ beforeAll, beforeEach, afterAll })
 */
export function installPartnerSandbox(
  hooks: TestHooks,
  options: PartnerSandboxOptions = {},
): PartnerSandbox & { readonly server: SetupServer } {
  const sandbox = createPartnerSandbox(options)
  const server = setupServer(...sandbox.handlers)
  hooks.beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  hooks.beforeEach(() => sandbox.newTenant())
  hooks.afterAll(async () => {
    server.close()
    await sandbox.close()
  })
  // Assigned, not spread: `sandbox.tenant` is a getter that must stay live.
  return Object.assign(sandbox, { server })
}
