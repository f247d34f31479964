import { SERVICE_NAMES } from '@partner-sandbox/shared'
import type { Command } from 'commander'
import {
  type ControlOptions,
  controlClient,
  controlOptionsOf,
  runControl,
  withControlOptions,
} from './control-client'

/**
 * `partner-sandbox reset`: empties the tenant in all three services and puts its clock back to real
 * time; the tenant's snapshots stay. Resolves to the exit code.
 *
 * @example
 * process.exitCode = await resetCommand({ tenant: 'qa' })
 */
export async function resetCommand(options: ControlOptions = {}) {
  const client = controlClient(options)
  return runControl(async () => {
    const answers: Record<string, unknown> = {}
    for (const service of SERVICE_NAMES)
      answers[service] = await client.ok(service, 'POST', '/reset')
    client.output(answers, () => [
      `Tenant ${client.tenant} reset in ${SERVICE_NAMES.join(', ')}; its snapshots are kept.`,
    ])
  }, options.print)
}

export function addResetCommand(program: Command): void {
  withControlOptions(program.command('reset'))
    .description("Empty the tenant's state in every service (snapshots are kept).")
    .action(async (raw: Record<string, unknown>) => {
      process.exitCode = await resetCommand(controlOptionsOf(raw))
    })
}
