import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { parseScenario } from './load-scenario'
import { runFiles } from './run-files'

const tiny = (n: number, tags = '[]') =>
  parseScenario(`name: Tiny ${n}
tags: ${tags}
steps:
  - { name: Wait a little, service: usps, control: GET /health }
  - { name: Move the clock, clock: { service: all, advance: 1h } }
`)

describe('runFiles', () => {
  it('runs at most `concurrency` scenarios at once and returns them in the order given', async () => {
    let running = 0
    let most = 0
    const runs = await runFiles(
      Array.from({ length: 7 }, (_, i) => tiny(i + 1)),
      {
        concurrency: 3,
        onStart: () => {
          running++
          most = Math.max(most, running)
        },
        onResult: () => {
          running--
        },
      },
    )
    expect(most).toBe(3)
    expect(runs.map((r) => r.name)).toEqual(Array.from({ length: 7 }, (_, i) => `Tiny ${i + 1}`))
    expect(runs.every((r) => r.ok)).toBe(true)
  })

  it('runs as many at once as the machine has CPUs when no concurrency is given', async () => {
    const planned: number[] = []
    await runFiles(
      Array.from({ length: 9 }, (_, i) => tiny(i + 1)),
      { onPlan: (_, width) => planned.push(width) },
    )
    expect(planned).toEqual([Math.min(9, availableParallelism())])
  })

  it('gives every scenario its own tenant and reports progress as each finishes', async () => {
    const progress: string[] = []
    const runs = await runFiles([tiny(1), tiny(2, '[smoke]'), tiny(3, '[smoke]')], {
      tags: ['smoke'],
      onResult: (run, done, total) => progress.push(`${done}/${total} ${run.name}`),
    })
    expect(runs.map((r) => r.name)).toEqual(['Tiny 2', 'Tiny 3'])
    expect(progress).toHaveLength(2)
    expect(progress[1]).toMatch(/^2\/2 Tiny [23]$/)
    expect(runs[0]?.tenant).toMatch(/^scn-[0-9a-f]{10}$/)
    expect(runs[0]?.tenant).not.toBe(runs[1]?.tenant)
  })
})
