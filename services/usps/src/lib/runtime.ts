import type {
  PeerDirectory,
  RandomSource,
  SandboxContext,
  ServiceKeys,
} from '@partner-sandbox/shared'
import type { DomainDeps } from '../domain/deps'
import type { OAuthClient } from '../domain/oauth-clients'

/** What routes get from createApp besides the request: fixed for the app's lifetime. */
export interface UspsRuntime {
  baseUrl: string
  random: RandomSource
  peers: PeerDirectory
  clients: OAuthClient[]
  keys: () => Promise<ServiceKeys>
}

/** The domain's dependencies for this request: the tenant's store and clock. */
export function depsOf(c: SandboxContext, runtime: UspsRuntime): DomainDeps {
  return {
    store: c.var.store,
    clock: c.var.clock,
    random: runtime.random,
    baseUrl: runtime.baseUrl,
  }
}
