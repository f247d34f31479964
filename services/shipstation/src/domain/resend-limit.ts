import { TooManyResendsError } from '../errors'

/** New codes ("Resend code") one verification may ask for within RESEND_WINDOW_MINUTES. */
export const MAX_RESENDS = 3
/** The sandbox-clock window the resends are counted in; after it the count starts again. */
export const RESEND_WINDOW_MINUTES = 30

/** What a pending code remembers of the resends before it. */
export interface ResendCount {
  resends: number
  /** When the first code of this run of resends went out (ISO). */
  firstSentAt: string
}

/**
 * The resend count for a code about to replace `previous` (undefined for a first code). Each
 * resend gives MAX_CODE_ATTEMPTS more guesses, so without a limit the code could be guessed.
 *
 * @example
 * const count = resendCountAfter(previous, ctx.clock.now())
 */
export function resendCountAfter(
  previous: Partial<ResendCount> | undefined,
  now: Date,
): ResendCount {
  const started = previous?.firstSentAt ? Date.parse(previous.firstSentAt) : Number.NaN
  const inWindow = now.getTime() - started < RESEND_WINDOW_MINUTES * 60_000
  if (!previous || !inWindow) return { resends: 0, firstSentAt: now.toISOString() }
  const resends = (previous.resends ?? 0) + 1
  if (resends > MAX_RESENDS) {
    throw new TooManyResendsError(
      `A new code was sent ${MAX_RESENDS} times already. Use the newest code, or wait ` +
        `${RESEND_WINDOW_MINUTES} minutes (sandbox time) before asking for another.`,
    )
  }
  return { resends, firstSentAt: previous.firstSentAt ?? now.toISOString() }
}
