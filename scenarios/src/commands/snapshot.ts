import type { SnapshotSummary } from '@partner-sandbox/shared'
import type { Command } from 'commander'
import {
  type ControlOptions,
  controlClient,
  controlOptionsOf,
  outcomeLines,
  runControl,
  shownTime,
  withControlOptions,
} from './control-client'

export type SnapshotAction =
  | { kind: 'save' | 'restore' | 'delete'; name: string }
  | { kind: 'fork'; name: string; tenant: string }
  | { kind: 'list' }

interface FanOutAnswer {
  services?: Record<string, string>
}

/**
 * `partner-sandbox snapshot save|restore|fork|list|delete`: the tenant's whole world (all three
 * services, through USPS, which fans out to the others). Resolves to the exit code.
 *
 * @example
 * process.exitCode = await snapshotCommand({ kind: 'fork', name: 'approved', tenant: 'trainee-1' })
 */
export async function snapshotCommand(action: SnapshotAction, options: ControlOptions = {}) {
  const client = controlClient(options)
  return runControl(async () => {
    if (action.kind === 'list') {
      const list = (await client.ok('usps', 'GET', '/snapshots')) as SnapshotSummary[]
      client.output(list, () =>
        list.length === 0
          ? [`Tenant ${client.tenant} has no snapshots.`]
          : list.map(
              (s) => `${s.name}  sandbox time ${shownTime(s.sandboxTime)}  saved ${s.savedAt}`,
            ),
      )
      return
    }
    const path = `/snapshots/${encodeURIComponent(action.name)}`
    const answer = (
      action.kind === 'save'
        ? await client.ok('usps', 'POST', '/snapshots', { name: action.name })
        : action.kind === 'delete'
          ? await client.ok('usps', 'DELETE', path)
          : action.kind === 'fork'
            ? await client.ok('usps', 'POST', `${path}/fork`, { tenant: action.tenant })
            : await client.ok('usps', 'POST', `${path}/restore`)
    ) as FanOutAnswer
    const done = {
      save: `Saved snapshot ${action.name} of tenant ${client.tenant}:`,
      restore: `Restored snapshot ${action.name} in tenant ${client.tenant}:`,
      delete: `Deleted snapshot ${action.name} of tenant ${client.tenant}:`,
      fork: `Forked snapshot ${action.name} of tenant ${client.tenant} into tenant ${'tenant' in action ? action.tenant : ''}:`,
    }[action.kind]
    client.output(answer, () => [done, ...outcomeLines(answer.services)])
  }, options.print)
}

export function addSnapshotCommand(program: Command): void {
  const snapshot = program.command('snapshot').description("Save and restore the tenant's world.")
  const run = (action: SnapshotAction) => async (raw: Record<string, unknown>) => {
    process.exitCode = await snapshotCommand(action, controlOptionsOf(raw))
  }
  for (const kind of ['save', 'restore', 'delete'] as const) {
    withControlOptions(snapshot.command(kind).argument('<name>', 'snapshot name'))
      .description(`${kind[0]?.toUpperCase()}${kind.slice(1)} a snapshot of the tenant.`)
      .action(async (name: string, raw: Record<string, unknown>) => run({ kind, name })(raw))
  }
  withControlOptions(
    snapshot
      .command('fork')
      .argument('<name>', 'snapshot name')
      .argument('<tenant>', 'the new tenant'),
  )
    .description('Copy a snapshot into a new tenant, which then goes its own way.')
    .action(async (name: string, tenant: string, raw: Record<string, unknown>) =>
      run({ kind: 'fork', name, tenant })(raw),
    )
  withControlOptions(snapshot.command('list'))
    .description("List the tenant's snapshots.")
    .action(async (raw: Record<string, unknown>) => run({ kind: 'list' })(raw))
}
