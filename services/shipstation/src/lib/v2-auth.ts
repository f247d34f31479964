import type { SandboxContext } from '@partner-sandbox/shared'
import { type Account, getAccount } from '../domain/accounts'
import { accountOfApiKey } from '../domain/api-keys'
import { domainContext, type ShipStationRuntime } from '../runtime'

/** The account whose `API-Key` header this v2 request carries; 401 in v2's envelope otherwise. */
export async function v2Account(c: SandboxContext, runtime: ShipStationRuntime): Promise<Account> {
  const ctx = domainContext(c, runtime)
  const accountId = await accountOfApiKey(ctx, c.req.header('api-key'))
  return getAccount(ctx.store, accountId)
}
