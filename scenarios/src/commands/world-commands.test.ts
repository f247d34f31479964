import { afterEach, describe, expect, it } from 'vitest'
import { createInProcessSandbox, type InProcessSandbox } from '../sandbox'
import { clockCommand } from './clock'
import type { ControlOptions } from './control-client'
import { eventsCommand } from './events'
import { resetCommand } from './reset'
import { snapshotCommand } from './snapshot'

let sandbox: InProcessSandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})

/** Command options aimed at a fresh in-process sandbox, with the printed lines collected. */
function options(extra: Partial<ControlOptions> = {}) {
  sandbox = createInProcessSandbox({ realTime: () => Date.parse('2026-06-01T00:00:00Z') })
  const lines: string[] = []
  const opts: ControlOptions = {
    tenant: 'cli',
    baseUrls: sandbox.urls,
    fetch: sandbox.fetch,
    print: (line) => lines.push(line),
    ...extra,
  }
  return { opts, lines, sandbox }
}

describe('world commands', () => {
  it('clock advance, freeze, resume and show, readable', async () => {
    const { opts, lines } = options()
    expect(await clockCommand({ kind: 'advance', duration: '48h' }, opts)).toBe(0)
    expect(lines).toEqual([
      'Sandbox time of tenant cli: 2026-06-03 00:00 UTC',
      '  shipstation: synced',
      '  stamps: synced',
    ])
    expect(await clockCommand({ kind: 'freeze' }, opts)).toBe(0)
    expect(lines.at(-3)).toBe('Sandbox time of tenant cli: 2026-06-03 00:00 UTC (frozen)')
    await clockCommand({ kind: 'resume' }, opts)
    await clockCommand({ kind: 'show' }, opts)
    expect(lines.at(-1)).toBe('Sandbox time of tenant cli: 2026-06-03 00:00 UTC')
  })

  it('clock set with --json, and a refused value exits 1 with the reason', async () => {
    const { opts, lines } = options({ json: true })
    expect(await clockCommand({ kind: 'set', time: '2030-01-01T00:00:00Z' }, opts)).toBe(0)
    expect(JSON.parse(lines.join('\n'))).toMatchObject({
      now: '2030-01-01T00:00:00.000Z',
      frozen: false,
    })
    lines.length = 0
    expect(await clockCommand({ kind: 'advance', duration: '9999999999999999d' }, opts)).toBe(1)
    expect(lines.join('\n')).toContain('usps answered 400')
  })

  it('snapshot save, list, fork, restore, delete', async () => {
    const { opts, lines } = options()
    expect(await snapshotCommand({ kind: 'save', name: 'empty' }, opts)).toBe(0)
    expect(lines).toEqual([
      'Saved snapshot empty of tenant cli:',
      '  usps: saved',
      '  shipstation: saved',
      '  stamps: saved',
    ])
    lines.length = 0
    await snapshotCommand({ kind: 'list' }, opts)
    expect(lines[0]).toMatch(/^empty {2}sandbox time 2026-06-01 00:00 UTC {2}saved /)
    expect(await snapshotCommand({ kind: 'fork', name: 'empty', tenant: 'cli-2' }, opts)).toBe(0)
    expect(await snapshotCommand({ kind: 'restore', name: 'empty' }, opts)).toBe(0)
    expect(await snapshotCommand({ kind: 'delete', name: 'empty' }, opts)).toBe(0)
    lines.length = 0
    expect(await snapshotCommand({ kind: 'restore', name: 'empty' }, opts)).toBe(1)
    expect(lines[0]).toContain('usps answered 404: Tenant "cli" has no snapshot "empty"')
  })

  it('events lists the clock syncs, --pending filters, --redeliver sends one again', async () => {
    const { opts, lines } = options()
    await clockCommand({ kind: 'advance', duration: '1h' }, opts)
    lines.length = 0
    expect(await eventsCommand(opts)).toBe(0)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(
      / usps -> (stamps|shipstation) {2}sandbox\.clock_changed {2}delivered {2}attempts 1 {2}last 200$/,
    )
    lines.length = 0
    await eventsCommand({ ...opts, pending: true })
    expect(lines).toEqual(['No pending events in tenant cli.'])
    lines.length = 0
    await eventsCommand({ ...opts, json: true })
    const listed = JSON.parse(lines.join('\n')) as { id: string }[]
    lines.length = 0
    expect(await eventsCommand({ ...opts, redeliver: listed[0]?.id })).toBe(0)
    expect(lines[0]).toMatch(/from usps: delivered \(200\)$/)
    lines.length = 0
    expect(await eventsCommand({ ...opts, redeliver: 'nope' })).toBe(1)
    expect(lines[0]).toBe('No service of tenant cli has an event nope.')
  })

  it('reset empties the tenant in the three services', async () => {
    const { opts, lines } = options()
    await clockCommand({ kind: 'advance', duration: '1h' }, opts)
    lines.length = 0
    expect(await resetCommand(opts)).toBe(0)
    expect(lines).toEqual([
      'Tenant cli reset in shipstation, stamps, usps; its snapshots are kept.',
    ])
    await clockCommand({ kind: 'show' }, opts)
    expect(lines.at(-1)).toBe('Sandbox time of tenant cli: 2026-06-01 00:00 UTC')
  })
})
