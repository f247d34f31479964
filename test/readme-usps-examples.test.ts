// Runs every curl command of the README's USPS examples block against an in-process sandbox, in
// order: `<linkId>` and `<eps>` come from the newest fixture answer; `# 409` after a command is its
// expected status, 2xx otherwise.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createInProcessSandbox } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'

const README = fileURLToPath(new URL('../README.md', import.meta.url))
const MARK = '<!-- usps-examples:'

interface Command {
  line: string
  method: string
  url: string
  headers: Record<string, string>
  body?: string
  expected?: number
}

/** The commands of the block after MARK, continuation lines joined, comments dropped. */
function commandsOf(readme: string): Command[] {
  const start = readme.indexOf(MARK)
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(start))?.[1] ?? ''
  const lines = block.replaceAll('\\\n', ' ').split('\n')
  return lines.filter((l) => l.startsWith('curl ')).map(parseCurl)
}

/** Enough of curl's syntax for the README: -s, -X, -H, -d and single-quoted words. */
function parseCurl(line: string): Command {
  const [command = '', comment] = line.split(/ # (?=\d{3}$)/)
  const words = [...command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '')
  const cmd: Command = { line, method: 'GET', url: '', headers: {} }
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? ''
    if (word === '-s') continue
    if (word === '-X') cmd.method = words[++i] ?? ''
    else if (word === '-H') {
      const [name = '', ...value] = (words[++i] ?? '').split(':')
      cmd.headers[name.trim()] = value.join(':').trim()
    } else if (word === '-d') cmd.body = words[++i]
    else cmd.url = word
  }
  if (comment) cmd.expected = Number(comment)
  return cmd
}

describe('README: the USPS examples', () => {
  it('runs every command of the block with the answer it documents', async () => {
    const commands = commandsOf(readFileSync(README, 'utf8'))
    expect(commands.length).toBeGreaterThanOrEqual(8)
    const sandbox = createInProcessSandbox()
    const vars: Record<string, string> = {}
    const outcomes: string[] = []
    for (const cmd of commands) {
      const url = cmd.url
        .replace('http://127.0.0.1:4200', sandbox.urls.usps.replace(/\/$/, ''))
        .replace(/<(\w+)>/g, (_, name: string) => vars[name] ?? `<${name}>`)
      const res = await sandbox.fetch(url, {
        method: cmd.method,
        headers: cmd.headers,
        body: cmd.body,
      })
      const body = (await res.json()) as Record<string, unknown>
      if (url.includes('/fixtures/')) {
        vars.linkId = String(body.linkId)
        vars.eps = String(body.eps)
      }
      const ok = cmd.expected ? res.status === cmd.expected : res.status < 300
      outcomes.push(`${ok ? 'ok' : 'BAD'} ${res.status} ${cmd.line}`)
    }
    await sandbox.close()
    expect(outcomes.filter((o) => !o.startsWith('ok'))).toEqual([])
  })
})
