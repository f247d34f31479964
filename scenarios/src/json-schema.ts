import * as z from 'zod'
import { Scenario } from './scenario-schema'

/** Where the JSON Schema is committed, relative to the scenarios package. */
export const JSON_SCHEMA_FILE = 'scenario.schema.json'

/** Keys the loader adds itself from the one key a step or capture has; authors never write them. */
const TAGS = ['kind', 'source']

/**
 * The scenario schema as JSON Schema (draft 2020-12) for editors: generated from the zod schema
 * with `z.toJSONSchema` (input side: what authors write), without the `kind`/`source` tags the
 * loader derives.
 *
 * @example
 * await writeFile('scenario.schema.json', `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`)
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, {
    io: 'input',
    unrepresentable: 'any',
    reused: 'ref',
    override: ({ jsonSchema }) => {
      const properties = jsonSchema.properties as Record<string, { const?: unknown }> | undefined
      for (const tag of TAGS) {
        if (properties?.[tag]?.const === undefined) continue
        delete properties[tag]
        jsonSchema.required = jsonSchema.required?.filter((r) => r !== tag)
      }
    },
  })
  return {
    ...schema,
    $id: 'https://partner-sandbox.dev/scenario.schema.json',
    title: 'Partner Sandbox scenario',
    description:
      'A scenario file for `partner-sandbox run`: name, optional tags, seed and variables, and steps (raw steps, named actions or use: includes). See scenarios/README.md.',
  }
}

/** The committed file's text, laid out as the repo's formatter (Biome) lays out JSON. */
export function scenarioJsonSchemaText(): string {
  return `${layout(scenarioJsonSchema(), '', 0)}\n`
}

const WIDTH = 100

/** Objects one key a line; lists of plain values on one line when it fits, else one a line. */
function layout(value: unknown, indent: string, used: number): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`
      if (used + flat.length <= WIDTH) return flat
    }
    const inner = `${indent}  `
    return `[\n${value.map((v) => inner + layout(v, inner, inner.length)).join(',\n')}\n${indent}]`
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    const inner = `${indent}  `
    const lines = entries.map(([k, v]) => {
      const key = `${inner}${JSON.stringify(k)}: `
      return key + layout(v, inner, key.length + 1)
    })
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value)
}
