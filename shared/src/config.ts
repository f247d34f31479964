import { z } from 'zod'
import { DEFAULT_PASSWORD_COST, PasswordCost } from './password'
import type { ServiceName } from './peer'

export const DEFAULT_PORTS: Record<ServiceName, number> = {
  shipstation: 4000,
  stamps: 4100,
  usps: 4200,
}
export const SERVICE_NAMES: readonly ServiceName[] = ['shipstation', 'stamps', 'usps']

const Port = z.coerce.number().int().min(0).max(65_535)
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
  /** scrypt's N for new password hashes (`SANDBOX_PASSWORD_COST`). */
  passwordCost: number
}

const EnvSchema = z.object({
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
  return Object.freeze({
    services: {
      shipstation: endpoint(e.SHIPSTATION_PORT, e.SHIPSTATION_HOST, e.SHIPSTATION_PUBLIC_URL),
      stamps: endpoint(e.STAMPS_PORT, e.STAMPS_HOST, e.STAMPS_PUBLIC_URL),
      usps: endpoint(e.USPS_PORT, e.USPS_HOST, e.USPS_PUBLIC_URL),
    },
    store: e.SANDBOX_STORE,
    dataDir: e.SANDBOX_DATA_DIR,
    passwordCost: e.SANDBOX_PASSWORD_COST,
  })
}
