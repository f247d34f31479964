import { decodeJwt, type JWTVerifyGetKey } from 'jose'
import { acceptClockState, type Clock, ClockState, type RealTime } from '../clock'
import { InvalidTokenError } from '../errors'
import { clockOrderingKey, deliverPendingEvents } from '../event-delivery'
import { enqueueEvent, PENDING_EVENTS, type PendingEvent } from '../event-outbox'
import { parseInput } from '../parse-input'
import type { ServiceName } from '../peer'
import { peerKeySet } from '../peer-key-set'
import { signServiceToken } from '../sign-service-token'
import { SignedEventBody } from '../signed-event'
import type { TenantStore } from '../store/store'
import { verifyServiceToken } from '../verify-service-token'
import { otherPeers, type PeerOutcome, type SandboxWorld } from './sandbox-world'

export const CLOCK_SYNC_PATH = '/__sandbox/clock/sync'
/** JOSE `typ` of clock syncs, so no other token can pass as one. */
const CLOCK_SYNC_TOKEN_TYPE = 'clock-sync+jwt'
const CLOCK_SYNC_EVENT = 'sandbox.clock_changed'
const SYNC_TTL_SECONDS = 7 * 24 * 3600

/**
 * Real time, not the sandbox time, for the sync's own token: its `nbf` must be acceptable to a
 * receiver whose sandbox clock has not moved yet, which is the whole point of the message.
 */
function realClock(realTime: RealTime): Clock {
  return { now: () => new Date(realTime()) }
}

/**
 * Tells every peer the tenant's new clock state through the event outbox (signed, stored, tried at
 * once, retried with backoff until the peer takes it). Older syncs still waiting for a peer are
 * superseded: the newest state is the only one worth sending. Answers each peer's outcome.
 *
 * @example
 * const peers = await syncClockToPeers(world, c.var.store, state) // { stamps: 'synced', ... }
 */
export async function syncClockToPeers(
  world: SandboxWorld,
  store: TenantStore,
  state: ClockState,
): Promise<Partial<Record<ServiceName, PeerOutcome>>> {
  const peers = otherPeers(world)
  if (!world.peers || !world.keys || peers.length === 0) return {}
  const keys = await world.keys()
  const self = world.peers[world.service]
  const ids: [ServiceName, string][] = []
  for (const peer of peers) {
    await supersedeSyncs(store, peer.name)
    const token = await signServiceToken(keys, {
      type: CLOCK_SYNC_TOKEN_TYPE,
      issuer: self.baseUrl,
      audience: peer.baseUrl,
      subject: 'clock',
      tenant: store.tenant,
      ttlSeconds: SYNC_TTL_SECONDS,
      clock: realClock(world.realTime),
      claims: { event: CLOCK_SYNC_EVENT, data: state },
    })
    const pending = await enqueueEvent(store, realClock(world.realTime), {
      peer: peer.name,
      path: CLOCK_SYNC_PATH,
      token,
      orderingKey: clockOrderingKey(peer.name),
    })
    ids.push([peer.name, pending.id])
  }
  await deliverPendingEvents(store, world.peers, { ignoreSchedule: true })
  const outcomes: Partial<Record<ServiceName, PeerOutcome>> = {}
  for (const [name, id] of ids) {
    const event = await store.get<PendingEvent>(PENDING_EVENTS, id)
    const answer = event?.lastAnswer
    outcomes[name] =
      event?.status === 'delivered'
        ? 'synced'
        : answer?.status === undefined
          ? 'unreachable'
          : `failed (${answer.status})`
  }
  return outcomes
}

/**
 * Before a new sync to `peer`: one still waiting is marked superseded (shown until the next change),
 * older finished ones are dropped, so the outbox keeps one clock line per peer, not one per change.
 */
async function supersedeSyncs(store: TenantStore, peer: ServiceName): Promise<void> {
  const key = clockOrderingKey(peer)
  for (const event of await store.list<PendingEvent>(PENDING_EVENTS)) {
    if (event.orderingKey !== key) continue
    if (event.status !== 'pending') await store.delete(PENDING_EVENTS, event.id)
    else
      await store.update<PendingEvent>(PENDING_EVENTS, event.id, (current) =>
        current ? { ...current, status: 'superseded' } : undefined,
      )
  }
}

/** Verifies peers' sync tokens against each peer's JWKS, fetched once per peer. */
export function clockSyncReceiver(world: SandboxWorld) {
  const keySets = new Map<ServiceName, JWTVerifyGetKey>()
  const keySetOf = (name: ServiceName): JWTVerifyGetKey | undefined => {
    const peer = world.peers?.[name]
    if (!peer) return undefined
    let keySet = keySets.get(name)
    if (!keySet) {
      keySet = peerKeySet(peer)
      keySets.set(name, keySet)
    }
    return keySet
  }

  /**
   * Applies a peer's clock state when it is newer than ours: `{applied: false}` for a repeat or a
   * state overtaken by a later change. Refuses (401) a token not signed by a peer of this tenant.
   */
  return async function receiveClockSync(
    body: unknown,
    store: TenantStore,
  ): Promise<{ applied: boolean; version: number }> {
    const { token } = parseInput(SignedEventBody, body)
    const sender = senderOf(world, token)
    const keySet = sender ? keySetOf(sender) : undefined
    if (!sender || !keySet || !world.peers) {
      throw new InvalidTokenError('The clock sync does not come from a peer of this service.')
    }
    const payload = await verifyServiceToken(token, keySet, {
      type: CLOCK_SYNC_TOKEN_TYPE,
      issuer: world.peers[sender].baseUrl,
      audience: world.peers[world.service].baseUrl,
      clock: realClock(world.realTime),
    })
    if (payload.tenant !== store.tenant) {
      throw new InvalidTokenError(
        `The clock sync belongs to tenant "${payload.tenant}", not "${store.tenant}".`,
      )
    }
    const state = parseInput(ClockState, payload.data)
    return { applied: await acceptClockState(store, state), version: state.version }
  }
}

function senderOf(world: SandboxWorld, token: string): ServiceName | undefined {
  let issuer: string | undefined
  try {
    issuer = decodeJwt(token).iss
  } catch {
    return undefined
  }
  return otherPeers(world).find((peer) => peer.baseUrl === issuer)?.name
}
