import { readFile } from 'node:fs/promises'
import { createInProcessSandbox } from '@partner-sandbox/scenarios'
import { FAULT_CATALOGUE, type ServiceName } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'

const README = new URL('../README.md', import.meta.url)
const PORTS: Record<string, ServiceName> = {
  '4000': 'shipstation',
  '4100': 'stamps',
  '4200': 'usps',
}

async function section(): Promise<string> {
  const text = await readFile(README, 'utf8')
  const start = text.indexOf('## Journal and faults')
  const end = text.indexOf('\n## ', start + 1)
  expect(start).toBeGreaterThan(0)
  return text.slice(start, end)
}

/** The `curl` lines of the section's sh blocks, continuations joined, split as a shell would. */
function curlCommands(markdown: string): string[][] {
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
  const lines = blocks.flatMap((b) => b.replace(/\\\n\s*/g, '').split('\n'))
  return lines.filter((l) => l.startsWith('curl ')).map(shellWords)
}

function shellWords(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '')
}

describe('README: Journal and faults', () => {
  it('every curl example answers 2xx against the sandbox (in process)', async () => {
    const sandbox = createInProcessSandbox()
    const commands = curlCommands(await section())
    expect(commands.length).toBeGreaterThanOrEqual(8)
    for (const words of commands) {
      let method = 'GET'
      let body: string | undefined
      const headers = new Headers()
      let url = ''
      for (let i = 1; i < words.length; i++) {
        const word = words[i] ?? ''
        if (word === '-X') method = words[++i] ?? ''
        else if (word === '-H') {
          const [name, ...value] = (words[++i] ?? '').split(':')
          headers.set(name ?? '', value.join(':').trim())
        } else if (word === '-d') {
          body = words[++i]
          if (method === 'GET') method = 'POST'
        } else url = word
      }
      const parsed = new URL(url)
      const service = PORTS[parsed.port]
      expect(service, url).toBeDefined()
      const target = `${sandbox.urls[service as ServiceName]}${parsed.pathname}${parsed.search}`
      const res = await sandbox.fetch(target, { method, headers, body })
      expect(res.status, `${method} ${url}: ${await res.clone().text()}`).toBeLessThan(300)
      await res.arrayBuffer()
    }
    await sandbox.close()
  })

  it('documents every entry of the fault catalogue', async () => {
    const text = await section()
    for (const entry of FAULT_CATALOGUE) expect(text).toContain(`\`${entry.name}\``)
  })
})
