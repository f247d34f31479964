import { readdir, readFile } from 'node:fs/promises'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
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

  it('accepts every scenario file of the repo and refuses a typo, as an editor would', async () => {
    const ajv = new Ajv2020({ allErrors: true, validateFormats: false })
    const validate = ajv.compile(JSON.parse(await committed()))
    const root = new URL('../', import.meta.url)
    const files: string[] = []
    for (const dir of ['', 'library/', 'library/common/']) {
      const names = await readdir(new URL(dir, root))
      files.push(...names.filter((n) => n.endsWith('.yaml')).map((n) => `${dir}${n}`))
    }
    expect(files.length).toBeGreaterThanOrEqual(5)
    for (const file of files) {
      const data = parse(await readFile(new URL(file, root), 'utf8'), { merge: true })
      expect([file, validate(data) ? [] : validate.errors]).toEqual([file, []])
    }
    const typo = { name: 'Typo', steps: [{ name: 'Open', service: 'usps', opn: '/' }] }
    expect(validate(typo)).toBe(false)
    expect(validate({ name: 'Bad action', steps: [{ addEpa: { method: 'cheque' } }] })).toBe(false)
    expect(
      validate({ name: 'Action', steps: [{ addEpa: { method: 'ach' } }, { register: null }] }),
    ).toBe(true)
  })
})
