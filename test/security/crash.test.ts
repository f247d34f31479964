import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../support/free-port'

const CLI = fileURLToPath(new URL('../../scenarios/bin/partner-sandbox.js', import.meta.url))
const TENANTS = ['crash-a', 'crash-b', 'crash-c']

/** `partner-sandbox start --only shipstation` on SQLite in `dataDir`, ready when it says so. */
async function startChild(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CLI, 'start', '--only', 'shipstation'], {
    env: {
      ...process.env,
      SANDBOX_HOST: '127.0.0.1',
      SANDBOX_DATA_DIR: dataDir,
      SHIPSTATION_PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`no start in 30 s: ${output}`)), 30_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready in')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)))
  })
  return child
}

describe('a crash during writes', () => {
  let dataDir: string
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sandbox-crash-'))
  })
  afterAll(() => rm(dataDir, { recursive: true, force: true }))

  it('loses nothing it acknowledged when killed with SIGKILL in the middle of parallel writes', {
    timeout: 90_000,
  }, async () => {
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const first = await startChild(port, dataDir)
    const acknowledged = new Map<string, string[]>(TENANTS.map((t) => [t, []]))
    let attempted = 0
    let stop = false
    const writer = async (worker: number) => {
      for (let n = 0; !stop; n++) {
        const tenant = TENANTS[(worker + n) % TENANTS.length] ?? 'crash-a'
        const code = `CRASH-${worker}-${n}`
        attempted++
        try {
          const res = await fetch(`${url}/__sandbox/promo-codes`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
            body: JSON.stringify({ code }),
          })
          if (res.status === 201) acknowledged.get(tenant)?.push(code)
        } catch {
          return // the process is gone; what was not answered was not acknowledged
        }
      }
    }
    const writers = Array.from({ length: 12 }, (_, i) => writer(i))
    // Kill once a good number of writes have been acknowledged, while the writers keep going.
    while ([...acknowledged.values()].flat().length < 150)
      await new Promise((r) => setTimeout(r, 10))
    first.kill('SIGKILL')
    await new Promise((resolve) => first.once('exit', resolve))
    stop = true
    await Promise.all(writers)
    const acked = [...acknowledged.values()].flat().length
    expect(attempted).toBeGreaterThan(acked)

    const second = await startChild(port, dataDir)
    try {
      for (const tenant of TENANTS) {
        const res = await fetch(`${url}/__sandbox/promo-codes`, {
          headers: { 'x-sandbox-tenant': tenant },
        })
        const { promoCodes } = (await res.json()) as { promoCodes: (string | { code: string })[] }
        const kept = new Set(promoCodes.map((p) => (typeof p === 'string' ? p : p.code)))
        const lost = (acknowledged.get(tenant) ?? []).filter((code) => !kept.has(code))
        expect(lost, tenant).toEqual([])
      }
      expect((await fetch(`${url}/__sandbox/health`)).status).toBe(200)
    } finally {
      second.kill('SIGTERM')
      await new Promise((resolve) => second.once('exit', resolve))
    }
  })
})
