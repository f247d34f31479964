import { closeOnSignal, parseSandboxConfig, type ServiceName } from '@partner-sandbox/shared'
import { startHttpSandbox } from '../sandbox'

export interface StartCommandOptions {
  /** Keep state in memory instead of SQLite files under the data folder. */
  memory?: boolean
  only?: ServiceName[]
  env?: Record<string, string | undefined>
  print?: (line: string) => void
}

/**
 * `partner-sandbox start`: serves the services from one process (SQLite under `.data/` unless
 * --memory), prints their URLs and the time since the process started, and closes cleanly on Ctrl-C.
 *
 * @example
 * await startCommand({ only: ['usps'] })
 */
export async function startCommand(options: StartCommandOptions = {}): Promise<void> {
  const print = options.print ?? console.log
  const config = parseSandboxConfig(options.env ?? process.env)
  const sandbox = await startHttpSandbox(options.memory ? { ...config, store: 'memory' } : config, {
    only: options.only,
  })
  for (const running of Object.values(sandbox.services)) {
    print(`${running.service.padEnd(12)} ${config.services[running.service].publicUrl}`)
  }
  const where = options.memory || config.store === 'memory' ? 'in memory' : `in ${config.dataDir}/`
  print(`State kept ${where}. Ready in ${Math.round(performance.now())} ms`)
  closeOnSignal([sandbox])
}
