// The repairs ShipStation's published v2 document needs before a validator can use it, each with
// why (openapi/REPAIRS.md says the same for readers of the copy). Each keeps the document strict:
// unknown properties and wrong types are still refused.

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Visits every object in the document, children first, replacing each by what `visit` returns. */
function rewrite(node: unknown, visit: (node: Json) => Json): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, visit))
  if (!isObject(node)) return node
  const copy: Json = {}
  for (const [key, value] of Object.entries(node)) copy[key] = rewrite(value, visit)
  return visit(copy)
}

/**
 * R1. `allOf` read as a merge. The document puts `additionalProperties: false` beside `allOf`
 * (e.g. the /v2/carriers 200 answer, the rates answer): in JSON Schema each keyword applies alone,
 * so the outer schema, which lists no properties, refuses every property the members define, and
 * nothing validates. Merging the members' `properties` and `required` into one object (members
 * that are `$ref`s resolved one level) gives what the authors meant, and keeps
 * `additionalProperties: false` meaningful.
 */
function mergeAllOf(doc: Json): Json {
  const schemas = ((doc.components as Json).schemas ?? {}) as Record<string, Json>
  const resolve = (member: Json): Json => {
    const ref = member.$ref
    if (typeof ref !== 'string' || !ref.startsWith('#/components/schemas/')) return member
    return schemas[ref.slice('#/components/schemas/'.length)] ?? member
  }
  const merging = new Set<Json>()
  const merge = (node: Json): Json => {
    if (!Array.isArray(node.allOf) || merging.has(node)) return node
    merging.add(node)
    const members = (node.allOf as Json[]).map((m) => merge(resolve(m)))
    merging.delete(node)
    const objectLike = [node, ...members].some(
      (m) => isObject(m.properties) || m.additionalProperties === false,
    )
    if (!objectLike) return node
    const { allOf: _allOf, ...outer } = node
    const properties: Json = {}
    const required = new Set<string>()
    const rest: Json[] = []
    let closed = false
    for (const part of [...members, outer]) {
      for (const [key, schema] of Object.entries((part.properties ?? {}) as Json)) {
        properties[key] = key in properties ? { allOf: [properties[key], schema] } : schema
      }
      for (const key of (part.required ?? []) as string[]) required.add(key)
      if (part.additionalProperties === false) closed = true
      const { properties: _p, required: _r, additionalProperties: _a, type: _t, ...other } = part
      for (const keyword of ['oneOf', 'anyOf', 'not'] as const) {
        if (other[keyword] !== undefined) rest.push({ [keyword]: other[keyword] })
      }
    }
    return {
      ...outer,
      type: 'object',
      properties,
      ...(required.size > 0 ? { required: [...required] } : {}),
      ...(closed ? { additionalProperties: false } : {}),
      ...(rest.length > 0 ? { allOf: rest } : {}),
    }
  }
  for (const [name, schema] of Object.entries(schemas)) schemas[name] = merge(schema)
  return rewrite(doc, merge) as Json
}

/**
 * R2. Weights. `weight.value` has `minimum: 0` and `exclusiveMinimum: 2` (and 1 in a second copy):
 * OpenAPI 3.0's boolean `exclusiveMinimum` written as a number, which in 3.1 means "more than 2",
 * refusing a 1 lb package. The intent is a weight above zero.
 */
function weightAboveZero(node: Json): Json {
  if (
    node.minimum === 0 &&
    typeof node.exclusiveMinimum === 'number' &&
    node.exclusiveMinimum > 0
  ) {
    const { minimum: _minimum, ...rest } = node
    return { ...rest, exclusiveMinimum: 0 }
  }
  return node
}

/**
 * R3. `nullable: true` (162 places) and `x-nullable: true` are OpenAPI 3.0 / Swagger; a 3.1
 * document must say `type: [T, 'null']`, or a documented null (e.g. a label's `voided_at` before
 * voiding) is refused.
 */
