import type {
  PeerDirectory,
  RandomSource,
  SandboxContext,
  ServiceKeys,
} from '@partner-sandbox/shared'
import type { DomainContext } from './domain/context'
import type { OAuthClient } from './domain/oauth-clients'

/** What routes get from createApp besides the request: fixed for the app's lifetime. */
export interface UspsRuntime {
  baseUrl: string
  random: RandomSource
  peers: PeerDirectory
  clients: OAuthClient[]
  keys: () => Promise<ServiceKeys>
  /** scrypt's N for new password hashes. */
  passwordCost: number
}

/** The domain's context for this request: the tenant's store and clock, the app's randomness. */
export function domainContext(c: SandboxContext, runtime: UspsRuntime): DomainContext {
  return {
    store: c.var.store,
    clock: c.var.clock,
    random: runtime.random,
    baseUrl: runtime.baseUrl,
    tenant: c.var.tenant,
    passwordCost: runtime.passwordCost,
  }
}
