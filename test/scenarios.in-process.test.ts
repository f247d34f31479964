import { fileURLToPath } from 'node:url'
import {
  createInProcessSandbox,
  loadScenario,
  runScenario,
  scenarioFiles,
} from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { failuresOf } from './support/happy-path'

const FOLDER = fileURLToPath(new URL('../scenarios', import.meta.url))
const files = await scenarioFiles(FOLDER)

describe('every scenario shipped in scenarios/', () => {
  it('finds the happy path and the ACH scenario', () => {
    expect(files.map((f) => f.slice(FOLDER.length + 1))).toEqual(
      expect.arrayContaining(['happy-path-credit-card.yaml', 'usps-ach-micro-debits.yaml']),
    )
  })

  it.each(files)('passes in a fresh in-process sandbox: %s', async (file) => {
    const sandbox = createInProcessSandbox()
    const result = await runScenario(await loadScenario(file), sandbox)
    expect(failuresOf(result)).toEqual([])
    expect(result.steps.length).toBeGreaterThan(5)
    await sandbox.close()
  })
})
