import { parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { addPromoCode, listPromoCodes, NewPromoCode } from '../domain/promo-codes'
import { domainContext, type ShipStationRuntime } from '../runtime'

/** ShipStation's own `/__sandbox` control routes (beside the shared ones): promo codes per tenant. */
export function controlRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .get('/__sandbox/promo-codes', async (c) =>
      c.json({ promoCodes: await listPromoCodes(domainContext(c, runtime)) }),
    )
    .post('/__sandbox/promo-codes', async (c) => {
      const { code } = parseInput(NewPromoCode, await readBody(c))
      return c.json({ code: await addPromoCode(domainContext(c, runtime), code) }, 201)
    })
}
