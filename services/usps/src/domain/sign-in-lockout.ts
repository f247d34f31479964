import {
  clearSignInFailures,
  lockedUntil,
  lockoutKey,
  lockoutMessage,
  recordChallengeStart,
  recordFailedSignIn,
} from '@partner-sandbox/shared'
import { SignInLockedError } from '../errors'
import type { DomainContext } from './context'

/**
 * The USPS sign-in lockout (the shared rule: MAX_FAILED_SIGN_INS wrong passwords, or
 * MAX_SIGN_IN_CHALLENGES unfinished MFA challenges, lock the account for SIGN_IN_LOCKOUT_MINUTES
 * of sandbox time), counted per account within the tenant and never per client address.
 */
export async function assertSignInOpen(
  ctx: DomainContext,
  login: string,
  accountId: string | undefined,
): Promise<void> {
  const until = await lockedUntil(ctx.store, ctx.clock, lockoutKey(login, accountId))
  if (until) throw new SignInLockedError(lockoutMessage(until))
}

/** A wrong password (or unknown login); locks on the last allowed one. */
export async function countFailedPassword(
  ctx: DomainContext,
  login: string,
  accountId: string | undefined,
): Promise<void> {
  const locked = await recordFailedSignIn(ctx.store, ctx.clock, lockoutKey(login, accountId))
  if (locked) throw new SignInLockedError(lockoutMessage(locked))
}

/** An MFA challenge about to start; refused once too many went unfinished. */
export async function countMfaChallenge(ctx: DomainContext, accountId: string): Promise<void> {
  const locked = await recordChallengeStart(ctx.store, ctx.clock, lockoutKey('', accountId))
  if (locked) throw new SignInLockedError(lockoutMessage(locked))
}

/** Both factors passed: the counts start again. */
export async function signInCompleted(ctx: DomainContext, accountId: string): Promise<void> {
  await clearSignInFailures(ctx.store, lockoutKey('', accountId))
}
