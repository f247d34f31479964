import {
  endSession,
  readSession,
  type SandboxContext,
  type SessionOptions,
  startSession,
} from '@partner-sandbox/shared'

/** The name of USPS's session cookie. */
export const SESSION_COOKIE = 'usps_session'

export const SESSION_OPTIONS: SessionOptions = { cookieName: SESSION_COOKIE, ttlSeconds: 8 * 3600 }

/** The session cookie's options under their earlier name, which other packages may import. */
export const USPS_SESSION = SESSION_OPTIONS

/**
 * What the `usps_session` cookie stands for. Only `signed_in` reaches the portal; OAuth consent
 * also needs `mfa: true` (signed in with password and code), so a session that began at account
 * creation is asked to sign in with MFA before granting a partner access, as the guide says.
 * `mfa_pending` has passed the password only.
 */
export type UspsSession =
  | { stage: 'registering'; registrationId: string }
  | { stage: 'mfa_pending'; accountId: string; challengeId: string; returnTo?: string }
  | { stage: 'signed_in'; accountId: string; mfa: boolean }

export function readUspsSession(c: SandboxContext): Promise<UspsSession | undefined> {
  return readSession<UspsSession>(c, SESSION_COOKIE)
}

/**
 * Ends the current session and starts `session` under a new id (so a planted session id is worth
 * nothing once its stage changes); returns the id, the API's session token.
 */
export async function renewUspsSession(c: SandboxContext, session: UspsSession): Promise<string> {
  await endSession(c, SESSION_COOKIE)
  return startSession(c, SESSION_OPTIONS, session)
}

export function endUspsSession(c: SandboxContext): Promise<void> {
  return endSession(c, SESSION_COOKIE)
}

/** The signed-in account id, or undefined for no session or a half-signed-in one. */
export async function signedInAccountId(c: SandboxContext): Promise<string | undefined> {
  const session = await readUspsSession(c)
  return session?.stage === 'signed_in' ? session.accountId : undefined
}

/** The account id when signed in with password and MFA code; what OAuth consent requires. */
export async function mfaSignedInAccountId(c: SandboxContext): Promise<string | undefined> {
  const session = await readUspsSession(c)
  return session?.stage === 'signed_in' && session.mfa ? session.accountId : undefined
}
