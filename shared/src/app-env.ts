import type { Context } from 'hono'
import type { Clock } from './clock'
import type { ErrorFormat } from './error-format'
import type { SandboxError } from './errors'
import type { TenantStore } from './store/store'

/** What the tenant middleware puts on every request's context. */
export interface SandboxVariables {
  tenant: string
  store: TenantStore
  clock: Clock
  /**
   * Set by an HTML form route before it calls the domain: how to re-render the form when the
   * domain refuses the input. `handleError` calls it for browsers; API clients get problem+json.
   */
  renderFormError?: (error: SandboxError) => Response | Promise<Response>
  /** Set by `errorFormat()` for routes that answer in a real API's wire format. */
  errorFormat?: ErrorFormat
}

export interface SandboxEnv {
  Variables: SandboxVariables
}

export type SandboxContext = Context<SandboxEnv>

// Augmenting Hono's map types `c.get`/`c.var` for every app, whatever its Env generic, as Hono
// recommends for variables set by shared middleware.
declare module 'hono' {
  interface ContextVariableMap extends SandboxVariables {}
}
