// The `partner-sandbox` command. Importing this file runs it with process.argv.
// start, run and validate load their modules when chosen: start never pays for the scenario
// runner, YAML and the reporters, nor `run` for the HTTP servers (start-up time, issue 11).
import { SERVICE_NAMES, type ServiceName } from '@partner-sandbox/shared'
import { Command, InvalidArgumentError, Option } from 'commander'
import { addClockCommand } from './commands/clock'
import { addEventsCommand } from './commands/events'
import { addFaultsCommand } from './commands/faults'
import { addJournalCommand } from './commands/journal'
import { REPORTERS, type ReporterName } from './commands/reporter-names'
import { addResetCommand } from './commands/reset'
import { addSnapshotCommand } from './commands/snapshot'

interface RunFlags {
  target?: string
  baseUrlShipstation?: string
  baseUrlStamps?: string
  baseUrlUsps?: string
  concurrency?: number
  grep?: string
  tag: string[]
  reporter: ReporterName[]
  output: string
}

function positiveInteger(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Use a whole number from 1.')
  return n
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

function reporterList(value: string, previous: ReporterName[]): ReporterName[] {
  const names = value.split(',').map((s) => s.trim())
  const unknown = names.filter((n) => !REPORTERS.includes(n as ReporterName))
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `Unknown reporter ${unknown.join(', ')}; use ${REPORTERS.join(', ')}.`,
    )
  }
  return [...previous, ...(names as ReporterName[])]
}

function serviceList(value: string): ServiceName[] {
  const names = value.split(',').map((s) => s.trim())
  const unknown = names.filter((n) => !SERVICE_NAMES.includes(n as ServiceName))
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `Unknown service ${unknown.join(', ')}; use ${SERVICE_NAMES.join(', ')}.`,
    )
  }
  return names as ServiceName[]
}

const program = new Command('partner-sandbox').description(
  'Fake USPS Business Portal, Stamps.com COP and ShipStation for the USPS NSA onboarding.',
)

program
  .command('start')
  .description('Serve the sandbox services over HTTP from one process.')
  .option('--memory', 'keep state in memory instead of SQLite files under .data/')
  .option('--only <services>', 'comma-separated services to start, e.g. usps', serviceList)
  .action(async (options: { memory?: boolean; only?: ServiceName[] }) => {
    try {
      const { startCommand } = await import('./commands/start')
      await startCommand(options)
    } catch (error) {
      // A taken port or a bad environment variable: say so plainly, without a stack trace.
      console.error(`Cannot start the sandbox: ${(error as Error).message}`)
      process.exitCode = 1
    }
  })

program
  .command('run')
  .description('Run scenario files, or every .yaml/.yml scenario directly inside folders.')
  .argument('<paths...>', 'scenario files or folders')
  .addOption(
    new Option('--target <target>', 'where to run the scenarios')
      .choices(['in-process', 'http'])
      .default('in-process'),
  )
  .option('--base-url-shipstation <url>', 'ShipStation URL for --target http')
  .option('--base-url-stamps <url>', 'Stamps.com URL for --target http')
  .option('--base-url-usps <url>', 'USPS URL for --target http')
  .option('--concurrency <n>', 'scenarios run at once (default: the CPUs)', positiveInteger)
  .option('--grep <regex>', 'only scenarios whose name matches')
  .option('--tag <tag>', 'only scenarios with this tag (repeatable)', collect, [])
  .option(
    '--reporter <names>',
    `reports to write besides the terminal: ${REPORTERS.filter((r) => r !== 'pretty').join(', ')} (repeatable, or comma-separated)`,
    reporterList,
    [],
  )
  .option('--output <dir>', 'folder for the report files', 'scenario-reports')
  .action(async (paths: string[], options: RunFlags) => {
    const { runCommand } = await import('./commands/run')
    process.exitCode = await runCommand(paths, {
      target: options.target === 'http' ? 'http' : 'in-process',
      baseUrls: {
        shipstation: options.baseUrlShipstation,
        stamps: options.baseUrlStamps,
        usps: options.baseUrlUsps,
      },
      concurrency: options.concurrency,
      grep: options.grep,
      tags: options.tag,
      reporters: options.reporter,
      output: options.output,
    })
  })

program
  .command('validate')
  .description('Check scenario files against the schema without running them.')
  .argument('<paths...>', 'scenario files or folders')
  .action(async (paths: string[]) => {
    const { validateCommand } = await import('./commands/validate')
    process.exitCode = await validateCommand(paths)
  })

addJournalCommand(program)
addFaultsCommand(program)
for (const add of [addClockCommand, addResetCommand, addSnapshotCommand, addEventsCommand])
  add(program)

await program.parseAsync(process.argv)
