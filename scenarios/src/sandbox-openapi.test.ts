import { readFileSync } from 'node:fs'
import { SERVICE_NAMES } from '@partner-sandbox/shared'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { createInProcessSandbox } from './sandbox'

// The OpenAPI Initiative's schema of an OpenAPI 3.1 document; where the copy comes from is in
// services/shipstation/openapi/REPAIRS.md.
const OAS_31 = JSON.parse(
  readFileSync(
    new URL('../../services/shipstation/openapi/oas-3.1-schema.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown>

type Document = { openapi: string; paths: Record<string, Record<string, unknown>> }

describe('the sandbox’s OpenAPI documents', () => {
  // Formats are not checked here (ajv-formats is ShipStation's); the structure is.
  const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(
    OAS_31,
  )

  it.each(SERVICE_NAMES)(
    '%s serves an OpenAPI 3.1 document that validates and has the control API',
    async (service) => {
      const sandbox = createInProcessSandbox()
      const res = await sandbox.fetch(`${sandbox.urls[service]}/openapi.json`)
      expect(res.status).toBe(200)
      const doc = (await res.json()) as Document
      expect(doc.openapi).toBe('3.1.0')
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true)
      for (const path of ['/__sandbox/clock', '/__sandbox/faults', '/__sandbox/snapshots']) {
        expect(Object.keys(doc.paths)).toContain(path)
      }
      expect(validate({ ...doc, info: {} })).toBe(false)
      await sandbox.close()
    },
  )
})
