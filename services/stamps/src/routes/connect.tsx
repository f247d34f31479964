import { parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { StampsDeps } from '../deps'
import { ConnectionIdentifiers, submitIdentifiers } from '../domain/submit-identifiers'
import { UspsNotLinkedError } from '../errors'
import { connectionOf } from '../lib/connection-view'
import { currentCopAccount } from '../lib/cop-session'
import { renderErrorsAsPages } from '../lib/html-errors'
import { ConnectPage } from '../pages/connect-page'
import { ErrorPage } from '../pages/error-page'

// Refusals about the flow (not the typed values) get a page with the way forward, not the form.
const NOT_FORM_ERRORS = new Set(['usps_not_linked', 'invalid_status_transition'])

const asText = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** CRID / MID / EPS Number intake, the last COP step. */
export function connectRoutes(deps: StampsDeps) {
  return new Hono<SandboxEnv>()
    .get('/connect', async (c) => {
      renderErrorsAsPages(c)
      const account = await currentCopAccount(c)
      if (account.status === 'approval_pending' || account.status === 'approved') {
        return c.redirect('/status', 302)
      }
      if (!account.usps) throw new UspsNotLinkedError()
      return c.html(<ConnectPage />)
    })
    .post('/connect', async (c) => {
      renderErrorsAsPages(c)
      const account = await currentCopAccount(c)
      const body = await readBody(c)
      const values = {
        crid: asText(body.crid),
        mid: asText(body.mid),
        epsNumber: asText(body.epsNumber),
      }
      c.set('renderFormError', (error) => {
        const status = error.status as ContentfulStatusCode
        if (NOT_FORM_ERRORS.has(error.code)) return c.html(<ErrorPage error={error} />, status)
        return c.html(<ConnectPage values={values} error={error} />, status)
      })
      const ids = parseInput(ConnectionIdentifiers, body)
      await submitIdentifiers(deps, c.var.store, c.var.clock, account, ids)
      return c.redirect('/status', 302)
    })
    .post('/api/v1/connection/identifiers', async (c) => {
      const account = await currentCopAccount(c)
      const ids = parseInput(ConnectionIdentifiers, await readBody(c))
      const pending = await submitIdentifiers(deps, c.var.store, c.var.clock, account, ids)
      return c.json(connectionOf(pending))
    })
}
