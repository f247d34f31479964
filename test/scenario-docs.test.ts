import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compileScenario, parseScenario, runFiles, StepsFile } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DOCS = ['README.md', 'scenarios/README.md']

interface Example {
  doc: string
  line: number
  text: string
}

async function yamlExamples(doc: string): Promise<Example[]> {
  const text = await readFile(join(ROOT, doc), 'utf8')
  return [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => ({
    doc,
    line: text.slice(0, m.index).split('\n').length,
    text: m[1]!,
  }))
}

const examples = (await Promise.all(DOCS.map(yamlExamples))).flat()
const label = (e: Example) => `${e.doc}:${e.line}`
const isScenario = (e: Example) => {
  const data = parse(e.text) as { name?: unknown; steps?: unknown } | null
  return !e.text.startsWith('# steps file') && !!data?.name && Array.isArray(data.steps)
}
// Where a doc example's `use:` paths start: the folder of the doc.
const fileOf = (e: Example) => join(ROOT, dirname(e.doc), `example-at-line-${e.line}.yaml`)

describe('YAML examples in the docs', () => {
  it('are there: whole scenarios and fragments in both READMEs', () => {
    expect(examples.filter(isScenario).map((e) => e.doc)).toEqual(
      expect.arrayContaining(['README.md', 'scenarios/README.md']),
    )
    expect(examples.filter((e) => !isScenario(e)).length).toBeGreaterThanOrEqual(2)
  })

  it.each(examples.filter((e) => !isScenario(e)).map((e) => [label(e), e] as const))(
    'fragment %s matches the schema',
    (_, example) => {
      const data: unknown = parse(example.text)
      const steps = StepsFile.parse(Array.isArray(data) ? { steps: data } : data).steps
      // Expanding checks the actions' parameters and that included files exist.
      expect(compileScenario({ name: 'doc', steps }, fileOf(example)).steps.length).toBeGreaterThan(
        0,
      )
    },
  )

  it('whole scenarios pass when run in-process', { timeout: 60_000 }, async () => {
    const scenarios = examples.filter(isScenario)
    for (const example of scenarios) {
      // Parsing first names the doc and line of an invalid example.
      expect(() => parseScenario(example.text, fileOf(example)), label(example)).not.toThrow()
    }
    // The file names only place `use:` paths: nothing is written.
    const loaded = scenarios.map((e) => parseScenario(e.text, fileOf(e)))
    const runs = await runFiles(loaded, { concurrency: 2 })
    const failures = runs.flatMap((r, i) => {
      if (r.ok) return []
      const steps = r.steps.filter((s) => !s.ok).map((s) => `${s.name}: ${s.message}`)
      return [`${label(scenarios[i]!)}: ${steps.join('; ')}`]
    })
    expect(failures).toEqual([])
    expect(runs.length).toBe(scenarios.length)
  })
})
