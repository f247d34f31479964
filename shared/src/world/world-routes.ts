import { Hono } from 'hono'
import * as z from 'zod'
import type { SandboxContext, SandboxEnv } from '../app-env'
import { ClockChange, ClockState, changeClock, clockOf, readClockState } from '../clock'
import { ValidationError } from '../errors'
import { redeliverEvent } from '../event-delivery'
import { listEvents, PendingEvent } from '../event-outbox'
import { eventView } from '../event-view'
import { parseInput } from '../parse-input'
import { readBody } from '../read-body'
import { TenantName } from '../tenant'
import { clockSyncReceiver, syncClockToPeers } from './clock-sync'
import { fanOut, type SandboxWorld } from './sandbox-world'
import {
  deleteSnapshot,
  listSnapshots,
  restoredClock,
  restoreSnapshot,
  SnapshotName,
  saveSnapshot,
} from './snapshots'

const EventsQuery = z.object({ status: PendingEvent.shape.status.optional() })
const NameBody = z.object({ name: SnapshotName }).strict()
/** The fan-out also sends peers the clock the called service computed, so all three agree. */
const RestoreBody = z.object({ clock: ClockState.optional() }).strict()
const ForkBody = z.object({ tenant: TenantName, clock: ClockState.optional() }).strict()
const ScopeQuery = z.object({ scope: z.enum(['world', 'local']).default('world') })

/**
 * The control routes that make one world of the three services, mounted at `/__sandbox`: the
 * tenant's shared clock, the event outbox and snapshots. Each call acts on this service's own store
 * and reaches the peers over the back channel (signed clock syncs, `?scope=local` control calls).
 *
 * @example
 * app.route('/__sandbox', worldRoutes({ service: 'usps', realTime: Date.now, peers, keys }))
 */
export function worldRoutes(world: SandboxWorld) {
  const receiveClockSync = clockSyncReceiver(world)
  const isLocal = (c: SandboxContext) => parseInput(ScopeQuery, c.req.query()).scope === 'local'
  const snapshotName = (c: SandboxContext) =>
    parseInput(z.object({ name: SnapshotName }), { name: c.req.param('name') }).name

  return new Hono<SandboxEnv>()
    .get('/clock', async (c) => c.json(await clockView(c, world)))
    .post('/clock', async (c) => {
      const change = parseInput(ClockChange, await readBody(c))
      const state = await changeClock(c.var.store, world.realTime, change, world.service)
      c.set('clock', clockOf(state, world.realTime))
      const peers = await syncClockToPeers(world, c.var.store, state)
      return c.json({ ...(await clockView(c, world)), peers })
    })
    .post('/clock/sync', async (c) =>
      c.json(await receiveClockSync(await readBody(c), c.var.store)),
    )
    .get('/events', async (c) => {
      const { status } = parseInput(EventsQuery, c.req.query())
      return c.json((await listEvents(c.var.store, { status })).map(eventView))
    })
    .post('/events/:id/redeliver', async (c) => {
      if (!world.peers) throw new ValidationError('This service has no peers to deliver to.', [])
      const delivery = await redeliverEvent(c.var.store, world.peers, c.req.param('id'), world)
      return c.json(delivery)
    })
    .get('/snapshots', async (c) => c.json(await listSnapshots(world.store, c.var.tenant)))
    .post('/snapshots', async (c) => {
      const { name } = parseInput(NameBody, await readBody(c))
      const local = isLocal(c)
      const saved = await saveSnapshot(world.store, c.var.tenant, name, world.realTime)
      const peers = local
        ? {}
        : await fanOut(
            world,
            c.var.tenant,
            { method: 'POST', path: '/__sandbox/snapshots', body: { name } },
            'saved',
          )
      return c.json({ ...saved, services: { [world.service]: 'saved', ...peers } }, 201)
    })
    .post('/snapshots/:name/restore', async (c) => {
      const name = snapshotName(c)
      const local = isLocal(c)
      const body = parseInput(RestoreBody, await optionalBody(c))
      const clock =
        body.clock ??
        (await restoredClock(world.store, c.var.tenant, name, world.realTime, world.service))
      const state = await restoreSnapshot(world.store, c.var.tenant, name, {
        into: c.var.tenant,
        clock,
        realTime: world.realTime,
      })
      const path = `/__sandbox/snapshots/${name}/restore`
      const peers = local
        ? {}
        : await fanOut(
            world,
            c.var.tenant,
            { method: 'POST', path, body: { clock: state } },
            'restored',
          )
      return c.json({
        name,
        tenant: c.var.tenant,
        services: { [world.service]: 'restored', ...peers },
      })
    })
    .post('/snapshots/:name/fork', async (c) => {
      const name = snapshotName(c)
      const local = isLocal(c)
      const body = parseInput(ForkBody, await readBody(c))
      const tenant = body.tenant
      if (tenant === c.var.tenant) {
        throw ValidationError.forField(
          'tenant',
          'Fork into another tenant; to go back to a snapshot in this one, restore it.',
        )
      }
      const clock =
        body.clock ??
        (await restoredClock(world.store, c.var.tenant, name, world.realTime, world.service))
      const state = await restoreSnapshot(world.store, c.var.tenant, name, {
        into: tenant,
        clock,
        realTime: world.realTime,
      })
      const path = `/__sandbox/snapshots/${name}/fork`
      const peers = local
        ? {}
        : await fanOut(
            world,
            c.var.tenant,
            { method: 'POST', path, body: { tenant, clock: state } },
            'restored',
          )
      return c.json(
        { name, from: c.var.tenant, tenant, services: { [world.service]: 'restored', ...peers } },
        201,
      )
    })
    .delete('/snapshots/:name', async (c) => {
      const name = snapshotName(c)
      await deleteSnapshot(world.store, c.var.tenant, name)
      const peers = isLocal(c)
        ? {}
        : await fanOut(
            world,
            c.var.tenant,
            { method: 'DELETE', path: `/__sandbox/snapshots/${name}` },
            'deleted',
          )
      return c.json({
        name,
        tenant: c.var.tenant,
        services: { [world.service]: 'deleted', ...peers },
      })
    })
}

/** A body that may be left out altogether (`curl -X POST .../restore`), even with a JSON type. */
async function optionalBody(c: SandboxContext): Promise<Record<string, unknown>> {
  // Through Hono's body cache: the journal at the edge may have read the body already.
  const text = await c.req.text()
  return text.trim() === '' ? {} : readBody(c)
}

async function clockView(c: SandboxContext, world: SandboxWorld) {
  const state = await readClockState(c.var.store)
  const clock = clockOf(state, world.realTime)
  return {
    now: clock.now().toISOString(),
    tenant: c.var.tenant,
    frozen: clock.frozen,
    version: state.version,
  }
}
