import {
  type FetchLike,
  parseSandboxConfig,
  SERVICE_NAMES,
  type ServiceName,
} from '@partner-sandbox/shared'
import { type Command, Option } from 'commander'

/** What every world command takes: the tenant, the URLs (from the same config as `start`), output. */
export interface ControlOptions {
  tenant?: string
  json?: boolean
  baseUrls?: Partial<Record<ServiceName, string>>
  env?: Record<string, string | undefined>
  fetch?: FetchLike
  print?: (line: string) => void
}

export interface ControlAnswer {
  service: ServiceName
  status: number
  body: unknown
}

/** The command could not do what was asked; the message is for the terminal, exit code 1. */
export class ControlCommandError extends Error {
  override readonly name = 'ControlCommandError'
}

/**
 * Calls the control API of the sandbox services over HTTP, at the URLs `start` serves them on
 * (SANDBOX_HOST, *_PORT, *_PUBLIC_URL), in the tenant given.
 */
export function controlClient(options: ControlOptions) {
  const config = parseSandboxConfig(options.env ?? process.env)
  const fetch = options.fetch ?? globalThis.fetch
  const urlOf = (service: ServiceName) =>
    (options.baseUrls?.[service] ?? config.services[service].publicUrl).replace(/\/$/, '')
  const tenant = options.tenant ?? 'default'
  const print = options.print ?? console.log

  async function call(
    service: ServiceName,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ControlAnswer> {
    const url = `${urlOf(service)}/__sandbox${path}`
    let res: Response
    try {
      res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch {
      throw new ControlCommandError(
        `Cannot reach ${service} at ${urlOf(service)}: is \`partner-sandbox start\` running?`,
      )
    }
    const text = await res.text()
    const parsed: unknown = text ? JSON.parse(text) : undefined
    return { service, status: res.status, body: parsed }
  }

  /** Like call, but a 4xx/5xx answer becomes the error it describes (problem+json `detail`). */
  async function ok(service: ServiceName, method: string, path: string, body?: unknown) {
    const answer = await call(service, method, path, body)
    if (answer.status >= 400) {
      const problem = answer.body as { detail?: string } | undefined
      throw new ControlCommandError(
        `${service} answered ${answer.status}: ${problem?.detail ?? ''}`,
      )
    }
    return answer.body
  }

  /** Prints `value` as JSON with --json, else the readable lines. */
  function output(value: unknown, lines: () => string[]) {
    if (options.json) print(JSON.stringify(value, null, 2))
    else for (const line of lines()) print(line)
  }

  return { call, ok, output, tenant, print }
}

/** Runs a command action: a ControlCommandError prints its message and exits 1, nothing else. */
export async function runControl(
  action: () => Promise<void>,
  print = console.error,
): Promise<number> {
  try {
    await action()
    return 0
  } catch (error) {
    if (!(error instanceof ControlCommandError)) throw error
    print(error.message)
    return 1
  }
}

/** The options every world command has. */
export function withControlOptions(command: Command): Command {
  command
    .option('--tenant <name>', 'sandbox tenant (default: default)')
    .option('--json', 'print JSON for scripts')
  for (const name of SERVICE_NAMES) {
    command.addOption(
      new Option(`--base-url-${name} <url>`, `${name} URL (default from the environment)`),
    )
  }
  return command
}

/** Commander's parsed options as ControlOptions. */
export function controlOptionsOf(raw: Record<string, unknown>): ControlOptions {
  return {
    tenant: raw.tenant as string | undefined,
    json: raw.json === true,
    baseUrls: {
      shipstation: raw.baseUrlShipstation as string | undefined,
      stamps: raw.baseUrlStamps as string | undefined,
      usps: raw.baseUrlUsps as string | undefined,
    },
  }
}

/** "2026-06-03 00:00 UTC" */
export function shownTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`
}

/** "  stamps: synced" lines for a peers/services map. */
export function outcomeLines(outcomes: Record<string, string> | undefined): string[] {
  return Object.entries(outcomes ?? {}).map(([name, outcome]) => `  ${name}: ${outcome}`)
}
