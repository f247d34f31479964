// src/cli.ts
import { SERVICE_NAMES } from '@partner-sandbox/shared'
import { Command, InvalidArgumentError, Option } from 'commander'
import { runCommand, startCommand } from './chunk-DLV7XGYJ.js'

function serviceList(value) {
  const names = value.split(',').map((s) => s.trim())
  const unknown = names.filter((n) => !SERVICE_NAMES.includes(n))
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `Unknown service ${unknown.join(', ')}; use ${SERVICE_NAMES.join(', ')}.`,
    )
  }
  return names
}
var program = new Command('partner-sandbox').description(
  'Fake USPS Business Portal, Stamps.com COP and ShipStation for the USPS NSA onboarding.',
)
program
  .command('start')
  .description('Serve the sandbox services over HTTP from one process.')
  .option('--memory', 'keep state in memory instead of SQLite files under .data/')
  .option('--only <services>', 'comma-separated services to start, e.g. usps', serviceList)
  .action(async (options) => {
    try {
      await startCommand(options)
    } catch (error) {
      console.error(`Cannot start the sandbox: ${error.message}`)
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
  .action(async (path, options) => {
    process.exitCode = await runCommand(path, {
      target: options.target === 'http' ? 'http' : 'in-process',
      baseUrls: {
        shipstation: options.baseUrlShipstation,
        stamps: options.baseUrlStamps,
        usps: options.baseUrlUsps,
      },
    })
  })
await program.parseAsync(process.argv)
//# sourceMappingURL=cli.js.map
