import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startHttpSandbox } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { envOf, localSandboxConfig } from './support/free-port'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(ROOT, 'scenarios/bin/partner-sandbox.js')

function cli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

describe('partner-sandbox clock, snapshot and events against running servers', () => {
  it('moves the clock of one tenant everywhere and saves its world', {
    timeout: 90_000,
  }, async () => {
    const config = await localSandboxConfig('memory')
    const sandbox = await startHttpSandbox(config)
    try {
      const env = envOf(config)
      const clock = await cli(['clock', 'advance', '48h', '--tenant', 'cli-http', '--json'], env)
      expect(clock.stderr).toBe('')
      expect(JSON.parse(clock.stdout)).toMatchObject({
        tenant: 'cli-http',
        peers: { stamps: 'synced', shipstation: 'synced' },
      })
      const res = await fetch(`${config.services.shipstation.publicUrl}/__sandbox/clock`, {
        headers: { 'x-sandbox-tenant': 'cli-http' },
      })
      const { now } = (await res.json()) as { now: string }
      expect(Date.parse(now) - Date.now()).toBeGreaterThan(47 * 3_600_000)

      const save = await cli(['snapshot', 'save', 'two-days', '--tenant', 'cli-http'], env)
      expect(save.stdout).toContain('Saved snapshot two-days of tenant cli-http:')
      expect(save.stdout).toContain('  stamps: saved')
      const events = await cli(['events', '--pending', '--tenant', 'cli-http'], env)
      expect(events.stdout.trim()).toBe('No pending events in tenant cli-http.')
      expect(events.code).toBe(0)
    } finally {
      await sandbox.close()
    }
  })
})
