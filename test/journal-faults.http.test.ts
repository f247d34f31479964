import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { type HttpSandbox, runScenario, startHttpSandbox } from '@partner-sandbox/scenarios'
import { type JournalEntry, REP_REJECTS_REASON } from '@partner-sandbox/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPECTED_SWEEP, sweepEdgeCatalogue } from './support/catalogue-sweep'
import { CLI_ARGS } from './support/cli'
import { envOf, localSandboxConfig } from './support/free-port'
import { failuresOf, happyPathHalves, loadHappyPath } from './support/happy-path'
import { rejectedTail } from './support/rejected-tail'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

let sandbox: HttpSandbox
let env: Record<string, string>

beforeAll(async () => {
  const config = await localSandboxConfig('memory')
  env = envOf(config)
  sandbox = await startHttpSandbox(config)
})
afterAll(() => sandbox.close())

const control = async (
  service: 'usps' | 'stamps',
  path: string,
  tenant: string,
  body?: unknown,
) => {
  const res = await fetch(`${sandbox.urls[service]}/__sandbox${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...CLI_ARGS, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr,
        })
      },
    )
  })
}

describe('journal and faults over real ports', () => {
  it('drop closes the connection: the caller’s fetch rejects, the next request is answered', async () => {
    const tenant = 'drop'
    const fault = await control('usps', '/faults', tenant, {
      method: 'GET',
      path: '/.well-known/jwks.json',
      drop: true,
      times: 1,
    })
    expect(fault.status).toBe(201)
    const jwks = `${sandbox.urls.usps}/.well-known/jwks.json`
    const headers = { 'x-sandbox-tenant': tenant }
    await expect(fetch(jwks, { headers })).rejects.toThrow(TypeError)
    expect((await fetch(jwks, { headers })).status).toBe(200)
    expect((await fetch(jwks)).status).toBe(200)
    const dropped = await control('usps', '/journal/count?status=0', tenant)
    expect(dropped.body.count).toBe(1)
  })

  it('Stamps.com called the USPS token endpoint exactly once in an onboarding, as a service', {
    timeout: 60_000,
  }, async () => {
    const tenant = 'journal-http'
    const result = await runScenario(await loadHappyPath(), {
      urls: sandbox.urls,
      fetch: globalThis.fetch,
      tenant,
    })
    expect(failuresOf(result)).toEqual([])
    const fromStamps = await control(
      'usps',
      '/journal/count?method=POST&path=/oauth2/v3/token&caller=stamps',
      tenant,
    )
    expect(fromStamps.body.count).toBe(1)
    const fromBrowser = await control(
      'usps',
      '/journal/count?path=/oauth2/v3/token&caller=browser',
      tenant,
    )
    expect(fromBrowser.body.count).toBe(0)
    const journal = await control('usps', '/journal?path=/oauth2/v3/token', tenant)
    const [token] = journal.body.entries as JournalEntry[]
    expect(token?.requestHeaders.authorization).toBe('Basic ***')
    expect(token?.tokens.map((t) => t.kind)).toContain('at+jwt')
    expect(JSON.stringify(journal.body)).not.toContain('auctane-sandbox-secret')
    // ShipStation's view fetches the two other journals over real HTTP.
    const view = await fetch(`${sandbox.urls.shipstation}/__sandbox/journal/view`, {
      headers: { 'x-sandbox-tenant': tenant, accept: 'text/html' },
    })
    const html = await view.text()
    expect(html).toContain('Stamps.com → USPS')
    expect(html).toContain('Browser → ShipStation')
    expect(html).not.toContain('could not be fetched')
  })

  it('partner-sandbox faults add, list, clear and journal --json reach the running sandbox', {
    timeout: 90_000,
  }, async () => {
    const tenant = 'cli'
    const added = await cli([
      'faults',
      'add',
      '--name',
      'usps.token-endpoint-down',
      '--times',
      '2',
      '--tenant',
      tenant,
    ])
    expect(added.stderr).toBe('')
    expect(added.stdout).toMatch(
      /^Installed usps\s+flt_\w+ {2}POST \/oauth2\/v3\/token -> 503 {2}2 left {2}\(usps\.token-endpoint-down\)/,
    )
    const token = await fetch(`${sandbox.urls.usps}/oauth2/v3/token`, {
      method: 'POST',
      headers: { 'x-sandbox-tenant': tenant },
    })
    expect(token.status).toBe(503)
    const listed = await cli(['faults', 'list', '--json', '--tenant', tenant])
    expect(JSON.parse(listed.stdout)).toMatchObject([
      { name: 'usps.token-endpoint-down', remaining: 1 },
    ])
    const journal = await cli(['journal', '--service', 'usps', '--json', '--tenant', tenant])
    const entries = JSON.parse(journal.stdout) as JournalEntry[]
    expect(entries.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      'POST /oauth2/v3/token 503',
    ])
    const cleared = await cli(['faults', 'clear', '--tenant', tenant])
    expect(cleared.stdout.trim()).toBe('Removed 1 fault for tenant cli.')
  })

  it('usps.rep-rejects armed from ShipStation: the control approval rejects, ShipStation shows why', {
    timeout: 60_000,
  }, async () => {
    const tenant = 'rep-rejects-http'
    const target = { urls: sandbox.urls, fetch: globalThis.fetch, tenant }
    const [before] = await happyPathHalves('The USPS sales representative approves the NSA link')
    const half = await runScenario(before, target)
    expect(failuresOf(half)).toEqual([])
    const armed = await fetch(`${sandbox.urls.shipstation}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
      body: JSON.stringify({ name: 'usps.rep-rejects' }),
    })
    expect(armed.status).toBe(201)
    const approve = await control('usps', `/rep/links/${half.variables.linkId}/approve`, tenant, {})
    expect(approve.status).toBe(200)
    expect(approve.body).toMatchObject({
      status: 'rejected',
      rejectionReason: REP_REJECTS_REASON,
      event: { delivered: true },
    })
    const after = await runScenario(rejectedTail(REP_REJECTS_REASON), target, { resume: half })
    expect(failuresOf(after)).toEqual([])
  })

  it('each edge entry of the catalogue, installed through another service, answers once over HTTP', async () => {
    const outcomes = await sweepEdgeCatalogue(sandbox.urls, globalThis.fetch, 'sweep-http')
    expect(
      outcomes.map((o) => ({ name: o.name, status: o.status, left: o.left, on: o.installedOn })),
    ).toEqual(
      EXPECTED_SWEEP.map((e) => ({
        name: e.name,
        status: e.status,
        left: 0,
        on: e.name.split('.')[0],
      })),
    )
    for (const [i, expected] of EXPECTED_SWEEP.entries()) {
      expect(outcomes[i]?.body).toContain(expected.body)
    }
  })
})
