import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { SandboxError } from './errors'
import { wantsJson } from './wants-json'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** RFC 9457 problem details, plus our stable `code` and, for validation, `errors[]`. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  code: string
  instance?: string
  errors?: { field: string; message: string }[]
}

export function problemOf(error: SandboxError, instance?: string): Problem {
  return {
    type: `https://partner-sandbox.dev/problems/${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
  }
}

export function problemResponse(error: SandboxError, instance?: string): Response {
  return new Response(JSON.stringify(problemOf(error, instance)), {
    status: error.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE },
  })
}

/** Any thrown value as a SandboxError: HTTPExceptions keep their status; the rest is a masked 500. */
function asSandboxError(error: Error, c: Context): SandboxError {
  if (error instanceof SandboxError) return error
  if (error instanceof HTTPException) {
    return new SandboxError(
      'http_error',
      error.status,
      'Request refused',
      error.message || 'Request refused.',
      { cause: error },
    )
  }
  console.error(`[${c.req.method} ${c.req.path}]`, error)
  return new SandboxError(
    'internal_error',
    500,
    'Internal error',
    'The sandbox failed to handle this request; nothing was changed by the failing step.',
    { cause: error },
  )
}

/**
 * The one place errors become responses (`app.onError(handleError)`). A form route that called
 * `onFormError` gets its form back with the messages for browsers; a route group that set an
 * `errorFormat` answers in its API's wire format; everything else answers problem+json. Unknown
 * errors are logged and answered 500 without internals.
 */
export function handleError(error: Error, c: Context): Response | Promise<Response> {
  const sandboxError = asSandboxError(error, c)
  const renderForm = c.get('renderFormError')
  if (renderForm && !wantsJson(c)) return renderForm(sandboxError)
  const format = c.get('errorFormat')
  if (format) return format(sandboxError, c)
  return problemResponse(sandboxError, c.req.path)
}

/** `app.notFound(handleNotFound)`: problem+json for every unknown path. */
export function handleNotFound(c: Context): Response {
  return problemResponse(
    new SandboxError('not_found', 404, 'Not found', `No route for ${c.req.method} ${c.req.path}.`),
    c.req.path,
  )
}
