import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createRatesWorld } from './support/rates-world'

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** The JSON block after `<!-- example: name -->` in the README. */
function example(name: string): string {
  const block = README.split(`<!-- example: ${name} -->`)[1]?.match(/```json\n([\s\S]*?)```/)?.[1]
  if (!block) throw new Error(`README has no example ${name}`)
  return block
}

describe('README examples', () => {
  it('the POST /v2/rates body answers USPS rates', async () => {
    const world = await createRatesWorld()
    const { v2 } = world
    const carriers = (await v2('GET', '/v2/carriers')).body as {
      carriers: { carrier_id: string }[]
    }
    const body = example('v2-rates').replace('<carrier_id>', carriers.carriers[0]?.carrier_id ?? '')
    const { status, body: answer } = await v2('POST', '/v2/rates', body)
    expect(status).toBe(200)
    expect((answer as { rate_response: { rates: unknown[] } }).rate_response.rates).toHaveLength(3)
    await world.close()
  })
})
