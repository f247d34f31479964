import { parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { addPromoCode, listPromoCodes, NewPromoCode } from '../domain/promo-codes'
import { createShipStationFixture, ShipStationFixtureInput } from '../domain/shipstation-fixture'
import { domainContext, type ShipStationRuntime } from '../runtime'

/** ShipStation's own `/__sandbox` control routes (beside the shared ones): promo codes, fixtures. */
export function controlRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .get('/__sandbox/promo-codes', async (c) => {
      const codes = await listPromoCodes(domainContext(c, runtime))
      // `promoCodes` (the codes) as before; `details` adds expiry, offer and use.
      return c.json({ promoCodes: codes.map((p) => p.code), details: codes })
    })
    .post('/__sandbox/promo-codes', async (c) => {
      const input = parseInput(NewPromoCode, await readBody(c))
      return c.json(await addPromoCode(domainContext(c, runtime), input, 'control_api'), 201)
    })
    .post('/__sandbox/fixtures/shipstation-accounts', async (c) => {
      const { state } = parseInput(ShipStationFixtureInput, await readBody(c))
      const fixture = await createShipStationFixture(domainContext(c, runtime), runtime, state)
      return c.json(fixture, 201)
    })
}
