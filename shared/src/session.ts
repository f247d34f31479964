import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { SandboxContext } from './app-env'
import { secretToken } from './random'

const SESSIONS = 'sessions'
// `c.get`, not `c.var`: hono's `c.var` copies every variable into a new object on each access.

interface StoredSession<T> {
  id: string
  cookie: string
  expiresAt: string
  data: T
}

export interface SessionOptions {
  /** Per service: the three services share a host, and cookies ignore ports. */
  cookieName: string
  ttlSeconds: number
}

/**
 * Starts a browser session held in the store (so it survives restarts and is shared by replicas).
 *
 * @example
 * await startSession(c, { cookieName: 'usps_session', ttlSeconds: 3600 }, { userId })
 */
export async function startSession<T>(
  c: SandboxContext,
  options: SessionOptions,
  data: T,
): Promise<string> {
  const id = secretToken()
  const expiresAt = new Date(
    c.get('clock').now().getTime() + options.ttlSeconds * 1000,
  ).toISOString()
  await c.get('store').put<StoredSession<T>>(SESSIONS, id, {
    id,
    cookie: options.cookieName,
    expiresAt,
    data,
  })
  setCookie(c, options.cookieName, id, { path: '/', httpOnly: true, sameSite: 'Lax' })
  return id
}

/** The session's data, or undefined when absent, unknown, expired or of another cookie. */
export async function readSession<T>(
  c: SandboxContext,
  cookieName: string,
): Promise<T | undefined> {
  const id = sessionIdOf(c, cookieName)
  if (!id) return undefined
  const session = await c.get('store').get<StoredSession<T>>(SESSIONS, id)
  if (!session || session.cookie !== cookieName) return undefined
  if (Date.parse(session.expiresAt) <= c.get('clock').now().getTime()) {
    await c.get('store').delete(SESSIONS, id)
    return undefined
  }
  return session.data
}

/** Replaces the data of the current session (e.g. after MFA passes). */
export async function updateSession<T>(
  c: SandboxContext,
  cookieName: string,
  data: T,
): Promise<void> {
  const id = sessionIdOf(c, cookieName)
  if (!id) return
  await c
    .get('store')
    .update<StoredSession<T>>(SESSIONS, id, (s) => (s ? { ...s, data } : undefined))
}

export async function endSession(c: SandboxContext, cookieName: string): Promise<void> {
  const id = sessionIdOf(c, cookieName)
  if (id) await c.get('store').delete(SESSIONS, id)
  deleteCookie(c, cookieName, { path: '/' })
}

/** Cookie for browsers; `Authorization: Bearer <session id>` for API clients without a jar. */
function sessionIdOf(c: SandboxContext, cookieName: string): string | undefined {
  const cookie = getCookie(c, cookieName)
  if (cookie) return cookie
  const auth = c.req.header('authorization')
  return auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined
}
