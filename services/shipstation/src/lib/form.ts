import type { SandboxContext, SandboxError } from '@partner-sandbox/shared'
import type { JSX } from 'hono/jsx/jsx-runtime'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** What a form page needs to show a refusal beside its fields. */
export type FormError = Pick<SandboxError, 'message' | 'fieldErrors'>

/**
 * Registers how this request's form is shown again when the domain refuses the input; the shared
 * `handleError` calls it for browsers and answers problem+json to API clients.
 */
export function onFormError(c: SandboxContext, render: (error: SandboxError) => JSX.Element): void {
  c.set('renderFormError', (error) => c.html(render(error), error.status as ContentfulStatusCode))
}

/** The typed values worth echoing back into a re-rendered form (never secrets). */
export function echoValues(
  body: Record<string, unknown>,
  omit: readonly string[],
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(body).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && !omit.includes(entry[0]),
    ),
  )
}
