import {
  createInProcessSandbox,
  parseScenario,
  runFiles,
  type ScenarioRun,
  startHttpSandbox,
} from '@partner-sandbox/scenarios'
import { type OutboxMessage, type ServiceName, TENANT_HEADER } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { localSandboxConfig } from './support/free-port'

/**
 * Copy `n` of a sign-up scenario: with `email`, every copy registers that same address (only
 * separate tenants let them all pass, each reading its own codes); without, each signs up its own
 * generated customer (`qa-${run}@example.com`), so a leak shows as another copy's address.
 */
const signUp = (n: number, email?: string) =>
  parseScenario(`name: Sign up, own tenant ${n}
${email ? `variables:\n  email: ${email}\n` : ''}steps:
  - register:
  - verifyEmail:
  - verifyPhone:
  - name: The account is this tenant's alone
    service: shipstation
    request: GET /api/v1/account
    expect: { json: { email: '\${email}', emailVerified: true, phoneVerified: true } }
`)
const COPIES = 100

describe('scenarios side by side', () => {
  it('run in their own tenants on one shared server, with no leak between them', {
    timeout: 90_000,
  }, async () => {
    const sandbox = await startHttpSandbox(await localSandboxConfig('memory'))
    try {
      const copies = Array.from({ length: 12 }, (_, i) => signUp(i + 1, 'same-person@example.com'))
      const runs = await runFiles(copies, {
        http: { urls: sandbox.urls, fetch: globalThis.fetch },
        concurrency: 6,
      })
      expect(runs.filter((r) => !r.ok).map((r) => r.steps.at(-1)?.message)).toEqual([])
      expect(new Set(runs.map((r) => r.tenant)).size).toBe(12)
      const codes = runs.map((r) => r.variables.emailCode)
      expect(new Set(codes).size).toBeGreaterThan(1)
    } finally {
      await sandbox.close()
    }
  })

  it('100 at once, each in its own tenant of one shared in-process sandbox, with no leak', {
    timeout: 60_000,
  }, async () => {
    const sandbox = createInProcessSandbox()
    const control = async <T>(service: ServiceName, path: string, tenant: string) => {
      const res = await sandbox.fetch(`${sandbox.urls[service]}/__sandbox${path}`, {
        headers: { accept: 'application/json', [TENANT_HEADER]: tenant },
      })
      expect(res.status).toBe(200)
      return (await res.json()) as T
    }
    try {
      const copies = Array.from({ length: COPIES }, (_, i) => signUp(i + 1))
      // One sandbox for all (as over HTTP), so only the tenant keeps the copies apart.
      const runs: ScenarioRun[] = await runFiles(copies, {
        http: { urls: sandbox.urls, fetch: sandbox.fetch },
        concurrency: COPIES,
      })
      expect(runs.filter((r) => !r.ok).map((r) => `${r.name}: ${r.steps.at(-1)?.message}`)).toEqual(
        [],
      )
      expect(runs.map((r) => r.name)).toEqual(copies.map((c) => c.name))
      expect(new Set(runs.map((r) => r.tenant)).size).toBe(COPIES)
      const emails = runs.map((r) => r.variables.email)
      expect(new Set(emails).size).toBe(COPIES)
      expect(new Set(runs.map((r) => r.variables.emailCode)).size).toBeGreaterThan(1)

      let messages = 0
      for (const run of runs) {
        const tenant = run.tenant!
        // The outbox holds this copy's e-mail code and SMS code, addressed to it alone.
        const outbox = await control<OutboxMessage[]>('shipstation', '/outbox', tenant)
        expect(outbox.map((m) => m.channel).sort()).toEqual(['email', 'sms'])
        expect(outbox.find((m) => m.channel === 'email')?.to).toBe(run.variables.email)
        messages += outbox.length
        // Its journal holds exactly the ShipStation requests this copy's browser made.
        const journal = await control<{ tenant: string; entries: { path: string }[] }>(
          'shipstation',
          '/journal?path=/api/v1/account',
          tenant,
        )
        expect(journal.tenant).toBe(tenant)
        expect(journal.entries).toHaveLength(
          run.hops.filter((h) => h.to === 'shipstation' && h.url.endsWith('/api/v1/account'))
            .length,
        )
      }
      // The counts add up: two messages a copy, none left in the default tenant.
      expect(messages).toBe(2 * COPIES)
      expect(await control<OutboxMessage[]>('shipstation', '/outbox', 'default')).toEqual([])
    } finally {
      await sandbox.close()
    }
  })
})
