import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { SandboxError } from './errors'
import { wantsJson } from './validation'

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

/**
 * The one place errors become responses (`app.onError(handleError)`). A form route that set
 * `renderFormError` gets its form back with the messages for browsers; everything else answers
 * problem+json. Unknown errors are logged and answered 500 without internals.
 */
export function handleError(error: Error, c: Context): Response | Promise<Response> {
  if (error instanceof SandboxError) {
    const render = c.get('renderFormError')
    if (render && !wantsJson(c)) return render(error)
    return problemResponse(error, c.req.path)
  }
  if (error instanceof HTTPException) {
    const sandboxError = new SandboxError(
      'http_error',
      error.status,
      'Request refused',
      error.message || 'Request refused.',
    )
    return problemResponse(sandboxError, c.req.path)
  }
  console.error(`[${c.req.method} ${c.req.path}]`, error)
  return problemResponse(
    new SandboxError(
      'internal_error',
      500,
      'Internal error',
      'The sandbox failed to handle this request; nothing was changed by the failing step.',
    ),
    c.req.path,
  )
}

/** `app.notFound(handleNotFound)`: problem+json for every unknown path. */
export function handleNotFound(c: Context): Response {
  return problemResponse(
    new SandboxError('not_found', 404, 'Not found', `No route for ${c.req.method} ${c.req.path}.`),
    c.req.path,
  )
}
