import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runFiles } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'

const ACH = fileURLToPath(
  new URL('../scenarios/library/usps-ach-micro-debits.yaml', import.meta.url),
)
const REPEATED = ['run', 'email', 'uspsUsername', 'crid', 'mid', 'first', 'second']

describe('seed:', () => {
  it('repeats the generated data and, in-process, the services codes and micro-debit amounts', async () => {
    const [a, b] = [...(await runFiles([ACH])), ...(await runFiles([ACH]))]
    expect(a?.ok && b?.ok).toBe(true)
    expect(a?.seed).toBe(7)
    const pick = (vars: Record<string, string> = {}) => REPEATED.map((k) => vars[k])
    expect(pick(a?.variables).every(Boolean)).toBe(true)
    expect(pick(b?.variables)).toEqual(pick(a?.variables))
    // Each run still has its own tenant.
    expect(a?.tenant).not.toBe(b?.tenant)
  })

  it('without a seed, two runs generate different data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seed-'))
    const file = join(dir, 'unseeded.yaml')
    const text = (await readFile(ACH, 'utf8')).replace(/^seed: 7\n/m, '')
    await writeFile(file, text)
    const [a, b] = [...(await runFiles([file])), ...(await runFiles([file]))]
    expect(a?.ok && b?.ok).toBe(true)
    expect(a?.seed).toBeUndefined()
    expect(a?.variables.run).not.toBe(b?.variables.run)
    expect([a?.variables.crid, a?.variables.mid]).not.toEqual([b?.variables.crid, b?.variables.mid])
  })
})
