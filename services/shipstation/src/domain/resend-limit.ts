import { TooManyResendsError } from '../errors'
import type { DomainContext } from './context'
import type { VerificationChannel } from './verification-codes'

const RESENDS = 'verification_resends'

/** "Resend code" works this many times in a row; then the customer waits RESEND_WAIT_MINUTES. */
export const MAX_RESENDS = 3
export const RESEND_WAIT_MINUTES = 30

interface ResendCount {
  count: number
  lastAt: string
}

/**
 * Counts a "Resend code" and refuses it (TooManyResendsError, 429) once MAX_RESENDS were used
 * within RESEND_WAIT_MINUTES of the last one, so resends cannot buy unlimited guesses (each new
 * code comes with its own few attempts). After the wait the count starts again.
 *
 * @example
 * await countResend(ctx, account.id, 'email') // then issue the new code
 */
export async function countResend(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  accountId: string,
  channel: VerificationChannel,
): Promise<void> {
  const now = ctx.clock.now()
  let refusedForMinutes: number | undefined
  await ctx.store.update<ResendCount>(RESENDS, `${accountId}:${channel}`, (current) => {
    const waitEndsAt = current ? Date.parse(current.lastAt) + RESEND_WAIT_MINUTES * 60_000 : 0
    const fresh = !current || now.getTime() >= waitEndsAt
    if (!fresh && current.count >= MAX_RESENDS) {
      refusedForMinutes = Math.ceil((waitEndsAt - now.getTime()) / 60_000)
      return current
    }
    return { count: fresh ? 1 : current.count + 1, lastAt: now.toISOString() }
  })
  if (refusedForMinutes !== undefined) {
    throw new TooManyResendsError(channel, MAX_RESENDS, RESEND_WAIT_MINUTES, refusedForMinutes)
  }
}
