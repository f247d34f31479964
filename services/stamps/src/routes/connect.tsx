import { onFormError, parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { ConnectionIdentifiers, submitIdentifiers } from '../domain/submit-identifiers'
import { InvalidStatusTransitionError, UspsNotLinkedError } from '../errors'
import { connectionOf } from '../lib/connection-view'
import { pageFrame, showErrorsAsPages } from '../lib/page-frame'
import { currentCopAccount } from '../lib/session'
import { ConnectPage } from '../pages/connect-page'
import { ErrorPage } from '../pages/error-page'
import { domainContext, type StampsRuntime } from '../runtime'

const asText = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** CRID / MID / EPS Number intake, the last COP step. */
export function connectRoutes(runtime: StampsRuntime) {
  return new Hono<SandboxEnv>()
    .get('/connect', async (c) => {
      showErrorsAsPages(c, runtime)
      const account = await currentCopAccount(c)
      if (account.status === 'approval_pending' || account.status === 'approved') {
        return c.redirect('/status', 302)
      }
      if (!account.usps) throw new UspsNotLinkedError()
      return c.html(<ConnectPage frame={await pageFrame(c, runtime, account)} />)
    })
    .post('/connect', async (c) => {
      showErrorsAsPages(c, runtime)
      const account = await currentCopAccount(c)
      const frame = await pageFrame(c, runtime, account)
      const body = await readBody(c)
      const values = {
        crid: asText(body.crid),
        mid: asText(body.mid),
        epsNumber: asText(body.epsNumber),
      }
      onFormError(c, (error) =>
        // Refusals about the flow (not the typed values) get a page with the way forward.
        error instanceof UspsNotLinkedError || error instanceof InvalidStatusTransitionError ? (
          <ErrorPage error={error} frame={frame} />
        ) : (
          <ConnectPage values={values} error={error} frame={frame} />
        ),
      )
      const ids = parseInput(ConnectionIdentifiers, body)
      await submitIdentifiers(domainContext(c, runtime), account, ids)
      return c.redirect('/status', 302)
    })
    .post('/api/v1/connection/identifiers', async (c) => {
      const account = await currentCopAccount(c)
      const ids = parseInput(ConnectionIdentifiers, await readBody(c))
      const pending = await submitIdentifiers(domainContext(c, runtime), account, ids)
      return c.json(connectionOf(pending))
    })
}
