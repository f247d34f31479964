import type * as z from 'zod'
import { type FieldError, ValidationError } from './errors'

/**
 * Parses untrusted input with a zod schema; failures become a ValidationError listing every field.
 *
 * @example
 * const input = parseInput(RegisterInput, await readBody(c))
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const fieldErrors: FieldError[] = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  const detail = fieldErrors
    .map((e) => (e.field ? `${e.field}: ${e.message}` : e.message))
    .join('; ')
  throw new ValidationError(detail, fieldErrors)
}
