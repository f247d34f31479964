import { endSession, readSession, type SandboxContext, startSession } from '@partner-sandbox/shared'
import { type CopAccount, getCopAccount } from '../domain/cop-account'
import { NoSessionError } from '../errors'

/** Cookie name, one per service: the services share a host, and cookies ignore ports. */
export const SESSION_COOKIE = 'stamps_session'
const SESSION_TTL_SECONDS = 8 * 3600

interface CopSession {
  accountId: string
}

/**
 * Starts the session SSO grants, ending the browser's previous one first (so its id stops
 * working); returns its id, which API clients send as a Bearer token.
 */
export async function startCopSession(c: SandboxContext, account: CopAccount): Promise<string> {
  if (await readSession<CopSession>(c, SESSION_COOKIE)) await endSession(c, SESSION_COOKIE)
  return startSession<CopSession>(
    c,
    { cookieName: SESSION_COOKIE, ttlSeconds: SESSION_TTL_SECONDS },
    { accountId: account.id },
  )
}

/** Sign-out: the session is gone from the store and the cookie cleared. */
export function endCopSession(c: SandboxContext): Promise<void> {
  return endSession(c, SESSION_COOKIE)
}

/** The signed-in COP account, if any. */
export async function signedInCopAccount(c: SandboxContext): Promise<CopAccount | undefined> {
  const session = await readSession<CopSession>(c, SESSION_COOKIE)
  return session ? getCopAccount(c.var, session.accountId) : undefined
}

/** The signed-in COP account; NoSessionError (401) when the page was not opened from ShipStation. */
export async function currentCopAccount(c: SandboxContext): Promise<CopAccount> {
  const account = await signedInCopAccount(c)
  if (!account) throw new NoSessionError()
  return account
}
