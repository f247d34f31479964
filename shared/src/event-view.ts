import { decodeJwt, type JWTPayload } from 'jose'
import type { PendingEvent } from './event-outbox'

/** A pending event as the control API shows it: the claims, never the replayable signed token. */
export type EventView = Omit<PendingEvent, 'token'> & { claims: JWTPayload | null }

/**
 * Drops the signed token (valid for days, it would be replayable by whoever reads the list) and
 * shows what it says instead.
 *
 * @example
 * c.json((await listEvents(c.var.store)).map(eventView))
 */
export function eventView({ token, ...event }: PendingEvent): EventView {
  let claims: JWTPayload | null
  try {
    claims = decodeJwt(token)
  } catch {
    claims = null
  }
  return { ...event, claims }
}
