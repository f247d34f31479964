import * as z from 'zod'
import type { Clock } from './clock'
import { InvalidTokenError } from './errors'
import { parseInput } from './parse-input'
import type { KeySet } from './peer-key-set'
import type { ServiceKeys } from './service-keys'
import { signServiceToken } from './sign-service-token'
import type { TenantStore } from './store/store'
import { forgetTokenId, rememberTokenId } from './token-replay'
import { type ServiceTokenPayload, verifyServiceToken } from './verify-service-token'

/** JOSE `typ` of event tokens, so an SSO token can never be replayed as an event. */
export const EVENT_TOKEN_TYPE = 'event+jwt'
const EVENT_TTL_SECONDS = 7 * 24 * 3600

export const SignedEventBody = z.object({ token: z.string().min(1, 'token is required') })

export interface SignEventOptions {
  issuer: string
  audience: string
  tenant: string
  /** Whom the event is about, in the receiver's terms where it has them. */
  subject: string
  event: string
  data: Record<string, unknown>
  clock: Clock
}

/**
 * Signs an event for another service. Long-lived (a week) because it may wait in the outbox while
 * the receiver is down; the `jti` makes redelivery harmless.
 */
export function signEvent(keys: ServiceKeys, options: SignEventOptions): Promise<string> {
  return signServiceToken(keys, {
    type: EVENT_TOKEN_TYPE,
    issuer: options.issuer,
    audience: options.audience,
    subject: options.subject,
    tenant: options.tenant,
    ttlSeconds: EVENT_TTL_SECONDS,
    clock: options.clock,
    claims: { event: options.event, data: options.data },
  })
}

export interface ReceivedEvent {
  payload: ServiceTokenPayload
  event: string
  data: Record<string, unknown>
  /** true when this `jti` was processed before: answer 200 and do nothing. */
  duplicate: boolean
}

/**
 * Verifies an incoming event body `{token}` (signature, issuer, audience, tenant) and records its
 * `jti`.
 */
export async function receiveSignedEvent(
  body: unknown,
  keySet: KeySet,
  options: { issuer: string; audience: string; store: TenantStore; clock: Clock },
): Promise<ReceivedEvent> {
  const { token } = parseInput(SignedEventBody, body)
  const payload = await verifyServiceToken(token, keySet, {
    type: EVENT_TOKEN_TYPE,
    issuer: options.issuer,
    audience: options.audience,
    clock: options.clock,
  })
  if (payload.tenant !== options.store.tenant) {
    throw new InvalidTokenError(
      `The event belongs to tenant "${payload.tenant}", not "${options.store.tenant}".`,
    )
  }
  const event = payload.event
  const data = payload.data
  if (typeof event !== 'string' || typeof data !== 'object' || data === null) {
    throw new InvalidTokenError('The event token has no event name or data.')
  }
  const duplicate = !(await rememberTokenId(options.store, payload))
  return { payload, event, data: data as Record<string, unknown>, duplicate }
}

export type SignedEventOutcome<T> =
  | { status: 'duplicate' }
  | { status: 'processed'; event: string; result: T }

/**
 * Receives an event and applies it exactly once: a `jti` seen before is a duplicate (nothing
 * happens); when `apply` refuses the event, its `jti` is forgotten so that the refusal leaves no
 * trace and a corrected redelivery is accepted.
 *
 * @example
 * const outcome = await applySignedEvent(body, keySet, options, (event) => approve(event.data))
 */
export async function applySignedEvent<T>(
  body: unknown,
  keySet: KeySet,
  options: { issuer: string; audience: string; store: TenantStore; clock: Clock },
  apply: (event: ReceivedEvent) => Promise<T>,
): Promise<SignedEventOutcome<T>> {
  const received = await receiveSignedEvent(body, keySet, options)
  if (received.duplicate) return { status: 'duplicate' }
  try {
    return { status: 'processed', event: received.event, result: await apply(received) }
  } catch (error) {
    await forgetTokenId(options.store, received.payload)
    throw error
  }
}
