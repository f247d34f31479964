import { describe, expect, it } from 'vitest'
import { createInProcessSandbox, IN_PROCESS_URLS } from '../sandbox'
import { faultsAdd, faultsCatalogue, faultsClear, faultsList } from './faults'
import { journalCommand } from './journal'

// The commands read base URLs from the same environment as `start`; here they name the
// in-process sandbox, whose fetch answers them without sockets.
const env = {
  SHIPSTATION_PUBLIC_URL: IN_PROCESS_URLS.shipstation,
  STAMPS_PUBLIC_URL: IN_PROCESS_URLS.stamps,
  USPS_PUBLIC_URL: IN_PROCESS_URLS.usps,
}

function setup() {
  const sandbox = createInProcessSandbox()
  const lines: string[] = []
  const options = { env, fetch: sandbox.fetch, print: (l: string) => lines.push(l), tenant: 'cli' }
  return { sandbox, lines, options }
}

describe('partner-sandbox faults', () => {
  it('adds by catalogue name on the service it names, lists with uses left, clears', async () => {
    const { sandbox, lines, options } = setup()
    await faultsAdd({ ...options, name: 'stamps.events-delayed', times: 2 })
    expect(lines.pop()).toMatch(
      /^Installed stamps\s+flt_\w+ {2}POST \/partner\/events -> 503 {2}2 left/,
    )
    await faultsAdd({
      ...options,
      service: 'usps',
      path: '/payments/*',
      status: 500,
      delay: [1, 2],
    })
    lines.pop()
    await faultsList(options)
    expect(lines.splice(0)).toEqual([
      expect.stringMatching(/^stamps .* 2 left {2}\(stamps\.events-delayed\)$/),
      expect.stringMatching(/^usps .* \* \/payments\/\* -> 500 {2}until removed$/),
    ])
    await faultsClear(options)
    expect(lines.pop()).toBe('Removed 2 faults for tenant cli.')
    await faultsList({ ...options, json: true })
    expect(JSON.parse(lines.pop() ?? '')).toEqual([])
    await sandbox.close()
  })

  it('says what is wrong when a fault is refused', async () => {
    const { sandbox, options } = setup()
    await expect(
      faultsAdd({ ...options, service: 'usps', path: '/__sandbox/reset', status: 500 }),
    ).rejects.toThrow(/usps refused POST \/__sandbox\/faults: .*never faulted/)
    await expect(faultsAdd({ ...options, path: '/x' })).rejects.toThrow(/--service and --path/)
    await sandbox.close()
  })

  it('prints the catalogue', () => {
    const lines: string[] = []
    faultsCatalogue({ print: (l) => lines.push(l) })
    expect(lines.find((l) => l.startsWith('usps.token-endpoint-down'))).toContain('503')
  })
})

describe('partner-sandbox journal', () => {
  it('prints one line per hop across the services, oldest first; --follow prints only new ones', async () => {
    const { sandbox, lines, options } = setup()
    const get = (url: string) => sandbox.fetch(url, { headers: { 'x-sandbox-tenant': 'cli' } })
    await get(`${IN_PROCESS_URLS.usps}/.well-known/jwks.json`)
    await get(`${IN_PROCESS_URLS.stamps}/__sandbox/health`)
    await journalCommand(options)
    expect(lines.splice(0)).toEqual([
      expect.stringMatching(/browser -> usps\s+GET \/.well-known\/jwks.json {2}200/),
      expect.stringMatching(/browser -> stamps\s+GET \/__sandbox\/health {2}200/),
    ])
    await journalCommand({ ...options, service: 'usps', json: true })
    expect(JSON.parse(lines.pop() ?? '')).toMatchObject([{ path: '/.well-known/jwks.json' }])

    const following = journalCommand({ ...options, follow: true, polls: 2, intervalMs: 30 })
    await get(`${IN_PROCESS_URLS.shipstation}/__sandbox/health`)
    await following
    expect(lines.filter((l) => l.includes('jwks'))).toHaveLength(1)
    expect(lines.some((l) => l.includes('browser -> shipstation'))).toBe(true)
    await sandbox.close()
  })
})
