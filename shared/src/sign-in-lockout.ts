import type { Clock } from './clock'
import { hashPassword, verifyPassword } from './password'
import type { TenantStore } from './store/store'

/** Wrong passwords in a row that lock an account. */
export const MAX_FAILED_SIGN_INS = 5
/** How long a locked account stays locked, on the sandbox clock. */
export const SIGN_IN_LOCKOUT_MINUTES = 30
/** Second-factor challenges an account may start within the lockout window without finishing one. */
export const MAX_SIGN_IN_CHALLENGES = 5

const LOCKOUT_MS = SIGN_IN_LOCKOUT_MINUTES * 60_000
const SIGN_IN_LOCKOUTS = 'sign_in_lockouts'

interface LockoutRecord {
  failures: number
  /** When each unfinished second-factor challenge started (ISO), oldest first. */
  challengeStarts: string[]
  lockedUntil?: string
}

/**
 * Whom a lockout counts for: the account id when the login names one, else the login as typed, so
 * an unknown name locks after the same number of tries as a real one and the answers never tell
 * them apart. Per tenant (the store is the tenant's), never per client address.
 */
export function lockoutKey(login: string, accountId: string | undefined): string {
  return accountId ? `account:${accountId}` : `login:${login.trim().toLowerCase()}`
}

/** The time the lock ends, or undefined when `key` may try to sign in now. */
export async function lockedUntil(
  store: TenantStore,
  clock: Clock,
  key: string,
): Promise<Date | undefined> {
  const record = await store.get<LockoutRecord>(SIGN_IN_LOCKOUTS, key)
  if (!record?.lockedUntil) return undefined
  const until = new Date(record.lockedUntil)
  return until.getTime() > clock.now().getTime() ? until : undefined
}

async function change(
  store: TenantStore,
  clock: Clock,
  key: string,
  apply: (record: LockoutRecord, now: number) => LockoutRecord,
): Promise<Date | undefined> {
  const now = clock.now().getTime()
  const updated = await store.update<LockoutRecord>(SIGN_IN_LOCKOUTS, key, (current) => {
    const expired = current?.lockedUntil && Date.parse(current.lockedUntil) <= now
    const fresh: LockoutRecord = { failures: 0, challengeStarts: [] }
    return apply(!current || expired ? fresh : current, now)
  })
  return updated?.lockedUntil && Date.parse(updated.lockedUntil) > now
    ? new Date(updated.lockedUntil)
    : undefined
}

/** Counts a wrong password; returns the lock's end when this one locked the account. */
export function recordFailedSignIn(store: TenantStore, clock: Clock, key: string) {
  return change(store, clock, key, (record, now) => {
    const failures = record.failures + 1
    return failures >= MAX_FAILED_SIGN_INS
      ? { ...record, failures, lockedUntil: new Date(now + LOCKOUT_MS).toISOString() }
      : { ...record, failures }
  })
}

/**
 * Counts a second-factor challenge started (the password was right); the
 * MAX_SIGN_IN_CHALLENGES-th unfinished one within SIGN_IN_LOCKOUT_MINUTES locks the account, so
 * restarting sign-in does not give endless code guesses. Returns the lock's end when locked.
 */
export function recordChallengeStart(store: TenantStore, clock: Clock, key: string) {
  return change(store, clock, key, (record, now) => {
    const recent = record.challengeStarts.filter((at) => Date.parse(at) > now - LOCKOUT_MS)
    const challengeStarts = [...recent, new Date(now).toISOString()]
    return challengeStarts.length > MAX_SIGN_IN_CHALLENGES
      ? { ...record, challengeStarts, lockedUntil: new Date(now + LOCKOUT_MS).toISOString() }
      : { ...record, challengeStarts }
  })
}

/** A complete sign-in: the counts start again. */
export async function clearSignInFailures(store: TenantStore, key: string): Promise<void> {
  await store.delete(SIGN_IN_LOCKOUTS, key)
}

/** The one message of a locked account, known or not; it names the rule from its constants. */
export function lockoutMessage(until: Date): string {
  return (
    `Too many failed sign-in attempts: this account is locked for ${SIGN_IN_LOCKOUT_MINUTES} ` +
    `minutes, until ${until.toISOString().slice(11, 16)} UTC (sandbox time), after ` +
    `${MAX_FAILED_SIGN_INS} wrong passwords or ${MAX_SIGN_IN_CHALLENGES} unfinished verifications. ` +
    'Try again then.'
  )
}

let dummyHash: Promise<string> | undefined
/**
 * Checks a password against a throwaway hash, for an unknown login: the answer then takes as long
 * as for a real account, so timing does not tell which logins exist.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword('sandbox-dummy-password')
  await verifyPassword(password, await dummyHash)
  return false
}
