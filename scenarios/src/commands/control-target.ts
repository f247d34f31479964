import {
  DEFAULT_TENANT,
  type FetchLike,
  parseSandboxConfig,
  SERVICE_NAMES,
  type ServiceName,
  TENANT_HEADER,
} from '@partner-sandbox/shared'
import { InvalidArgumentError } from 'commander'

/** What the journal and faults commands need to reach the control API of the running sandbox. */
export interface ControlCommandOptions {
  tenant?: string
  json?: boolean
  /** Defaults to process.env: the same config `partner-sandbox start` reads. */
  env?: Record<string, string | undefined>
  fetch?: FetchLike
  print?: (line: string) => void
}

export interface ControlTarget {
  tenant: string
  print: (line: string) => void
  /** Calls `/__sandbox<path>` on `service` for the tenant; a refusal throws its detail. */
  call(
    service: ServiceName,
    path: string,
    init?: { method?: string; body?: unknown },
  ): Promise<unknown>
}

/**
 * The control API of the sandbox `partner-sandbox start` serves: base URLs from the same
 * environment (shared/src/config.ts), the tenant in `X-Sandbox-Tenant`.
 *
 * @example
 * const target = controlTarget({ tenant: 'team-a' })
 * await target.call('usps', '/faults')
 */
export function controlTarget(options: ControlCommandOptions): ControlTarget {
  const config = parseSandboxConfig(options.env ?? process.env)
  const fetch = options.fetch ?? globalThis.fetch
  const tenant = options.tenant ?? DEFAULT_TENANT
  return {
    tenant,
    print: options.print ?? console.log,
    async call(service, path, init = {}) {
      const url = `${config.services[service].publicUrl}/__sandbox${path}`
      let res: Response
      try {
        res = await fetch(url, {
          method: init.method ?? 'GET',
          headers: {
            accept: 'application/json',
            [TENANT_HEADER]: tenant,
            ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
        })
      } catch (cause) {
        throw new Error(
          `${service} is not answering at ${url}; is the sandbox running (npm start)?`,
          {
            cause,
          },
        )
      }
      const body: unknown = await res.json().catch(() => undefined)
      if (!res.ok) {
        const detail = (body as { detail?: string } | undefined)?.detail ?? `HTTP ${res.status}`
        throw new Error(`${service} refused ${init.method ?? 'GET'} /__sandbox${path}: ${detail}`)
      }
      return body
    },
  }
}

/** Parses a --service value. */
export function parseService(value: string): ServiceName {
  if (!SERVICE_NAMES.includes(value as ServiceName)) {
    throw new InvalidArgumentError(`Unknown service ${value}; use ${SERVICE_NAMES.join(', ')}.`)
  }
  return value as ServiceName
}

/** Runs a control command; a refusal or an unreachable service is one line on stderr and exit 1. */
export async function runReporting(run: () => Promise<void>): Promise<void> {
  try {
    await run()
  } catch (error) {
    console.error((error as Error).message)
    process.exitCode = 1
  }
}
