import {
  endSession,
  readSession,
  type SandboxContext,
  startSession,
  UnauthorizedError,
  updateSession,
} from '@partner-sandbox/shared'
import { type Account, findAccount } from '../domain/accounts'

export const SESSION_COOKIE = 'shipstation_session'
const SESSION_TTL_SECONDS = 12 * 3600

/** What a ShipStation login session holds. The pop-up dismissal lives here: it lasts one login. */
export interface ShipStationSession {
  accountId: string
  popupDismissed: boolean
  /** The confirmation of the step just completed, shown once on the next page (flash). */
  confirmation?: Confirmation
}

/** Steps whose completion the next page confirms (pages/confirmation-banner.tsx has the words). */
export type Confirmation =
  | 'email-verified'
  | 'phone-verified'
  | 'card-added'
  | 'funds-added'
  | 'auto-funding-saved'

export interface SignedIn {
  session: ShipStationSession
  account: Account
}

/** Starts a login session; returns its id (the API's `sessionToken`). */
export function beginSession(c: SandboxContext, accountId: string): Promise<string> {
  return startSession<ShipStationSession>(
    c,
    { cookieName: SESSION_COOKIE, ttlSeconds: SESSION_TTL_SECONDS },
    { accountId, popupDismissed: false },
  )
}

/** The signed-in account, or undefined (no session, expired, or the account is gone). */
export async function signedIn(c: SandboxContext): Promise<SignedIn | undefined> {
  const session = await readSession<ShipStationSession>(c, SESSION_COOKIE)
  if (!session) return undefined
  const account = await findAccount(c.get('store'), session.accountId)
  return account ? { session, account } : undefined
}

/** For the JSON API: the signed-in account or a 401 problem. */
export async function requireSignedIn(c: SandboxContext): Promise<SignedIn> {
  const current = await signedIn(c)
  if (!current) {
    throw new UnauthorizedError(
      `Sign in first: send the ${SESSION_COOKIE} cookie or "Authorization: Bearer <sessionToken>".`,
    )
  }
  return current
}

export function dismissPopupForSession(c: SandboxContext, session: ShipStationSession) {
  return updateSession<ShipStationSession>(c, SESSION_COOKIE, { ...session, popupDismissed: true })
}

export function signOut(c: SandboxContext): Promise<void> {
  return endSession(c, SESSION_COOKIE)
}

/** Remembers a completed step for the next page of this login (after the redirect). */
export async function confirmStep(c: SandboxContext, confirmation: Confirmation): Promise<void> {
  const session = await readSession<ShipStationSession>(c, SESSION_COOKIE)
  if (session)
    await updateSession<ShipStationSession>(c, SESSION_COOKIE, { ...session, confirmation })
}

/** The confirmation waiting for this page, if any; it is shown once. */
export async function takeConfirmation(
  c: SandboxContext,
  session: ShipStationSession,
): Promise<Confirmation | undefined> {
  const { confirmation, ...rest } = session
  if (confirmation) await updateSession<ShipStationSession>(c, SESSION_COOKIE, rest)
  return confirmation
}
