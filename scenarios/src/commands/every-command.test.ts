import { Command } from 'commander'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createInProcessSandbox } from '../sandbox'
import { addClockCommand } from './clock'
import { addEventsCommand } from './events'
import { addFaultsCommand } from './faults'
import { addJournalCommand } from './journal'
import { addResetCommand } from './reset'
import { addSnapshotCommand } from './snapshot'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  process.exitCode = undefined
})

/**
 * The world commands parsed from argv as `partner-sandbox` parses them, the base URLs from the
 * environment `start` reads, the requests answered by an in-process sandbox.
 */
function cli() {
  const sandbox = createInProcessSandbox({ realTime: () => Date.parse('2026-06-01T00:00:00Z') })
  for (const [name, url] of Object.entries(sandbox.urls)) {
    vi.stubEnv(`${name.toUpperCase()}_PUBLIC_URL`, url)
  }
  vi.stubGlobal('fetch', sandbox.fetch)
  const printed: string[] = []
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => void printed.push(String(line)))
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => void printed.push(String(line)))
  const run = async (...argv: string[]) => {
    const program = new Command().exitOverride()
    addJournalCommand(program)
    addFaultsCommand(program)
    for (const add of [addClockCommand, addResetCommand, addSnapshotCommand, addEventsCommand])
      add(program)
    printed.length = 0
    process.exitCode = undefined
    await program.parseAsync(['node', 'partner-sandbox', ...argv])
    return { code: process.exitCode ?? 0, json: JSON.parse(printed.join('\n')) as unknown }
  }
  return { sandbox, run }
}

describe('every world command with --tenant and --json', () => {
  it('acts on the named tenant only and prints JSON a script can read', async () => {
    const { sandbox, run } = cli()
    const t = ['--tenant', 'team-a', '--json']
    expect(await run('clock', 'advance', '48h', ...t)).toMatchObject({
      code: 0,
      json: { tenant: 'team-a', now: '2026-06-03T00:00:00.000Z' },
    })
    expect((await run('clock', 'set', '2026-07-01T00:00:00Z', ...t)).json).toMatchObject({
      now: '2026-07-01T00:00:00.000Z',
    })
    expect((await run('clock', 'freeze', ...t)).json).toMatchObject({ frozen: true })
    expect((await run('clock', 'resume', ...t)).json).toMatchObject({ frozen: false })
    expect((await run('clock', ...t)).json).toMatchObject({ tenant: 'team-a' })
    // The default tenant's clock did not move.
    expect((await run('clock', '--json')).json).toMatchObject({
      tenant: 'default',
      now: '2026-06-01T00:00:00.000Z',
    })

    expect((await run('snapshot', 'save', 'two-days', ...t)).json).toMatchObject({
      services: { usps: 'saved', stamps: 'saved', shipstation: 'saved' },
    })
    expect((await run('snapshot', 'list', ...t)).json).toMatchObject([{ name: 'two-days' }])
    expect((await run('snapshot', 'list', '--json')).json).toEqual([])
    expect((await run('snapshot', 'fork', 'two-days', 'team-b', ...t)).code).toBe(0)
    expect((await run('clock', '--tenant', 'team-b', '--json')).json).toMatchObject({
      now: '2026-07-01T00:00:00.000Z',
    })
    expect((await run('snapshot', 'restore', 'two-days', ...t)).code).toBe(0)

    const added = await run('faults', 'add', '--name', 'usps.token-endpoint-down', ...t)
    expect(added.json).toMatchObject({ name: 'usps.token-endpoint-down', service: 'usps' })
    expect((await run('faults', 'list', ...t)).json).toMatchObject([
      { name: 'usps.token-endpoint-down' },
    ])
    expect((await run('faults', 'list', '--json')).json).toEqual([])
    expect((await run('faults', 'clear', ...t)).json).toEqual({ removed: 1 })

    const journal = (await run('journal', '--service', 'usps', ...t)).json as { path: string }[]
    expect(Array.isArray(journal)).toBe(true)

    const events = (await run('events', ...t)).json as { id: string; status: string }[]
    expect(events.length).toBeGreaterThan(0)
    expect((await run('events', '--pending', ...t)).json).toEqual([])
    const redelivered = await run('events', '--redeliver', events[0]?.id ?? '', ...t)
    expect(redelivered.code).toBe(0)

    expect((await run('reset', ...t)).json).toMatchObject({
      usps: { status: 'reset', tenant: 'team-a' },
      stamps: { status: 'reset', tenant: 'team-a' },
      shipstation: { status: 'reset', tenant: 'team-a' },
    })
    expect((await run('snapshot', 'list', ...t)).json).toMatchObject([{ name: 'two-days' }])
    await sandbox.close()
  })
})
