import type { SandboxContext } from '@partner-sandbox/shared'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ErrorPage } from '../pages/error-page'

/**
 * Makes errors of this HTML route answer a page saying what to do next (API clients still get
 * problem+json from the shared handleError). Form routes replace it once the account is known.
 */
export function renderErrorsAsPages(c: SandboxContext): void {
  c.set('renderFormError', (error) =>
    c.html(<ErrorPage error={error} />, error.status as ContentfulStatusCode),
  )
}
