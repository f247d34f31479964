import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { ACTION_NAMES } from './action-params'
import { JSON_SCHEMA_FILE, scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema'

const committed = () => readFile(new URL(`../${JSON_SCHEMA_FILE}`, import.meta.url), 'utf8')

describe('scenario.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `npm run schema -w scenarios`)', async () => {
    expect(await committed()).toBe(scenarioJsonSchemaText())
  })

  it('offers every action and the step keys, and none of the tags the loader adds', () => {
    const text = JSON.stringify(scenarioJsonSchema())
    for (const action of [...ACTION_NAMES, 'use', 'within', 'soft', 'opensTab', 'tags', 'seed']) {
      expect(text).toContain(`"${action}"`)
    }
    expect(text).not.toContain('"kind"')
    expect(text).not.toContain('"source"')
  })
})
