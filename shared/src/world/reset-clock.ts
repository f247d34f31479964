import type { SandboxContext } from '../app-env'
import { clockOf, readClockState, replaceClockState } from '../clock'
import { syncClockToPeers } from './clock-sync'
import type { SandboxWorld } from './sandbox-world'

/**
 * Empties the tenant (`clear`) and puts its clock back to real time, one version above the one it
 * had so the peers take it too, and tells them. Answers the peers' outcomes.
 */
export async function resetClock(
  c: SandboxContext,
  world: SandboxWorld,
  clear: () => Promise<void>,
) {
  const before = await readClockState(c.var.store)
  await clear()
  // A clock never moved needs no reset, and the peers no message.
  if (before.version === 0) return { now: c.var.clock.now().toISOString(), peers: {} }
  const state = await replaceClockState(
    c.var.store,
    { offsetMs: 0, origin: world.service, version: before.version + 1 },
    world.realTime,
  )
  c.set('clock', clockOf(state, world.realTime))
  const peers = await syncClockToPeers(world, c.var.store, state)
  return { now: c.var.clock.now().toISOString(), peers }
}
