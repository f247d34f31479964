import { parseScenario, runFiles, startHttpSandbox } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { localSandboxConfig } from './support/free-port'

// Every copy registers the same e-mail address: only separate tenants let them all pass, and
// each must read its own codes from the outbox, not another scenario's.
const SAME_EMAIL = `name: Same e-mail, own tenant
variables:
  email: same-person@example.com
steps:
  - register:
  - verifyEmail:
  - verifyPhone:
  - name: The account is this tenant's alone
    service: shipstation
    request: GET /api/v1/account
    expect: { json: { email: same-person@example.com, emailVerified: true, phoneVerified: true } }
`

describe('scenarios side by side', () => {
  it('run in their own tenants on one shared server, with no leak between them', {
    timeout: 90_000,
  }, async () => {
    const sandbox = await startHttpSandbox(await localSandboxConfig('memory'))
    try {
      const copies = Array.from({ length: 12 }, (_, i) =>
        parseScenario(SAME_EMAIL.replace('own tenant', `own tenant ${i + 1}`)),
      )
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
})
