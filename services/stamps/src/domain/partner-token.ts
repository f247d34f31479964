import { InvalidTokenError, rememberTokenId, verifyServiceToken } from '@partner-sandbox/shared'
import { PartnerUnauthorizedError } from '../errors'
import type { DomainContext } from './context'

/** JOSE `typ` of ShipStation's back-channel tokens: never accepted as SSO or events. */
export const PARTNER_TOKEN_TYPE = 'partner+jwt'

/**
 * Checks ShipStation's `Authorization: Bearer <partner+jwt>` (signature against ShipStation's
 * JWKS, typ, issuer, audience, lifetime, tenant) and burns its `jti`, so a captured request cannot
 * be replayed. Returns the ShipStation account id the call is for (`sub`).
 *
 * @example
 * const accountId = await verifyPartnerToken(ctx, c.req.header('authorization'))
 */
export async function verifyPartnerToken(
  ctx: Pick<DomainContext, 'store' | 'clock' | 'baseUrl' | 'peers' | 'shipstationKeys'>,
  authorization: string | undefined,
): Promise<string> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (!token) {
    throw new PartnerUnauthorizedError(
      'send "Authorization: Bearer <partner+jwt>" signed by ShipStation',
    )
  }
  let payload: Awaited<ReturnType<typeof verifyServiceToken>>
  try {
    payload = await verifyServiceToken(token, ctx.shipstationKeys, {
      type: PARTNER_TOKEN_TYPE,
      issuer: ctx.peers.shipstation.baseUrl,
      audience: ctx.baseUrl,
      clock: ctx.clock,
    })
  } catch (cause) {
    if (cause instanceof InvalidTokenError) throw new PartnerUnauthorizedError(cause.message)
    throw cause
  }
  if (payload.tenant !== ctx.store.tenant) {
    throw new PartnerUnauthorizedError(`the token is for sandbox tenant "${payload.tenant}"`)
  }
  if (!(await rememberTokenId(ctx.store, payload))) {
    throw new PartnerUnauthorizedError('the token was already used; sign one per request')
  }
  return payload.sub
}
