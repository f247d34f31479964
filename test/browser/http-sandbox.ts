import { createServer } from 'node:net'
import {
  parseSandboxConfig,
  type RunningService,
  runService,
  type SandboxConfig,
} from '@partner-sandbox/shared'
import { createApp as createShipStation } from '@partner-sandbox/shipstation'
import { createApp as createStamps } from '@partner-sandbox/stamps'
import { createApp as createUsps } from '@partner-sandbox/usps'

async function freePort(): Promise<number> {
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

/** The three services on free loopback ports with memory stores, as a person's browser meets them. */
export async function startBrowserSandbox(): Promise<{
  config: SandboxConfig
  close(): Promise<void>
}> {
  const config = parseSandboxConfig({
    SANDBOX_STORE: 'memory',
    SHIPSTATION_PORT: String(await freePort()),
    STAMPS_PORT: String(await freePort()),
    USPS_PORT: String(await freePort()),
  })
  const running: RunningService[] = [
    await runService(config, 'shipstation', createShipStation),
    await runService(config, 'stamps', createStamps),
    await runService(config, 'usps', createUsps),
  ]
  return { config, close: async () => void (await Promise.all(running.map((r) => r.close()))) }
}
