// The `partner-sandbox` command. Importing this file runs it with process.argv.
import { SERVICE_NAMES, type ServiceName } from '@partner-sandbox/shared'
import { Command, InvalidArgumentError, Option } from 'commander'
import { addClockCommand } from './commands/clock'
import { addEventsCommand } from './commands/events'
import { addResetCommand } from './commands/reset'
import { runCommand } from './commands/run'
import { addSnapshotCommand } from './commands/snapshot'
import { startCommand } from './commands/start'

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
      await startCommand(options)
    } catch (error) {
      // A taken port or a bad environment variable: say so plainly, without a stack trace.
      console.error(`Cannot start the sandbox: ${(error as Error).message}`)
      process.exitCode = 1
    }
  })

program
  .command('run')
  .description('Run a scenario file, or every .yaml/.yml scenario in a folder.')
  .argument('<path>', 'scenario file or folder')
  .addOption(
    new Option('--target <target>', 'where to run the scenarios')
      .choices(['in-process', 'http'])
      .default('in-process'),
  )
  .option('--base-url-shipstation <url>', 'ShipStation URL for --target http')
  .option('--base-url-stamps <url>', 'Stamps.com URL for --target http')
  .option('--base-url-usps <url>', 'USPS URL for --target http')
  .action(async (path: string, options: Record<string, string | undefined>) => {
    process.exitCode = await runCommand(path, {
      target: options.target === 'http' ? 'http' : 'in-process',
      baseUrls: {
        shipstation: options.baseUrlShipstation,
        stamps: options.baseUrlStamps,
        usps: options.baseUrlUsps,
      },
    })
  })

for (const add of [addClockCommand, addResetCommand, addSnapshotCommand, addEventsCommand])
  add(program)

await program.parseAsync(process.argv)
