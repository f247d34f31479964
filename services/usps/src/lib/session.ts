import { readSession, type SandboxContext, type SessionOptions } from '@partner-sandbox/shared'

export const USPS_SESSION: SessionOptions = { cookieName: 'usps_session', ttlSeconds: 8 * 3600 }

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
  return readSession<UspsSession>(c, USPS_SESSION.cookieName)
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
