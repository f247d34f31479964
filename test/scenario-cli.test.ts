import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startHttpSandbox } from '@partner-sandbox/scenarios'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI_ARGS } from './support/cli'
import { envOf, freePort, localSandboxConfig } from './support/free-port'
import { HAPPY_PATH_FILE } from './support/happy-path'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

interface CliResult {
  code: number
  stdout: string
  stderr: string
}

function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...CLI_ARGS, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

const lastLine = (text: string) => text.trim().split('\n').at(-1)
const LIBRARY = join(ROOT, 'scenarios/library')

describe('partner-sandbox run', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scenario-cli-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('passes the happy path in process and exits 0', { timeout: 90_000 }, async () => {
    const run = await cli(['run', HAPPY_PATH_FILE])
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/✓ Register with the USPS promo code \(\d+ ms\)/)
    expect(lastLine(run.stdout)).toMatch(/^\d+ passed, 0 failed$/)
    expect(run.code).toBe(0)
  })

  it('exits 1 and names the step whose expectation differed', { timeout: 90_000 }, async () => {
    const text = await readFile(HAPPY_PATH_FILE, 'utf8')
    const broken = text.replace('text: Verify your phone', 'text: Verify your fax machine')
    expect(broken).not.toBe(text)
    const file = join(dir, 'broken.yaml')
    await writeFile(file, broken)
    const run = await cli(['run', file])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '✗ Verify the email with the code from the inbox: missing text "Verify your fax machine"',
    )
    expect(run.stdout).toContain('- Verify the phone with the code from the text message (not run)')
    expect(lastLine(run.stdout)).toMatch(/^\d+ passed, 1 failed$/)
  })

  it('exits 1 for an invalid file and prints the path of the bad field', {
    timeout: 60_000,
  }, async () => {
    const file = join(dir, 'invalid.yaml')
    await writeFile(
      file,
      'name: Invalid\nsteps:\n  - name: Open\n    service: usps\n    open: /\n    expect: { status: ok }\n',
    )
    const run = await cli(['run', file])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('steps.0.expect.status (step "Open")')
    expect(lastLine(run.stdout)).toBe('0 passed, 1 failed')
  })

  it('runs every scenario of a folder', { timeout: 90_000 }, async () => {
    const folder = await mkdtemp(join(dir, 'folder-'))
    const tiny = (n: number) =>
      `name: Health ${n}\nsteps:\n  - name: USPS is up\n    service: usps\n    control: GET /health\n    expect: { json: { status: ok } }\n`
    await writeFile(join(folder, 'a.yaml'), tiny(1))
    await writeFile(join(folder, 'b.yml'), tiny(2))
    await writeFile(join(folder, 'notes.txt'), 'not a scenario')
    const run = await cli(['run', folder])
    expect(run.stdout).toContain('Health 1')
    expect(run.stdout).toContain('Health 2')
    expect(lastLine(run.stdout)).toBe('2 passed, 0 failed')
    expect(run.code).toBe(0)
  })

  it('passes the happy path against running servers with --target http', {
    timeout: 90_000,
  }, async () => {
    const config = await localSandboxConfig('memory')
    const sandbox = await startHttpSandbox(config)
    try {
      const first = await cli(['run', HAPPY_PATH_FILE, '--target', 'http'], envOf(config))
      expect(lastLine(first.stdout)).toMatch(/^\d+ passed, 0 failed$/)
      expect(first.code).toBe(0)
      // A second run gets a fresh tenant, so the same scenario passes again.
      const second = await cli(['run', HAPPY_PATH_FILE, '--target', 'http'], envOf(config))
      expect(second.code).toBe(0)
    } finally {
      await sandbox.close()
    }
  })

  it('exits 1 with a hint when --target http finds nothing running', {
    timeout: 60_000,
  }, async () => {
    const port = String(await freePort())
    const run = await cli(['run', HAPPY_PATH_FILE, '--target', 'http'], {
      SHIPSTATION_PORT: port,
      STAMPS_PORT: port,
      USPS_PORT: port,
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`Cannot reach shipstation at http://127.0.0.1:${port}`)
  })

  it('runs the tagged scenarios of a folder at the given concurrency and writes the reports', {
    timeout: 90_000,
  }, async () => {
    const output = await mkdtemp(join(dir, 'reports-'))
    const run = await cli([
      'run',
      LIBRARY,
      '--concurrency',
      '2',
      '--tag',
      'ach',
      // Other library files are tagged ach too; the name picks the one this test reads.
      '--grep',
      '^USPS payment account by ACH Debit',
      '--reporter',
      'junit,json',
      '--reporter',
      'html',
      '--output',
      output,
    ])
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('[1/1] ✓ USPS payment account by ACH Debit')
    expect(run.stdout).not.toContain('credit card, actions')
    expect(run.stdout).toMatch(
      /^1 scenario passed, 0 failed; steps: \d+ passed, 0 failed, 0 not run/m,
    )
    expect(lastLine(run.stdout)).toBe('1 passed, 0 failed')
    expect(await readFile(join(output, 'junit.xml'), 'utf8')).toContain('<testsuites ')
    expect(await readFile(join(output, 'report.html'), 'utf8')).toContain('<svg class="sequence"')
    expect(
      JSON.parse(await readFile(join(output, 'results.json'), 'utf8')).totals.scenarios,
    ).toEqual({
      passed: 1,
      failed: 0,
    })
    expect(run.code).toBe(0)
  })

  it('validates files without running them and exits 1 naming the file and the field', {
    timeout: 60_000,
  }, async () => {
    const good = await cli(['validate', LIBRARY, HAPPY_PATH_FILE])
    // The library grows; every file of it, and the happy path, must be valid.
    const valid = /^(\d+) valid, 0 invalid$/.exec(lastLine(good.stdout) ?? '')
    expect(Number(valid?.[1])).toBeGreaterThan(3)
    expect(good.code).toBe(0)
    const file = join(dir, 'typo.yaml')
    await writeFile(file, 'name: Typo\nsteps:\n  - addEpa: { method: card, cardNumbr: 1 }\n')
    const bad = await cli(['validate', file])
    expect(bad.stdout).toContain(`${file} is not a valid scenario:`)
    expect(bad.stdout).toContain('steps.0.addEpa: Unrecognized key: "cardNumbr"')
    expect(lastLine(bad.stdout)).toBe('0 valid, 1 invalid')
    expect(bad.code).toBe(1)
  })
})
