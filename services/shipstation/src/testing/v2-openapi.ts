// ShipStation's published OpenAPI document for API v2, repaired as REPAIRS.md says, compiled with
// ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses), so tests can check every /v2 answer against it.
import { readFileSync } from 'node:fs'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'
import { repairV2Document } from './v2-openapi-repairs'

// ajv-formats is CommonJS: under ESM its function is the default export's default.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule

type Json = Record<string, unknown>
const DOC_ID = 'https://partner-sandbox.local/shipstation-v2-openapi.json'
const DOCUMENT_URL = new URL('../../openapi/shipstation-v2-openapi.yaml', import.meta.url)

/** A /v2 exchange to check: the request's method and path, the answer's status and JSON body. */
export interface V2Exchange {
  method: string
  path: string
  status: number
  body: unknown
}

export interface V2Validation {
  valid: boolean
  operationId: string
  /** ajv's messages, each with the JSON pointer of the offending value. */
  errors: string[]
}

interface Operation {
  id: string
  pattern: RegExp
  method: string
  pointer: string
  operation: Json
}

let compiled: { ajv: Ajv2020; doc: Json; operations: Operation[] } | undefined

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

function templateCount(operation: Operation): number {
  return (operation.pointer.match(/\{/g) ?? []).length
}

function load() {
  if (compiled) return compiled
  const doc = repairV2Document(parse(readFileSync(DOCUMENT_URL, 'utf8')) as Json)
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true })
  addFormats(ajv)
  ajv.addSchema({ ...doc, $id: DOC_ID })
  const operations: Operation[] = []
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`)
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation !== 'object' || operation === null || !('responses' in operation)) {
        continue
      }
      operations.push({
        id: String((operation as Json).operationId ?? `${method} ${path}`),
        pattern,
        method: method.toUpperCase(),
        pointer: `#/paths/${escapePointer(path)}/${method}`,
        operation: operation as Json,
      })
    }
  }
  // Literal paths before templated ones: /v2/labels/rates/{id} is not /v2/labels/{label_id}.
  operations.sort((a, b) => templateCount(a) - templateCount(b))
  compiled = { ajv, doc, operations }
  return compiled
}

function resolveResponse(doc: Json, response: Json): Json {
  const ref = response.$ref
  if (typeof ref !== 'string') return response
  const name = ref.replace('#/components/responses/', '')
  return ((doc.components as Json).responses as Record<string, Json>)[name] ?? {}
}

const validators = new Map<string, ValidateFunction>()

/**
 * Checks one /v2 answer against ShipStation's document: the operation is found by method and
 * path template, the schema by status (or `default`). An undocumented status is itself an error.
 *
 * @example
 * const res = await app.request('/v2/carriers', { headers: { 'API-Key': key } })
 * expect(validateV2Response({ method: 'GET', path: '/v2/carriers', status: res.status, body: await res.json() }).errors).toEqual([])
 */
export function validateV2Response(exchange: V2Exchange): V2Validation {
  const { ajv, doc, operations } = load()
  const path = exchange.path.split('?')[0] ?? exchange.path
  const method = exchange.method.toUpperCase()
  const op = operations.find((o) => o.method === method && o.pattern.test(path))
  if (!op) {
    return { valid: false, operationId: '', errors: [`${method} ${path} is not in the document`] }
  }
  const responses = op.operation.responses as Record<string, Json>
  const statusKey = String(exchange.status) in responses ? String(exchange.status) : 'default'
  const raw = responses[statusKey]
  if (!raw) {
    return {
      valid: false,
      operationId: op.id,
      errors: [`status ${exchange.status} is not documented for ${op.id}`],
    }
  }
  const response = resolveResponse(doc, raw)
  const content = response.content as Record<string, Json> | undefined
  if (!content?.['application/json']) {
    return { valid: true, operationId: op.id, errors: [] }
  }
  const pointer =
    typeof raw.$ref === 'string'
      ? `#/components/responses/${escapePointer(raw.$ref.replace('#/components/responses/', ''))}`
      : `${op.pointer}/responses/${statusKey}`
  const key = `${pointer}/content/application~1json/schema`
  let validate = validators.get(key)
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOC_ID}${key}` })
    validators.set(key, validate)
  }
  const valid = validate(exchange.body) as boolean
  return {
    valid,
    operationId: op.id,
    errors: (validate.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    ),
  }
}

/** The repaired document, for tests that inspect a schema. */
export function v2Document(): Json {
  return load().doc
}
