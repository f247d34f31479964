import type { FieldError } from '@partner-sandbox/shared'
import { parseDocument } from 'yaml'
import type { ZodType } from 'zod'

/** YAML text through a schema: the data, or every problem with the path of its field. */
export function parseYaml<T>(
  text: string,
  schema: ZodType<T>,
): { data?: T; raw?: unknown; errors: FieldError[]; yamlError?: Error } {
  const doc = parseDocument(text, { prettyErrors: true, merge: true })
  if (doc.errors.length > 0) {
    const message = doc.errors.map((e) => e.message).join('\n')
    return {
      errors: [{ field: '', message: `not valid YAML:\n${message}` }],
      yamlError: doc.errors[0],
    }
  }
  const raw: unknown = doc.toJS()
  const result = schema.safeParse(raw)
  if (result.success) return { data: result.data, raw, errors: [] }
  const errors = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  return { raw, errors }
}
