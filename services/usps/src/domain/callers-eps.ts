import { ownerOfNumber } from '../lib/unique-number'
import type { AccessTokenClaims } from './access-token'
import type { DomainContext } from './context'
import { listNsaLinks } from './nsa-link'
import { EPS_NUMBERS } from './payment-account'

/**
 * Whether the caller may use an EPS number: a customer's token its own account's; a platform's
 * client-credentials token (no account) those of the NSA links made through that platform.
 *
 * @example
 * if (!(await isCallersEps(ctx, caller, '1234567890'))) throw ...
 */
export async function isCallersEps(
  ctx: Pick<DomainContext, 'store'>,
  caller: AccessTokenClaims,
  epsNumber: string,
): Promise<boolean> {
  if (caller.accountId) {
    return (await ownerOfNumber(ctx.store, EPS_NUMBERS, epsNumber)) === caller.accountId
  }
  const links = await listNsaLinks(ctx)
  return links.some((l) => l.epsNumber === epsNumber && l.clientId === caller.clientId)
}
