import { type JournalEntry, SERVICE_NAMES, type ServiceName } from '@partner-sandbox/shared'
import type { Command } from 'commander'
import {
  type ControlCommandOptions,
  controlTarget,
  parseService,
  runReporting,
} from './control-target'

export interface JournalCommandOptions extends ControlCommandOptions {
  /** One service's journal; all three by default. */
  service?: ServiceName
  /** Keep polling and print new requests as they arrive. */
  follow?: boolean
  path?: string
  method?: string
  status?: string
  since?: string
  limit?: number
  /** --follow: poll interval, and how many polls before returning (tests); unbounded by default. */
  intervalMs?: number
  polls?: number
}

/**
 * `partner-sandbox journal`: the requests the services received for a tenant, oldest first, one
 * line per hop (`--json`: the entries, newest first, as `GET /__sandbox/journal` gives them).
 * `--follow` keeps printing new ones.
 *
 * @example
 * await journalCommand({ service: 'usps', path: '/oauth2/*' })
 */
export async function journalCommand(options: JournalCommandOptions = {}): Promise<void> {
  const target = controlTarget(options)
  const services = options.service ? [options.service] : SERVICE_NAMES
  const seen = new Set<string>()
  let since = options.since
  for (let poll = 0; ; poll++) {
    const query = new URLSearchParams()
    for (const key of ['path', 'method', 'status'] as const) {
      const value = options[key]
      if (value) query.set(key, value)
    }
    if (since) query.set('since', since)
    if (options.limit) query.set('limit', String(options.limit))
    const answers = await Promise.all(
      services.map(
        (s) => target.call(s, `/journal?${query}`) as Promise<{ entries: JournalEntry[] }>,
      ),
    )
    const entries = answers
      .flatMap((a) => a.entries)
      .filter((e) => !seen.has(e.id))
      .sort((a, b) => b.startedAt - a.startedAt)
    for (const e of entries) seen.add(e.id)
    if (options.json) {
      if (entries.length > 0 || !options.follow) target.print(JSON.stringify(entries, null, 2))
    } else {
      for (const e of [...entries].reverse()) target.print(journalLine(e))
      if (!options.follow && entries.length === 0) target.print('No requests recorded yet.')
    }
    const newest = entries[0]
    if (newest) since = new Date(Math.floor(newest.startedAt)).toISOString()
    if (!options.follow || (options.polls !== undefined && poll + 1 >= options.polls)) return
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 1_000))
  }
}

/** `08:30:01.250 browser -> usps  POST /oauth2/v3/token  503  2.1 ms  at+jwt  fault usps.token-endpoint-down` */
export function journalLine(e: JournalEntry): string {
  const hop = `${e.caller} -> ${e.service}`.padEnd(22)
  const status = e.status === 0 ? 'dropped' : String(e.status)
  const tokens = e.tokens.map((t) => t.kind).join(',')
  const fault = e.fault ? `  fault ${e.fault.name ?? e.fault.id}` : ''
  return `${e.at.slice(11, 23)} ${hop} ${e.method} ${e.url}  ${status}  ${e.durationMs} ms${tokens ? `  ${tokens}` : ''}${fault}`
}

/** The `journal` command with its options, for cli.ts. */
export function addJournalCommand(program: Command): void {
  program
    .command('journal')
    .description('Show the requests the services received for a tenant (the request journal).')
    .option(
      '--service <service>',
      `one of ${SERVICE_NAMES.join(', ')}; all three by default`,
      parseService,
    )
    .option('--tenant <tenant>', 'the tenant (default: default)')
    .option('--path <path>', 'only this path, or a prefix ending in *')
    .option('--method <method>', 'only this HTTP method')
    .option('--status <status>', 'only this status (0: dropped connections)')
    .option('--since <iso>', 'only requests that arrived at or after this time')
    .option('--limit <n>', 'at most n entries per service', Number)
    .option('--follow', 'keep printing new requests until Ctrl-C')
    .option('--json', 'print JSON for scripts')
    .action(async (options: JournalCommandOptions) => {
      await runReporting(() => journalCommand(options))
    })
}
