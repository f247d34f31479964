import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type RunCommandOptions, runCommand } from './run'

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'run-command-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

async function run(
  path: string | string[],
  target: 'in-process' | 'http' = 'in-process',
  env = {},
  more: Partial<RunCommandOptions> = {},
) {
  const printed: string[] = []
  const code = await runCommand(path, { target, env, print: (l) => printed.push(l), ...more })
  const lines = printed.join('\n').split('\n')
  return { code, lines, text: lines.join('\n'), last: lines.at(-1)?.trim() }
}

const health = (name = 'Health', tags = '') => `name: ${name}
${tags ? `tags: [${tags}]\n` : ''}steps:
  - name: USPS answers
    service: usps
    control: GET /health
    expect: { json: { service: usps } }
  - name: Stamps.com answers
    service: stamps
    control: GET /health
    expect: { json: { service: stamps } }
`
const HEALTH = health()

describe('runCommand', () => {
  it('prints every step and a summary counting scenarios, and exits 0 when all pass', async () => {
    const { code, lines, last } = await run(join(await folderWith({ 'h.yaml': HEALTH }), 'h.yaml'))
    expect(lines[0]).toBe('Running 1 scenario in-process, 1 at a time')
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}✓ USPS answers \(\d+ ms\)$/))
    expect(lines).toContainEqual(expect.stringMatching(/^\[1\/1\] ✓ Health \(.*h\.yaml\) \d+ ms$/))
    expect(lines.at(-2)).toMatch(
      /^1 scenario passed, 0 failed; steps: 2 passed, 0 failed, 0 not run \(\d+\.\d s\)$/,
    )
    expect(last).toBe('1 passed, 0 failed')
    expect(code).toBe(0)
  })

  it('counts an invalid file as a failed scenario next to the valid ones', async () => {
    const dir = await folderWith({
      'a.yaml': HEALTH,
      'b.yaml': 'name: Broken\nsteps:\n  - name: Nowhere\n    open: /x\n',
    })
    const { code, text, last } = await run(dir)
    expect(text).toContain('steps.0.service (step "Nowhere"): Name the service for /x.')
    expect(last).toBe('1 passed, 1 failed')
    expect(code).toBe(1)
  })

  it('reports a failing step with its request, response and expectation, and the ones it stopped', async () => {
    const failing = HEALTH.replace('{ service: usps }', '{ service: fedex }')
    const file = join(await folderWith({ 'f.yaml': failing }), 'f.yaml')
    const { code, lines, last } = await run(file)
    expect(lines).toContain(
      '  ✗ USPS answers: service is "usps", expected "fedex" (200 at http://usps.sandbox.test/__sandbox/health, body {"status":"ok","service":"usps"})',
    )
    expect(lines).toContain('    request:  GET http://usps.sandbox.test/__sandbox/health')
    expect(lines).toContain(
      '    response: 200 at http://usps.sandbox.test/__sandbox/health (application/json)',
    )
    expect(lines).toContain('    expected: {"json":{"service":"fedex"}}')
    expect(lines).toContain('  - Stamps.com answers (not run)')
    expect(last).toBe('0 passed, 1 failed')
    expect(code).toBe(1)
  })

  it('prints the body the failing expectation read, whole when it is short', async () => {
    const failing = HEALTH.replace('{ service: usps }', '{ service: fedex }')
    const { text } = await run(join(await folderWith({ 'f.yaml': failing }), 'f.yaml'))
    expect(text).toContain(
      '    text read:\n      {\n        "status": "ok",\n        "service": "usps"\n      }',
    )
  })

  it('prints the part of a long body where the failing nested field is, not its start', async () => {
    const file = join(
      await folderWith({
        'long.yaml': `name: Long body
steps:
  - name: The USPS API document names the label route
    service: usps
    request: GET /openapi.json
    expect: { json: { paths: { /labels/v3/label: { post: { summary: A summary nobody wrote } } } } }
`,
      }),
      'long.yaml',
    )
    const { text, code } = await run(file)
    expect(code).toBe(1)
    const read = text.slice(text.indexOf('    text read:'))
    expect(read.length).toBeGreaterThan(500)
    expect(read).toMatch(/"\/labels\/v3\/label": \{\s+"post": \{/)
    expect(read).toContain('"summary": "Make a sample label')
  })

  it('runs only the scenarios --grep and --tag pick', async () => {
    const dir = await folderWith({
      'a.yaml': health('Alpha health', 'smoke'),
      'b.yaml': health('Beta health', 'slow'),
      'c.yaml': health('Gamma health'),
    })
    const grep = await run(dir, 'in-process', {}, { grep: '^(Alpha|Gamma)' })
    expect(grep.text).toContain('Alpha health')
    expect(grep.text).not.toContain('Beta health')
    expect(grep.last).toBe('2 passed, 0 failed')
    const tag = await run(dir, 'in-process', {}, { tags: ['slow'] })
    expect(tag.text).toContain('Beta health')
    expect(tag.text).not.toContain('Alpha health')
    expect(tag.last).toBe('1 passed, 0 failed')
    const none = await run(dir, 'in-process', {}, { tags: ['nope'] })
    expect(none.text).toContain('No scenario matched: check the paths, --grep and --tag.')
    expect(none.last).toBe('0 passed, 0 failed')
    expect(none.code).toBe(1)
  })

  it('refuses a --grep that is not a regular expression', async () => {
    const { code, lines } = await run('.', 'in-process', {}, { grep: '(' })
    expect(lines[0]).toContain('--grep ( is not a regular expression')
    expect(code).toBe(1)
  })

  it('writes the JSON, JUnit and HTML reports asked for into --output', async () => {
    const dir = await folderWith({ 'a.yaml': HEALTH })
    const output = join(dir, 'out')
    const { text } = await run(
      dir,
      'in-process',
      {},
      { reporters: ['json', 'junit', 'html'], output },
    )
    expect(text).toContain(`report: ${join(output, 'junit.xml')}`)
    const json = JSON.parse(await readFile(join(output, 'results.json'), 'utf8'))
    expect(json.totals.scenarios).toEqual({ passed: 1, failed: 0 })
    expect(json.scenarios[0].steps).toHaveLength(2)
    expect(await readFile(join(output, 'junit.xml'), 'utf8')).toContain('<testcase name="Health"')
    expect(await readFile(join(output, 'report.html'), 'utf8')).toContain('<svg')
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
