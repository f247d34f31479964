import { createServer } from 'node:net'
import { DEFAULT_PASSWORD_COST, type SandboxConfig, SERVICE_NAMES } from '@partner-sandbox/shared'

/** A port nothing listens on right now (bind 0, read, release). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
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
