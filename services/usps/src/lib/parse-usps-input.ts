import { USPS_ERROR } from '@partner-sandbox/shared'
import type * as z from 'zod'
import { UspsApiError } from '../errors'

/**
 * Reads a USPS v3 JSON body: unreadable JSON is a 400, and every failing field is listed in one
 * USPS envelope: a missing field with USPS's 030010, any other with the HTTP status as its code.
 */
export async function parseUspsJson<S extends z.ZodType>(
  schema: S,
  request: { json(): Promise<unknown> },
): Promise<z.output<S>> {
  return parseUspsInput(schema, await readUspsJson(request))
}

/** The JSON body, unparsed, for a route that picks its schema by what the body holds. */
export async function readUspsJson(request: { json(): Promise<unknown> }): Promise<unknown> {
  try {
    return await request.json()
  } catch {
    throw UspsApiError.badRequest([
      { code: '400', detail: 'The request body is not valid JSON.', parameter: 'body' },
    ])
  }
}

/** `parseUspsJson` for a value already read (query strings, path parameters). */
export function parseUspsInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw UspsApiError.badRequest(
    result.error.issues.map((issue) => {
      const parameter = issue.path.map(String).join('.') || 'body'
      const missing = valueAt(input, issue.path) === undefined
      return missing
        ? {
            code: USPS_ERROR.REQUIRED_FIELD_MISSING,
            detail: `One or more required field(s) are missing from the request: ${parameter}`,
            parameter,
          }
        : { code: '400', detail: `${parameter}: ${issue.message}`, parameter }
    }),
  )
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