function nullableAsType(node: Json): Json {
  if (node.nullable !== true && node['x-nullable'] !== true) return node
  const { nullable: _nullable, 'x-nullable': _xNullable, ...rest } = node
  if (typeof rest.type === 'string') return { ...rest, type: [rest.type, 'null'] }
  return { anyOf: [rest, { type: 'null' }] }
}

/**
 * R4. 401 answers. The document requires the `api-key` header on every operation
 * (`securitySchemes.api_keys`) but lists no 401 anywhere, so a refused key could not be answered
 * at all. ShipStation answers it with the ordinary error envelope (docs.shipstation.com errors
 * guide: `error_type: security`, `error_code: unauthorized`): add that to every operation.
 */
function unauthorizedAnswers(doc: Json): Json {
  const paths = doc.paths as Record<string, Record<string, Json>>
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      const responses = isObject(operation) ? (operation.responses as Json | undefined) : undefined
      if (responses && !('401' in responses)) {
        responses['401'] = {
          description: 'The API key is missing, unknown or revoked.',
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/error_response_body' } },
          },
        }
      }
    }
  }
  return doc
}

/**
 * R5. 500 answers. `components.responses.ServerError` declares an empty body, yet the errors
 * guide shows 500s carrying the envelope with a `request_id` (the one thing support asks for):
 * accept the envelope, or the empty body as published.
 */
function serverErrorEnvelope(doc: Json): Json {
  const responses = (doc.components as Json).responses as Record<string, Json>
  const serverError = responses.ServerError
  const content = serverError?.content as Record<string, Json> | undefined
  const json = content?.['application/json']
  if (json) {
    json.schema = { anyOf: [json.schema, { $ref: '#/components/schemas/error_response_body' }] }
  }
  return doc
}

/**
 * R6. `batch_id` of a label. The purchase answer requires `batch_id`, an `se_id`, even for a
 * label bought alone (no batch): nothing could be answered. A label outside a batch answers null;
 * a present id must still be an `se_id`.
 */
function batchIdNullable(doc: Json): Json {
  const schemas = (doc.components as Json).schemas as Record<string, Json>
  // Every label schema (those with a label_id), and only them: a batch keeps its required id.
  for (const schema of Object.values(schemas)) {
    const properties = schema.properties as Json | undefined
    if (properties?.label_id && properties.batch_id) {
      properties.batch_id = { anyOf: [properties.batch_id, { type: 'null' }] }
    }
  }
  return doc
}

/**
 * E1 (an extension, not a repair). The sandbox's label webhooks, `label_created` and
 * `label_voided`: the document's `webhook_event` names no label event. Every other name is still
 * refused.
 */
const SANDBOX_WEBHOOK_EVENTS = ['label_created', 'label_voided']
function sandboxWebhookEvents(doc: Json): Json {
  const schemas = (doc.components as Json).schemas as Record<string, Json>
  const event = schemas.webhook_event
  if (event && Array.isArray(event.enum)) {
    event.enum = [...event.enum, ...SANDBOX_WEBHOOK_EVENTS]
  }
  return doc
}

/**
 * R7. `format: url` is no JSON Schema format; ajv-formats' `url` pattern refuses loopback and
 * private addresses (127.0.0.1, 10.x), so a webhook on a developer's machine or a label link of
 * a sandbox on localhost could not validate. Read it as JSON Schema's `uri`: still an absolute
 * URI, nothing else.
 */
function urlAsUri(node: Json): Json {
  return node.format === 'url' ? { ...node, format: 'uri' } : node
}

/** The document with R1-R7 and E1 applied (R1 first among them: R6 reads merged labels). */
export function repairV2Document(doc: Json): Json {
  const repaired = rewrite(doc, (node) => urlAsUri(nullableAsType(weightAboveZero(node)))) as Json
  const merged = mergeAllOf(
    sandboxWebhookEvents(serverErrorEnvelope(unauthorizedAnswers(repaired))),
  )
  return batchIdNullable(merged)
}
