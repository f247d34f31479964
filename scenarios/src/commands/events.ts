import { type PendingEvent, SERVICE_NAMES, type ServiceName } from '@partner-sandbox/shared'
import type { Command } from 'commander'
import {
  ControlCommandError,
  type ControlOptions,
  controlClient,
  controlOptionsOf,
  runControl,
  withControlOptions,
} from './control-client'

export interface EventsCommandOptions extends ControlOptions {
  pending?: boolean
  redeliver?: string
}

type ListedEvent = PendingEvent & { from: ServiceName }

/**
 * `partner-sandbox events [--pending] [--redeliver ID]`: the signed events the three services sent
 * each other in the tenant (attempts, last answer, next try), or one sent again. Exit code 1 when
 * a redelivered event was not delivered.
 *
 * @example
 * process.exitCode = await eventsCommand({ pending: true })
 */
export async function eventsCommand(options: EventsCommandOptions = {}) {
  const client = controlClient(options)
  return runControl(async () => {
    if (options.redeliver) {
      const id = encodeURIComponent(options.redeliver)
      for (const service of SERVICE_NAMES) {
        const answer = await client.call(service, 'POST', `/events/${id}/redeliver`)
        if (answer.status === 404) continue
        if (answer.status >= 400)
          throw new ControlCommandError(`${service} answered ${answer.status}.`)
        const delivery = answer.body as {
          delivered: boolean
          lastAnswer?: { status?: number; error?: string }
        }
        client.output({ from: service, ...delivery }, () => [
          `${options.redeliver} from ${service}: ${delivery.delivered ? 'delivered' : 'not delivered'} (${answerText(delivery.lastAnswer)})`,
        ])
        if (!delivery.delivered)
          throw new ControlCommandError('The receiver did not take it; it stays pending.')
        return
      }
      throw new ControlCommandError(
        `No service of tenant ${client.tenant} has an event ${options.redeliver}.`,
      )
    }
    const query = options.pending ? '?status=pending' : ''
    const events: ListedEvent[] = []
    for (const service of SERVICE_NAMES) {
      const list = (await client.ok(service, 'GET', `/events${query}`)) as PendingEvent[]
      events.push(...list.map((e) => ({ ...e, from: service })))
    }
    events.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    client.output(events, () =>
      events.length === 0
        ? [`No ${options.pending ? 'pending ' : ''}events in tenant ${client.tenant}.`]
        : events.map(
            (e) =>
              `${e.id}  ${e.from} -> ${e.peer}  ${e.event}  ${e.status}  attempts ${e.attempts}  last ${answerText(e.lastAnswer)}${e.nextAttemptAt ? `  next ${e.nextAttemptAt}` : ''}`,
          ),
    )
  }, options.print)
}

function answerText(answer: { status?: number; error?: string } | undefined): string {
  if (!answer) return '-'
  return answer.status !== undefined ? String(answer.status) : (answer.error ?? '-')
}

export function addEventsCommand(program: Command): void {
  withControlOptions(program.command('events'))
    .description('List the events the services sent each other, or send one again.')
    .option('--pending', 'only events not delivered yet')
    .option('--redeliver <id>', 'send this event again now')
    .action(async (raw: Record<string, unknown>) => {
      process.exitCode = await eventsCommand({
        ...controlOptionsOf(raw),
        pending: raw.pending === true,
        redeliver: raw.redeliver as string | undefined,
      })
    })
}
