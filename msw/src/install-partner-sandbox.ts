import { setupServer } from 'msw/node'
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
 * at the end.
 *
 * @example
 * import { afterAll, beforeAll, beforeEach } from 'vitest'
 * const sandbox = installPartnerSandbox({ beforeAll, beforeEach, afterAll })
 */
export function installPartnerSandbox(
  hooks: TestHooks,
  options: PartnerSandboxOptions = {},
): PartnerSandbox {
  const sandbox = createPartnerSandbox(options)
  const server = setupServer(...sandbox.handlers)
  hooks.beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  hooks.beforeEach(() => sandbox.newTenant())
  hooks.afterAll(async () => {
    server.close()
    await sandbox.close()
  })
  return sandbox
}
