import {
  FAULT_CATALOGUE,
  type Fault,
  SERVICE_NAMES,
  type ServiceName,
} from '@partner-sandbox/shared'
import { type Command, InvalidArgumentError } from 'commander'
import {
  type ControlCommandOptions,
  controlTarget,
  parseService,
  runReporting,
} from './control-target'

export interface FaultsAddOptions extends ControlCommandOptions {
  service?: ServiceName
  /** A catalogue name, e.g. usps.token-endpoint-down; its service is implied. */
  name?: string
  method?: string
  path?: string
  status?: number
  body?: string
  header?: string[]
  delay?: number | [number, number]
  drop?: boolean
  malformed?: boolean
  times?: number
}

/**
 * `partner-sandbox faults add`: installs a fault by catalogue name or by method and path.
 *
 * @example
 * await faultsAdd({ name: 'usps.token-endpoint-down', times: 2 })
 */
export async function faultsAdd(options: FaultsAddOptions): Promise<void> {
  const target = controlTarget(options)
  let service: ServiceName
  let body: Record<string, unknown>
  if (options.name) {
    const entry = FAULT_CATALOGUE.find((e) => e.name === options.name)
    service = options.service ?? entry?.service ?? 'usps'
    body = { name: options.name, times: options.times }
  } else {
    if (!options.service || !options.path) {
      throw new Error(
        'Give --name <catalogue name>, or --service and --path (see faults catalogue).',
      )
    }
    service = options.service
    body = {
      method: options.method,
      path: options.path,
      status: options.status,
      body: options.body === undefined ? undefined : jsonOrText(options.body),
      headers: options.header ? Object.fromEntries(options.header.map(headerPair)) : undefined,
      delayMs: options.delay,
      drop: options.drop,
      malformed: options.malformed,
      times: options.times,
    }
  }
  const fault = (await target.call(service, '/faults', { method: 'POST', body })) as Fault
  target.print(options.json ? JSON.stringify(fault, null, 2) : `Installed ${faultLine(fault)}`)
}

/** `partner-sandbox faults list`: the tenant's faults on one service or all three. */
export async function faultsList(options: ControlCommandOptions & { service?: ServiceName }) {
  const target = controlTarget(options)
  const services = options.service ? [options.service] : SERVICE_NAMES
  const lists = await Promise.all(
    services.map((s) => target.call(s, '/faults') as Promise<Fault[]>),
  )
  const faults = lists.flat()
  if (options.json) return target.print(JSON.stringify(faults, null, 2))
  if (faults.length === 0) return target.print(`No faults installed for tenant ${target.tenant}.`)
  for (const fault of faults) target.print(faultLine(fault))
}

/** `partner-sandbox faults clear [--id]`: removes one fault or every fault of the tenant. */
export async function faultsClear(
  options: ControlCommandOptions & { service?: ServiceName; id?: string },
) {
  const target = controlTarget(options)
  const services = options.service ? [options.service] : SERVICE_NAMES
  const path = options.id ? `/faults/${encodeURIComponent(options.id)}` : '/faults'
  const answers = await Promise.all(
    services.map((s) =>
      (target.call(s, path, { method: 'DELETE' }) as Promise<{ removed: number }>).catch(
        (error: Error) => {
          // With --id and no --service, the fault lives on one service; the others have none.
          if (options.id && !options.service) return { removed: 0 }
          throw error
        },
      ),
    ),
  )
  const removed = answers.reduce((n, a) => n + a.removed, 0)
  if (options.json) return target.print(JSON.stringify({ removed }))
  target.print(`Removed ${removed} fault${removed === 1 ? '' : 's'} for tenant ${target.tenant}.`)
}

/** `partner-sandbox faults catalogue`: the named faults and what each does. */
export function faultsCatalogue(options: Pick<ControlCommandOptions, 'json' | 'print'>) {
  const print = options.print ?? console.log
  if (options.json) return print(JSON.stringify(FAULT_CATALOGUE, null, 2))
  for (const e of FAULT_CATALOGUE) print(`${e.name.padEnd(28)} ${e.summary}`)
}

/** `usps flt_1a2b3c4d  POST /oauth2/v3/token -> 503  2 left  (usps.token-endpoint-down)` */
export function faultLine(f: Fault): string {
  const what =
    f.kind === 'flag'
      ? 'domain flag'
      : `${f.method ?? '*'} ${f.path} -> ${f.drop ? 'drop' : f.malformed ? 'malformed' : (f.status ?? 'delay')}`
  const left = f.remaining === null ? 'until removed' : `${f.remaining} left`
  return `${f.service.padEnd(11)} ${f.id}  ${what}  ${left}${f.name ? `  (${f.name})` : ''}`
}

function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

function headerPair(text: string): [string, string] {
  const at = text.indexOf(':')
  if (at < 1) throw new InvalidArgumentError(`Write headers as name:value, not "${text}".`)
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()]
}

function delay(value: string): number | [number, number] {
  const match = /^(\d+)(?:-(\d+))?$/.exec(value)
  if (!match)
    throw new InvalidArgumentError('Write --delay as milliseconds (500) or a range (200-800).')
  return match[2] === undefined ? Number(match[1]) : [Number(match[1]), Number(match[2])]
}

const collect = (value: string, previous: string[] = []) => [...previous, value]

/** The `faults` command and its subcommands, for cli.ts. */
export function addFaultsCommand(program: Command): void {
  const faults = program
    .command('faults')
    .description('Install, list and remove faults (errors, delays, dropped connections).')
  const common = (command: Command) =>
    command
      .option('--tenant <tenant>', 'the tenant (default: default)')
      .option('--json', 'print JSON')
  common(faults.command('add'))
    .description('Install a fault: --name from the catalogue, or --service and --path.')
    .option('--name <name>', 'catalogue name, e.g. usps.token-endpoint-down')
    .option('--service <service>', SERVICE_NAMES.join(', '), parseService)
    .option('--method <method>', 'HTTP method, or * for any')
    .option('--path <path>', 'path, or a prefix ending in *')
    .option('--status <status>', 'status to answer', Number)
    .option('--body <body>', 'body to answer (JSON or text)')
    .option('--header <name:value>', 'header to answer (repeatable)', collect)
    .option('--delay <ms>', 'delay in ms, or a range such as 200-800', delay)
    .option('--drop', 'close the connection')
    .option('--malformed', 'answer a body that is not valid JSON')
    .option('--times <n>', 'how many requests it hits (default: until removed)', Number)
    .action((options: FaultsAddOptions) => runReporting(() => faultsAdd(options)))
  common(faults.command('list'))
    .description("List the tenant's faults with the uses left.")
    .option('--service <service>', SERVICE_NAMES.join(', '), parseService)
    .action((options) => runReporting(() => faultsList(options)))
  common(faults.command('clear'))
    .description("Remove the tenant's faults (all, or one with --id).")
    .option('--service <service>', SERVICE_NAMES.join(', '), parseService)
    .option('--id <id>', 'only this fault')
    .action((options) => runReporting(() => faultsClear(options)))
  faults
    .command('catalogue')
    .description('List the named business faults.')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => faultsCatalogue(options))
}
