import { OutboxMessage } from '@partner-sandbox/shared'
import * as z from 'zod'
import { StepFailedError } from '../errors'
import type { Capture } from '../scenario-schema'
import type { Exchange, ScenarioClient } from './client'
import { jsonOf, readableText } from './describe'
import { valueAt } from './json-match'

/**
 * Reads one captured value: from the step's JSON body, a header (a `location` is made absolute),
 * the page text or final URL by regex, or the newest matching message of a service's outbox.
 *
 * @example
 * await captureValue({ source: 'json', json: 'account.id' }, exchange, client)
 */
export async function captureValue(
  capture: Capture,
  exchange: Exchange | undefined,
  client: ScenarioClient,
): Promise<string> {
  if (capture.source === 'outbox')
    return withRegex(await fromOutbox(capture.outbox, client), capture.regex, 'outbox message')
  if (!exchange)
    throw new StepFailedError(`this step made no request to capture ${capture.source} from`)
  switch (capture.source) {
    case 'json': {
      const value = valueAt(jsonOf(exchange), capture.json)
      if (value === undefined || value === null)
        throw new StepFailedError(`the JSON body has no ${capture.json}`)
      return withRegex(
        typeof value === 'object' ? JSON.stringify(value) : String(value),
        capture.regex,
        capture.json,
      )
    }
    case 'header': {
      const value = exchange.headers.get(capture.header)
      if (value === null) throw new StepFailedError(`the response has no ${capture.header} header`)
      const absolute =
        capture.header.toLowerCase() === 'location'
          ? new URL(value, exchange.url).toString()
          : value
      return withRegex(absolute, capture.regex, `the ${capture.header} header`)
    }
    case 'text':
      return withRegex(readableText(exchange), capture.text, 'the page text')
    case 'url':
      return withRegex(exchange.url, capture.url, 'the URL')
  }
}

const Outbox = z.array(OutboxMessage)

async function fromOutbox(
  pick: Extract<Capture, { source: 'outbox' }>['outbox'],
  client: ScenarioClient,
): Promise<string> {
  const url = new URL(client.resolve('/__sandbox/outbox', pick.service))
  if (pick.to) url.searchParams.set('to', pick.to)
  const exchange = await client.send({
    method: 'GET',
    url: url.toString(),
    follow: false,
    headers: { accept: 'application/json' },
  })
  const parsed = Outbox.safeParse(jsonOf(exchange))
  if (!parsed.success)
    throw new StepFailedError(
      `the ${pick.service} outbox answered ${exchange.status} ${exchange.body.slice(0, 2000)}`,
    )
  const to = pick.to?.toLowerCase()
  const subject = pick.subject?.toLowerCase()
  const message = parsed.data.find(
    (m) =>
      (!pick.channel || m.channel === pick.channel) &&
      (!to || m.to.toLowerCase() === to) &&
      (!subject || m.subject.toLowerCase().includes(subject)),
  )
  const who = `${pick.channel ?? 'message'}${pick.to ? ` to ${pick.to}` : ''}${pick.subject ? ` about "${pick.subject}"` : ''}`
  if (!message) throw new StepFailedError(`no ${who} in the ${pick.service} outbox`)
  const value = message[pick.field]
  if (value === undefined)
    throw new StepFailedError(`the newest ${who} ("${message.subject}") has no ${pick.field}`)
  client.outbox.push({ service: pick.service, ...message })
  return value
}

function withRegex(value: string, regex: string | undefined, where: string): string {
  if (!regex) return value
  const match = new RegExp(regex).exec(value)
  if (!match)
    throw new StepFailedError(`/${regex}/ found nothing in ${where}: "${value.slice(0, 2000)}"`)
  return match[1] ?? match[0]
}
