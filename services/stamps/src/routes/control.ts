import { parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { CopFixtureInput, createCopFixture } from '../domain/cop-fixture'
import { domainContext, type StampsRuntime } from '../runtime'

/** Stamps.com's own control API beside the shared one: fixtures that start at any COP step. */
export function controlRoutes(runtime: StampsRuntime) {
  return new Hono<SandboxEnv>().post('/__sandbox/fixtures/cop-accounts', async (c) => {
    const input = parseInput(CopFixtureInput, await readBody(c))
    return c.json(await createCopFixture(domainContext(c, runtime), input), 201)
  })
}
