import { MfaResendLimitError, MfaRestartError } from '../errors'
import { getAccount } from './account'
import type { DomainContext } from './context'
import {
  emailMfaCode,
  freshMfaCode,
  MAX_MFA_RESENDS,
  MFA_CHALLENGES,
  type MfaChallenge,
} from './mfa-challenge'

const ENDED = 'This sign-in has ended. Sign in again for a new code.'

/** What "Resend code" did: the challenge's new expiry and how many resends it has left. */
export interface MfaResent {
  expiresAt: string
  resendsLeft: number
}

/**
 * "Resend code" on "Verify Your Identity": emails a new code valid for MFA_TTL_MINUTES and
 * replaces the old one (which stops working), at most MAX_MFA_RESENDS times a challenge. Wrong
 * codes keep counting across resends, so five wrong codes still end the challenge.
 *
 * @example
 * const { resendsLeft } = await resendMfaCode(ctx, session.challengeId)
 */
export async function resendMfaCode(ctx: DomainContext, challengeId: string): Promise<MfaResent> {
  const current = await ctx.store.get<MfaChallenge>(MFA_CHALLENGES, challengeId)
  const account = current && (await getAccount(ctx, current.accountId))
  if (!current || !account) throw new MfaRestartError(ENDED)
  if ((current.resends ?? 0) >= MAX_MFA_RESENDS) throw new MfaResendLimitError(MAX_MFA_RESENDS)
  const fresh = freshMfaCode(ctx)
  let refusal: Error | undefined
  // Checked again inside the atomic update: two racing resends cannot both pass the limit.
  const written = await ctx.store.update<MfaChallenge>(MFA_CHALLENGES, challengeId, (c) => {
    if (!c) return c
    const resends = (c.resends ?? 0) + 1
    if (resends > MAX_MFA_RESENDS) {
      refusal = new MfaResendLimitError(MAX_MFA_RESENDS)
      return c
    }
    return { ...c, ...fresh, resends }
  })
  if (refusal) throw refusal
  if (!written) throw new MfaRestartError(ENDED)
  await emailMfaCode(ctx, account.email, fresh.code)
  return { expiresAt: fresh.expiresAt, resendsLeft: MAX_MFA_RESENDS - (written.resends ?? 0) }
}

/** How many more codes "Resend code" may send in this challenge (0 once it has ended). */
export async function mfaResendsLeft(
  ctx: Pick<DomainContext, 'store'>,
  challengeId: string,
): Promise<number> {
  const challenge = await ctx.store.get<MfaChallenge>(MFA_CHALLENGES, challengeId)
  return challenge ? Math.max(0, MAX_MFA_RESENDS - (challenge.resends ?? 0)) : 0
}
