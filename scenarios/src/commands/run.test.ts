import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCommand } from './run'

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'run-command-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

async function run(path: string, target: 'in-process' | 'http' = 'in-process', env = {}) {
  const lines: string[] = []
  const code = await runCommand(path, { target, env, print: (l) => lines.push(l) })
  return { code, lines, last: lines.at(-1)?.trim() }
}

const HEALTH = `name: Health
steps:
  - name: USPS answers
    service: usps
    control: GET /health
    expect: { json: { service: usps } }
  - name: Stamps.com answers
    service: stamps
    control: GET /health
    expect: { json: { service: stamps } }
`

describe('runCommand', () => {
  it('prints every step and a summary, and exits 0 when all pass', async () => {
    const { code, lines, last } = await run(join(await folderWith({ 'h.yaml': HEALTH }), 'h.yaml'))
    expect(lines).toContainEqual(expect.stringMatching(/^✓ USPS answers \(\d+ ms\)$/))
    expect(last).toBe('2 passed, 0 failed')
    expect(code).toBe(0)
  })

  it('counts an invalid file as a failure next to the valid ones', async () => {
    const dir = await folderWith({
      'a.yaml': HEALTH,
      'b.yaml': 'name: Broken\nsteps:\n  - name: Nowhere\n    open: /x\n',
    })
    const { code, lines, last } = await run(dir)
    expect(lines.join('\n')).toContain('steps.0.service (step "Nowhere"): Name the service for /x.')
    expect(last).toBe('2 passed, 1 failed')
    expect(code).toBe(1)
  })

  it('reports a failing step and the ones it stopped', async () => {
    const failing = HEALTH.replace('{ service: usps }', '{ service: fedex }')
    const { code, lines, last } = await run(join(await folderWith({ 'f.yaml': failing }), 'f.yaml'))
    expect(lines).toContain(
      '✗ USPS answers: service is "usps", expected "fedex" (200 at http://usps.sandbox.test/__sandbox/health, body {"status":"ok","service":"usps"})',
    )
    expect(lines).toContain('- Stamps.com answers (not run)')
    expect(last).toBe('0 passed, 1 failed')
    expect(code).toBe(1)
  })

  it('refuses to run over HTTP when the services are not reachable', async () => {
    const dir = await folderWith({ 'h.yaml': HEALTH })
    const { code, lines } = await run(dir, 'http', {
      // Port 1 is on the fetch bad-ports list, which the config now refuses; 2 is not.
      SHIPSTATION_PORT: '2',
      STAMPS_PORT: '2',
      USPS_PORT: '2',
    })
    expect(lines[0]).toContain('Cannot reach shipstation at http://127.0.0.1:2')
    expect(code).toBe(1)
  })
})
