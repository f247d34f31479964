import {
  clearSignInFailures,
  lockedUntil,
  lockoutKey,
  lockoutMessage,
  recordFailedSignIn,
} from '@partner-sandbox/shared'
import { SignInLockedError } from '../errors'
import type { DomainContext } from './context'

/**
 * The ShipStation sign-in lockout (the shared rule: MAX_FAILED_SIGN_INS wrong passwords in a row
 * lock the account for SIGN_IN_LOCKOUT_MINUTES of sandbox time), per account within the tenant,
 * the same for an unknown email, never per client address.
 */
export async function assertSignInOpen(
  ctx: DomainContext,
  email: string,
  accountId: string | undefined,
): Promise<void> {
  const until = await lockedUntil(ctx.store, ctx.clock, lockoutKey(email, accountId))
  if (until) throw new SignInLockedError(lockoutMessage(until))
}

/** A wrong password (or unknown email); locks on the last allowed one. */
export async function countFailedPassword(
  ctx: DomainContext,
  email: string,
  accountId: string | undefined,
): Promise<void> {
  const locked = await recordFailedSignIn(ctx.store, ctx.clock, lockoutKey(email, accountId))
  if (locked) throw new SignInLockedError(lockoutMessage(locked))
}

/** A correct password: the count starts again. */
export async function signInCompleted(ctx: DomainContext, accountId: string): Promise<void> {
  await clearSignInFailures(ctx.store, lockoutKey('', accountId))
}
