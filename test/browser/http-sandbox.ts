import { startHttpSandbox } from '@partner-sandbox/scenarios'
import type { SandboxConfig } from '@partner-sandbox/shared'
import { localSandboxConfig } from '../support/free-port'

/** The three services on free loopback ports with memory stores, as a person's browser meets them. */
export async function startBrowserSandbox(): Promise<{
  config: SandboxConfig
  close(): Promise<void>
}> {
  const config = await localSandboxConfig('memory')
  const sandbox = await startHttpSandbox(config)
  return { config, close: () => sandbox.close() }
}
