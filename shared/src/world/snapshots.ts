import * as z from 'zod'
import {
  CLOCK_COLLECTION,
  type ClockState,
  clockOf,
  type RealTime,
  readClockState,
  replaceClockState,
} from '../clock'
import { NotFoundError } from '../errors'
import { PENDING_EVENTS, type PendingEvent } from '../event-outbox'
import { type Store, type StoredRecord, SYSTEM_TENANT } from '../store/store'

/** Snapshots live in the service's system area, which a tenant's reset does not empty. */
const SNAPSHOTS = 'sandbox_snapshots'

export const SnapshotName = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,62}$/i,
    'A snapshot name is 1-63 letters, digits, ".", "-" or "_", starting with a letter or digit.',
  )

interface Snapshot {
  name: string
  tenant: string
  /** Real time it was taken. */
  savedAt: string
  /** The tenant's sandbox time when it was taken: a restore starts the world there again. */
  sandboxTime: string
  frozen: boolean
  records: StoredRecord[]
}

export interface SnapshotSummary {
  name: string
  tenant: string
  savedAt: string
  sandboxTime: string
  records: number
}

const keyOf = (tenant: string, name: string) => `${tenant}/${name}`

/**
 * Saves every record of the tenant in this service's store (its clock, outbox and pending events
 * included) under `name`, replacing a snapshot of that name.
 *
 * @example
 * await saveSnapshot(store, 'trainer', 'approved', Date.now)
 */
export async function saveSnapshot(
  store: Store,
  tenant: string,
  name: string,
  realTime: RealTime,
): Promise<SnapshotSummary> {
  const view = store.forTenant(tenant)
  const clock = clockOf(await readClockState(view), realTime)
  const snapshot: Snapshot = {
    name,
    tenant,
    savedAt: new Date(realTime()).toISOString(),
    sandboxTime: clock.now().toISOString(),
    frozen: clock.frozen,
    records: await view.exportRecords(),
  }
  await store.forTenant(SYSTEM_TENANT).put(SNAPSHOTS, keyOf(tenant, name), snapshot)
  return summaryOf(snapshot)
}

/** The tenant's snapshots in this service, oldest first. */
export async function listSnapshots(store: Store, tenant: string): Promise<SnapshotSummary[]> {
  return (await store.forTenant(SYSTEM_TENANT).list<Snapshot>(SNAPSHOTS))
    .filter((s) => s.tenant === tenant)
    .map(summaryOf)
}

export async function deleteSnapshot(store: Store, tenant: string, name: string): Promise<void> {
  if (!(await store.forTenant(SYSTEM_TENANT).delete(SNAPSHOTS, keyOf(tenant, name))))
    throw missing(tenant, name)
}

/**
 * The clock a restore or fork starts from: the snapshot's sandbox time from now on (frozen again if
 * it was). Computed once by the service that was called and sent to its peers, so all three agree.
 */
export async function restoredClock(
  store: Store,
  tenant: string,
  name: string,
  realTime: RealTime,
  origin: string,
): Promise<Omit<ClockState, 'version'>> {
  const snapshot = await find(store, tenant, name)
  const at = Date.parse(snapshot.sandboxTime)
  const offsetMs = at - realTime()
  return snapshot.frozen ? { offsetMs, frozenAtMs: at, origin } : { offsetMs, origin }
}

/**
 * Replaces every record of `into` (the snapshot's own tenant for a restore, another for a fork)
 * with the snapshot's, then sets the clock. A fork keeps the event history but sends none of its
 * undelivered events: their tokens name the original tenant, which the receivers would refuse.
 */
export async function restoreSnapshot(
  store: Store,
  tenant: string,
  name: string,
  options: {
    into: string
    clock: Omit<ClockState, 'version'> & { version?: number }
    realTime: RealTime
  },
): Promise<ClockState> {
  const snapshot = await find(store, tenant, name)
  const forked = options.into !== tenant
  const records = snapshot.records
    .filter((r) => r.collection !== CLOCK_COLLECTION)
    .map((r) => (forked && r.collection === PENDING_EVENTS ? dropUndelivered(r, tenant) : r))
  const view = store.forTenant(options.into)
  await view.importRecords(records)
  return replaceClockState(view, options.clock, options.realTime)
}

function dropUndelivered(record: StoredRecord, from: string): StoredRecord {
  const event = record.value as PendingEvent
  if (event.status !== 'pending') return record
  const note = `Not sent: copied by a fork of tenant "${from}", whose name its token carries.`
  const { nextAttemptAt: _, ...rest } = event
  return {
    ...record,
    value: { ...rest, status: 'failed', lastAnswer: { at: event.createdAt, error: note } },
  }
}

async function find(store: Store, tenant: string, name: string): Promise<Snapshot> {
  const snapshot = await store
    .forTenant(SYSTEM_TENANT)
    .get<Snapshot>(SNAPSHOTS, keyOf(tenant, name))
  if (!snapshot) throw missing(tenant, name)
  return snapshot
}

function missing(tenant: string, name: string): NotFoundError {
  return new NotFoundError(
    `Tenant "${tenant}" has no snapshot "${name}". List them with GET /__sandbox/snapshots.`,
  )
}

function summaryOf(s: Snapshot): SnapshotSummary {
  return {
    name: s.name,
    tenant: s.tenant,
    savedAt: s.savedAt,
    sandboxTime: s.sandboxTime,
    records: s.records.length,
  }
}
