import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'

// The README's "Use it from your own project" test is the file `npm run test:pack` runs in a
// project outside the repo: the two must not drift apart.
describe('README: use it from your own project', () => {
  it('shows exactly the test file the pack-and-install check runs', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
    const example = await readFile(new URL('./pack/sandbox.test.js', import.meta.url), 'utf8')
    expect(readme).toContain(`\`\`\`js\n${example}\`\`\``)
  })
})
