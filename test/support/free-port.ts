import { createServer } from 'node:net'
import { DEFAULT_PASSWORD_COST, type SandboxConfig, SERVICE_NAMES } from '@partner-sandbox/shared'

// Below Linux's ephemeral range (32768-60999): a port picked there can be taken, between the pick
// and the listen, by any process's outgoing connection, and parallel test runs make many.
const LOW = 20_000
const HIGH = 32_000
const taken = new Set<number>()

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** A port nothing listens on right now, below the ephemeral range, never handed out twice here. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW))
    if (taken.has(port)) continue
    if (await canListen(port)) {
      taken.add(port)
      return port
    }
  }
  throw new Error(`no free port between ${LOW} and ${HIGH}`)
}

/**
 * A sandbox config on free local ports. The public URLs must be known before the apps are built
 * (they sign tokens with them), so ports are picked first rather than binding port 0.
 */
export async function localSandboxConfig(
  store: SandboxConfig['store'] = 'memory',
  dataDir = '.data',
): Promise<SandboxConfig> {
  const services = {} as SandboxConfig['services']
  for (const name of SERVICE_NAMES) {
    const port = await freePort()
    services[name] = { port, host: '127.0.0.1', publicUrl: `http://127.0.0.1:${port}` }
  }
  return { services, store, dataDir, passwordCost: DEFAULT_PASSWORD_COST }
}

/** The environment that makes `parseSandboxConfig` (and so the CLI) see the same ports. */
export function envOf(config: SandboxConfig): Record<string, string> {
  const env: Record<string, string> = {
    SANDBOX_HOST: '127.0.0.1',
    SANDBOX_STORE: config.store,
    SANDBOX_DATA_DIR: config.dataDir,
    SANDBOX_PASSWORD_COST: String(config.passwordCost),
  }
  for (const name of SERVICE_NAMES) {
    env[`${name.toUpperCase()}_PORT`] = String(config.services[name].port)
  }
  return env
}
