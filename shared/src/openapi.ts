// OpenAPI 3.1 from the zod schemas the routes already validate with: each route group declares
// its operations beside its routes (a small registry), and `openApiDocument` assembles them.
import * as z from 'zod'

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

export interface ApiResponse {
  description: string
  schema?: z.ZodType
  /** `application/json` unless said (e.g. `application/problem+json`, `text/html`). */
  contentType?: string
}

/** One route as the document shows it; `path` is written the Hono way (`/labels/:id`). */
export interface ApiOperation {
  method: HttpMethod
  path: string
  summary: string
  tag: string
  description?: string
  /** Names of the document's security schemes, any one of which is accepted. */
  security?: string[]
  params?: z.ZodObject
  query?: z.ZodObject
  headers?: z.ZodObject
  body?: z.ZodType
  bodyContentType?: string
  responses: Record<string, ApiResponse>
}

export interface OpenApiDocumentOptions {
  title: string
  version: string
  /** Markdown; Swagger UI shows it above the operations. */
  description: string
  servers?: { url: string; description?: string }[]
  securitySchemes?: Record<string, Record<string, unknown>>
  tags?: { name: string; description: string }[]
}

export type JsonSchema = Record<string, unknown>

export interface OpenApiDocument {
  openapi: '3.1.0'
  info: { title: string; version: string; description: string }
  servers?: { url: string; description?: string }[]
  tags?: { name: string; description: string }[]
  paths: Record<string, Record<string, JsonSchema>>
  components: { securitySchemes?: Record<string, Record<string, unknown>> }
}

/** JSON Schema 2020-12 of what a client sends (the input side of transforms and defaults). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema
  return rest
}

/** `/labels/:trackingNumber` -> `/labels/{trackingNumber}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
}

function parametersOf(where: 'path' | 'query' | 'header', shape: z.ZodObject | undefined) {
  if (!shape) return []
  const schema = jsonSchemaOf(shape)
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((schema.required ?? []) as string[])
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    }
  })
}

function operationObject(op: ApiOperation): JsonSchema {
  const responses = Object.fromEntries(
    Object.entries(op.responses).map(([status, r]) => [
      status,
      {
        description: r.description,
        ...(r.schema
          ? {
              content: {
                [r.contentType ?? 'application/json']: { schema: jsonSchemaOf(r.schema) },
              },
            }
          : {}),
      },
    ]),
  )
  const parameters = [
    ...parametersOf('path', op.params),
    ...parametersOf('query', op.query),
    ...parametersOf('header', op.headers),
  ]
  return {
    operationId: `${op.method}${op.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch?: string) => (ch ?? '').toUpperCase())}`,
    summary: op.summary,
    tags: [op.tag],
    ...(op.description ? { description: op.description } : {}),
    ...(op.security ? { security: op.security.map((name) => ({ [name]: [] })) } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: {
              [op.bodyContentType ?? 'application/json']: { schema: jsonSchemaOf(op.body) },
            },
          },
        }
      : {}),
    responses,
  }
}

/**
 * The Paths Object of the operations, for a document assembled elsewhere (ShipStation's and
 * Stamps.com's add the control API to theirs). A method and path declared twice is refused.
 *
 * @example
 * const paths = { ...ownPaths, ...openApiPaths(CONTROL_OPERATIONS) }
 */
export function openApiPaths(operations: ApiOperation[]): OpenApiDocument['paths'] {
  const paths: OpenApiDocument['paths'] = {}
  for (const op of operations) {
    const path = openApiPath(op.path)
    const item = paths[path] ?? {}
    if (item[op.method]) throw new TypeError(`OpenAPI: ${op.method} ${path} is declared twice.`)
    item[op.method] = operationObject(op)
    paths[path] = item
  }
  return paths
}

/**
 * The OpenAPI 3.1 document of a service's operations. Two operations on the same method and path
 * are a programmer's mistake, refused at once.
 *
 * @example
 * const doc = openApiDocument({ title: 'USPS', version: '3.0', description: '...' }, operations)
 */
export function openApiDocument(
  options: OpenApiDocumentOptions,
  operations: ApiOperation[],
): OpenApiDocument {
  const paths = openApiPaths(operations)
  return {
    openapi: '3.1.0',
    info: { title: options.title, version: options.version, description: options.description },
    ...(options.servers ? { servers: options.servers } : {}),
    ...(options.tags ? { tags: options.tags } : {}),
    paths,
    components: options.securitySchemes ? { securitySchemes: options.securitySchemes } : {},
  }
}

/** RFC 9457 problem details, as every service's own JSON routes answer errors. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
})

/** The usual problem+json answer for a 4xx of a route. */
export function problemAnswer(description: string): ApiResponse {
  return { description, schema: ProblemSchema, contentType: 'application/problem+json' }
}
