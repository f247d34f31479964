import * as z from 'zod'
import { isBadPort } from './bad-ports'
import { isLoopbackHost } from './loopback'
import { DEFAULT_PASSWORD_COST, PasswordCost } from './password'
import type { ServiceName } from './peer'

export const DEFAULT_PORTS: Record<ServiceName, number> = {
  shipstation: 4000,
  stamps: 4100,
  usps: 4200,
}
export const SERVICE_NAMES: readonly ServiceName[] = ['shipstation', 'stamps', 'usps']

const Port = z.coerce
  .number()
  .int()
  .min(0)
  .max(65_535)
  .refine((port) => !isBadPort(port), {
    error: (issue) =>
      `port ${String(issue.input)} is on the WHATWG "bad ports" list: browsers and Node's fetch ` +
      'refuse to connect to it, so every redirect and back-channel call would fail. Choose another ' +
      'port (e.g. 4000-4200).',
  })
/** Long enough that guessing it over HTTP is hopeless. */
export const ADMIN_TOKEN_MIN_LENGTH = 16
const Url = z.url({ protocol: /^https?$/ })

export interface ServiceEndpoint {
  port: number
  host: string
  /** How browsers and the other services reach this one. */
  publicUrl: string
}

export interface SandboxConfig {
  services: Record<ServiceName, ServiceEndpoint>
  /** 'sqlite' keeps state in `<dataDir>/<service>.sqlite'; 'memory' forgets it on exit. */
  store: 'sqlite' | 'memory'
  dataDir: string
  /**
   * Guards the control plane (`/__sandbox/*`, the outbox page, the USPS representative's desk) when
   * set. Required when any service binds beyond loopback; unset on loopback, all of it is open.
   */
  adminToken?: string
  /** scrypt's N for new password hashes (`SANDBOX_PASSWORD_COST`). */
  passwordCost: number
}

const EnvSchema = z
  .object({
    SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
    SANDBOX_STORE: z.enum(['sqlite', 'memory']).default('sqlite'),
    SANDBOX_DATA_DIR: z.string().min(1).default('.data'),
    SANDBOX_PASSWORD_COST: PasswordCost.default(DEFAULT_PASSWORD_COST),
    SHIPSTATION_PORT: Port.default(DEFAULT_PORTS.shipstation),
    STAMPS_PORT: Port.default(DEFAULT_PORTS.stamps),
    USPS_PORT: Port.default(DEFAULT_PORTS.usps),
    SHIPSTATION_HOST: z.string().min(1).optional(),
    STAMPS_HOST: z.string().min(1).optional(),
    USPS_HOST: z.string().min(1).optional(),
    SHIPSTATION_PUBLIC_URL: Url.optional(),
    STAMPS_PUBLIC_URL: Url.optional(),
    USPS_PUBLIC_URL: Url.optional(),
    SANDBOX_ADMIN_TOKEN: z
      .string()
      .min(
        ADMIN_TOKEN_MIN_LENGTH,
        `use at least ${ADMIN_TOKEN_MIN_LENGTH} characters (e.g. \`openssl rand -hex 24\`).`,
      )
      .optional(),
  })
  .superRefine((e, ctx) => {
    const binds = {
      shipstation: e.SHIPSTATION_HOST ?? e.SANDBOX_HOST,
      stamps: e.STAMPS_HOST ?? e.SANDBOX_HOST,
      usps: e.USPS_HOST ?? e.SANDBOX_HOST,
    }
    const exposed = SERVICE_NAMES.filter((name) => !isLoopbackHost(binds[name]))
    if (exposed.length === 0 || e.SANDBOX_ADMIN_TOKEN) return
    const where = exposed.map((name) => `${name} on ${binds[name]}`).join(', ')
    ctx.addIssue({
      code: 'custom',
      path: ['SANDBOX_ADMIN_TOKEN'],
      message:
        `required when a service binds beyond loopback (${where}). Anyone who reaches the port ` +
        'could read every outbox (MFA codes included), approve NSA links and move clocks. Set ' +
        `SANDBOX_ADMIN_TOKEN to a secret of at least ${ADMIN_TOKEN_MIN_LENGTH} characters (e.g. ` +
        '`openssl rand -hex 24`), or bind 127.0.0.1.',
    })
  })

/**
 * Reads the sandbox configuration from the environment, once, at start-up. Every field has a
 * default; a bad value stops start-up with a message naming the variable.
 *
 * @example
 * const config = parseSandboxConfig(process.env)
 * config.services.usps.publicUrl // 'http://127.0.0.1:4200'
 */
export function parseSandboxConfig(
  env: Record<string, string | undefined>,
): Readonly<SandboxConfig> {
  const result = EnvSchema.safeParse(env)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new TypeError(`Invalid sandbox configuration:\n${lines.join('\n')}`)
  }
  const e = result.data
  const endpoint = (port: number, host: string | undefined, publicUrl: string | undefined) => {
    const bind = host ?? e.SANDBOX_HOST
    const shown = bind === '0.0.0.0' || bind === '::' ? '127.0.0.1' : bind
    return {
      port,
      host: bind,
      publicUrl: (publicUrl ?? `http://${shown}:${port}`).replace(/\/$/, ''),
    }
  }
  const services = {
    shipstation: endpoint(e.SHIPSTATION_PORT, e.SHIPSTATION_HOST, e.SHIPSTATION_PUBLIC_URL),
    stamps: endpoint(e.STAMPS_PORT, e.STAMPS_HOST, e.STAMPS_PUBLIC_URL),
    usps: endpoint(e.USPS_PORT, e.USPS_HOST, e.USPS_PUBLIC_URL),
  }
  return Object.freeze({
    services,
    store: e.SANDBOX_STORE,
    dataDir: e.SANDBOX_DATA_DIR,
    passwordCost: e.SANDBOX_PASSWORD_COST,
    ...(e.SANDBOX_ADMIN_TOKEN ? { adminToken: e.SANDBOX_ADMIN_TOKEN } : {}),
  })
}

/**
 * What start-up should warn about: a service whose public URL names another host than the one it
 * binds (bound to every interface but advertising 127.0.0.1, other machines get redirected to
 * themselves; bound to loopback but advertising a network name, nobody else can follow the links).
 *
 * @example
 * for (const line of configWarnings(config)) console.warn(line)
 */
export function configWarnings(config: SandboxConfig): string[] {
  const warnings: string[] = []
  for (const name of SERVICE_NAMES) {
    const { host, publicUrl } = config.services[name]
    const advertised = URL.canParse(publicUrl) ? new URL(publicUrl).hostname : host
    const wildcard = host === '0.0.0.0' || host === '::'
    if (wildcard && isLoopbackHost(advertised)) {
      warnings.push(
        `${name}: bound to ${host} but its public URL is ${publicUrl}; other machines following ` +
          `its links reach themselves. Set ${name.toUpperCase()}_PUBLIC_URL to the address they use.`,
      )
    } else if (!wildcard && isLoopbackHost(host) && !isLoopbackHost(advertised)) {
      warnings.push(
        `${name}: public URL ${publicUrl} but bound to ${host} only; nothing but this machine can ` +
          "reach it. Set SANDBOX_HOST (or the service's _HOST) to the interface that URL names.",
      )
    } else if (!wildcard && !isLoopbackHost(host) && advertised !== host.replace(/^\[|\]$/g, '')) {
      warnings.push(
        `${name}: bound to ${host} but its public URL is ${publicUrl}; check that this URL reaches ` +
          'that address (a proxy in front is fine).',
      )
    }
  }
  return warnings
}
