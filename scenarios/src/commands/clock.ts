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

interface ClockAnswer {
  now: string
  tenant: string
  frozen: boolean
  peers?: Record<string, string>
}

export type ClockAction =
  | { kind: 'show' }
  | { kind: 'advance'; duration: string }
  | { kind: 'set'; time: string }
  | { kind: 'freeze' }
  | { kind: 'resume' }

/**
 * `partner-sandbox clock [advance 48h | set <ISO> | freeze | resume]`: shows or moves the tenant's
 * one sandbox time (through USPS, which tells the other two). Resolves to the exit code.
 *
 * @example
 * process.exitCode = await clockCommand({ kind: 'advance', duration: '48h' }, { tenant: 'qa' })
 */
export async function clockCommand(action: ClockAction, options: ControlOptions = {}) {
  const client = controlClient(options)
  return runControl(async () => {
    const change =
      action.kind === 'advance'
        ? { advance: action.duration }
        : action.kind === 'set'
          ? { set: action.time }
          : action.kind === 'show'
            ? undefined
            : { freeze: action.kind === 'freeze' }
    const answer = (
      change
        ? await client.ok('usps', 'POST', '/clock', change)
        : await client.ok('usps', 'GET', '/clock')
    ) as ClockAnswer
    client.output(answer, () => [
      `Sandbox time of tenant ${answer.tenant}: ${shownTime(answer.now)}${answer.frozen ? ' (frozen)' : ''}`,
      ...outcomeLines(answer.peers),
    ])
  }, options.print)
}

/** Adds `clock` and its subcommands to the program. */
export function addClockCommand(program: Command): void {
  const clock = withControlOptions(
    program.command('clock').description("Show or move the tenant's sandbox time (all services)."),
  )
  const run =
    (action: ClockAction) =>
    async (...args: unknown[]) => {
      const command = args.at(-1) as Command
      process.exitCode = await clockCommand(action, controlOptionsOf(command.optsWithGlobals()))
    }
  clock.action(run({ kind: 'show' }))
  withControlOptions(clock.command('advance').argument('<duration>', 'e.g. 48h, 90m, 2d'))
    .description('Move the time forward.')
    .action(async (duration: string, ...rest: unknown[]) =>
      run({ kind: 'advance', duration })(...rest),
    )
  withControlOptions(clock.command('set').argument('<time>', 'ISO 8601, e.g. 2027-01-01T09:00:00Z'))
    .description('Set the time, forwards or backwards.')
    .action(async (time: string, ...rest: unknown[]) => run({ kind: 'set', time })(...rest))
  withControlOptions(clock.command('freeze'))
    .description('Stop the time.')
    .action(run({ kind: 'freeze' }))
  withControlOptions(clock.command('resume'))
    .description('Start it again.')
    .action(run({ kind: 'resume' }))
}
