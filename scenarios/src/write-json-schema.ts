// `npm run schema -w scenarios`: regenerates scenario.schema.json from the zod schema.
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { JSON_SCHEMA_FILE, scenarioJsonSchemaText } from './json-schema'

const file = fileURLToPath(new URL(`../${JSON_SCHEMA_FILE}`, import.meta.url))
await writeFile(file, scenarioJsonSchemaText())
console.log(`wrote ${file}`)
