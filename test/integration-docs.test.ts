// The README's integration example is a test file of examples/shipping-client, copied verbatim:
// when either changes without the other, this fails, so the documented code is the code that runs.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url)
const read = (path: string) => readFile(new URL(path, root), 'utf8')

describe('the integration engineers section of the README', () => {
  it('shows examples/shipping-client/src/readme-example.test.ts as it is', async () => {
    const readme = await read('README.md')
    const section = readme.slice(
      readme.indexOf('## Use the fakes from your code'),
      readme.indexOf('## Control API'),
    )
    const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1])
    expect(blocks).toEqual([await read('examples/shipping-client/src/readme-example.test.ts')])
  })
})
