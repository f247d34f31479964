import * as z from 'zod'

/**
 * A zod schema as the JSON Schema (2020-12, OpenAPI 3.1's dialect) of a request body (`input`:
 * what callers may send, defaults optional) or an answer (`output`).
 */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' })
  return rest
}
