import { type SandboxContext, UnauthorizedError } from '@partner-sandbox/shared'
import { getAccount, type UspsAccount } from '../domain/account'
import { loginUrl } from './return-to'
import { readUspsSession } from './session'

export interface PageNeeds {
  /** Only a sign-in with password and MFA code will do (OAuth consent). */
  mfa?: boolean
}

/**
 * The signed-in account for an HTML page, or where to send the browser instead: a half-signed-in
 * session goes back to the code page, no session to Sign In (coming back here afterwards).
 */
export async function accountForPage(
  c: SandboxContext,
  needs: PageNeeds = {},
): Promise<{ account: UspsAccount } | { redirect: string }> {
  const session = await readUspsSession(c)
  if (session?.stage === 'mfa_pending') return { redirect: '/login/mfa' }
  const signedIn = session?.stage === 'signed_in' && (session.mfa || !needs.mfa)
  const account = signedIn ? await getAccount(c.var, session.accountId) : undefined
  if (!account) {
    const url = new URL(c.req.url)
    return { redirect: loginUrl(url.pathname + url.search) }
  }
  return { account }
}

/** The signed-in account for a JSON API call (cookie or Bearer session token), else 401. */
export async function accountForApi(c: SandboxContext): Promise<UspsAccount> {
  const session = await readUspsSession(c)
  if (session?.stage === 'mfa_pending') {
    throw new UnauthorizedError(
      'Sign-in is not finished: send the emailed code to POST /api/v1/sessions/current/mfa.',
    )
  }
  const account =
    session?.stage === 'signed_in' ? await getAccount(c.var, session.accountId) : undefined
  if (!account) {
    throw new UnauthorizedError('Sign in first: POST /api/v1/sessions, then the MFA code.')
  }
  return account
}

/** Wraps an HTML handler that needs the fully signed-in account. */
export function withAccountPage(
  handler: (c: SandboxContext, account: UspsAccount) => Promise<Response>,
  needs: PageNeeds = {},
): (c: SandboxContext) => Promise<Response> {
  return async (c) => {
    const found = await accountForPage(c, needs)
    if ('redirect' in found) return c.redirect(found.redirect)
    return handler(c, found.account)
  }
}
