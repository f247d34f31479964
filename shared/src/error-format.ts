import type { MiddlewareHandler } from 'hono'
import type { JSX } from 'hono/jsx/jsx-runtime'
import type { SandboxContext, SandboxEnv } from './app-env'
import type { SandboxError } from './errors'

/**
 * How a group of routes puts a SandboxError on the wire. Fakes of real APIs answer in that API's
 * own format (OAuth's `{error, error_description}`, USPS's envelope, ShipStation v2's `errors[]`);
 * without one, `handleError` answers RFC 9457 problem+json.
 */
export type ErrorFormat = (error: SandboxError, c: SandboxContext) => Response | Promise<Response>

/**
 * Middleware: errors of the routes it covers are rendered by `format` (still from the one
 * `app.onError`, so unknown errors are logged and masked the same way everywhere).
 *
 * @example
 * app.use('/payments/v3/*', errorFormat(uspsEnvelope))
 */
export function errorFormat(format: ErrorFormat): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    c.set('errorFormat', format)
    await next()
  }
}

/**
 * For an HTML form route, before it calls the domain: when the domain refuses the input, browsers
 * get `render(error)` (the form again, the message beside its field) with the error's status; API
 * clients still get the route group's format.
 *
 * @example
 * onFormError(c, (error) => <SignInPage values={body} error={error} />)
 */
export function onFormError(
  c: SandboxContext,
  render: (error: SandboxError) => JSX.Element | Promise<JSX.Element>,
): void {
  c.set('renderFormError', async (error) => c.html(await render(error), error.status))
}
