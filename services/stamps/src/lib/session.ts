import { readSession, type SandboxContext, startSession } from '@partner-sandbox/shared'
import { type CopAccount, getCopAccount } from '../domain/cop-account'
import { NoSessionError } from '../errors'

/** Cookie name, one per service: the services share a host, and cookies ignore ports. */
export const SESSION_COOKIE = 'stamps_session'
const SESSION_TTL_SECONDS = 8 * 3600

interface CopSession {
  accountId: string
}

/** Starts the session SSO grants; returns its id, which API clients send as a Bearer token. */
export function startCopSession(c: SandboxContext, account: CopAccount): Promise<string> {
  return startSession<CopSession>(
    c,
    { cookieName: SESSION_COOKIE, ttlSeconds: SESSION_TTL_SECONDS },
    { accountId: account.id },
  )
}

/** The signed-in COP account; NoSessionError (401) when the page was not opened from ShipStation. */
export async function currentCopAccount(c: SandboxContext): Promise<CopAccount> {
  const session = await readSession<CopSession>(c, SESSION_COOKIE)
  const account = session ? await getCopAccount(c.var, session.accountId) : undefined
  if (!account) throw new NoSessionError()
  return account
}
