import {
  createInProcessSandbox,
  type InProcessSandbox,
  runScenario,
} from '@partner-sandbox/scenarios'
import type { JournalEntry, ServiceName } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { failuresOf, getJson, happyPathHalves, loadHappyPath } from './support/happy-path'

async function call(
  sandbox: InProcessSandbox,
  service: ServiceName,
  path: string,
  tenant: string,
  init: { method?: string; body?: unknown; accept?: string } = {},
) {
  return sandbox.fetch(`${sandbox.urls[service]}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      'x-sandbox-tenant': tenant,
      accept: init.accept ?? 'application/json',
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
}

describe('journal across the services, in process', () => {
  it('records every hop of an onboarding with its caller, and the view draws them from all three journals', {
    timeout: 60_000,
  }, async () => {
    const sandbox = createInProcessSandbox()
    const tenant = 'view'
    const result = await runScenario(await loadHappyPath(), { ...sandbox, tenant })
    expect(failuresOf(result)).toEqual([])

    const journal = async (service: ServiceName, query = '') =>
      (
        (await (await call(sandbox, service, `/__sandbox/journal${query}`, tenant)).json()) as {
          entries: JournalEntry[]
        }
      ).entries
    const sso = (await journal('stamps', '?path=/sso')).at(-1)
    expect(sso?.caller).toBe('browser')
    expect(sso?.url).toMatch(/^\/sso\?token=\*\*\*/)
    expect(sso?.tokens[0]).toMatchObject({ where: 'query:token', kind: 'sso+jwt' })
    const events = await journal('shipstation', '?path=/partner/events')
    expect(events.map((e) => e.caller)).toContain('stamps')
    expect(events.flatMap((e) => e.tokens.map((t) => t.kind))).toContain('event+jwt')
    expect((await journal('usps', '?path=/oauth2/v3/token'))[0]?.caller).toBe('stamps')

    const page = await call(sandbox, 'stamps', '/__sandbox/journal/view', tenant, {
      accept: 'text/html',
    })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<svg')
    for (const lane of ['Browser', 'ShipStation', 'Stamps.com', 'USPS'])
      expect(html).toContain(`>${lane}</text>`)
    expect(html).toContain('Stamps.com → USPS')
    expect(html).toContain('Browser → ShipStation')
    expect(html).toContain('POST /oauth2/v3/token 200')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('could not be fetched')
    expect(html).not.toContain('auctane-sandbox-secret')
    // Newest first in the list: the last hop of the run is the first row.
    const rows = [...html.matchAll(/<tr id="(\w+-\d+)">/g)].map((m) => m[1])
    expect(rows.length).toBeGreaterThan(40)

    const outbox = await (
      await call(sandbox, 'usps', '/__sandbox/outbox', tenant, { accept: 'text/html' })
    ).text()
    expect(outbox).toContain('href="/__sandbox/journal/view"')
    await sandbox.close()
  })

  it('stamps.events-delayed: Stamps.com answers 503 to the approval event; USPS keeps it, nothing is lost', {
    timeout: 60_000,
  }, async () => {
    const sandbox = createInProcessSandbox()
    const tenant = 'late-events'
    const [before] = await happyPathHalves('Find the pending NSA link in the USPS control API')
    const half = await runScenario(before, { ...sandbox, tenant })
    expect(failuresOf(half)).toEqual([])
    // Installed from ShipStation: the catalogue entry belongs to Stamps.com, so it is passed on.
    const installed = await call(sandbox, 'shipstation', '/__sandbox/faults', tenant, {
      body: { name: 'stamps.events-delayed', times: 1 },
    })
    expect(installed.status).toBe(201)
    expect(await installed.json()).toMatchObject({ service: 'stamps', remaining: 1 })

    const links = (await (await call(sandbox, 'usps', '/__sandbox/nsa-links', tenant)).json()) as {
      id: string
    }[]
    const approve = await call(
      sandbox,
      'usps',
      `/__sandbox/nsa-links/${links[0]?.id}/approve`,
      tenant,
      {
        method: 'POST',
      },
    )
    expect(approve.status).toBeLessThan(300)
    const refused = await call(
      sandbox,
      'stamps',
      '/__sandbox/journal/count?path=/partner/events&status=503',
      tenant,
    )
    expect(await refused.json()).toMatchObject({ count: 1 })
    const connection = await getJson(half, `${sandbox.urls.stamps}/api/v1/connection`)
    expect(connection).toMatchObject({ status: 'approval_pending' })
    const pending = await (await call(sandbox, 'usps', '/__sandbox/events', tenant)).text()
    expect(pending).toContain('pending')
    expect(pending).toContain('503')
    expect(await (await call(sandbox, 'stamps', '/__sandbox/faults', tenant)).json()).toEqual([])
    await sandbox.close()
  })
})
