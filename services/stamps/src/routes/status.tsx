import { onFormError, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { connectionOf } from '../lib/connection-view'
import { currentCopAccount } from '../lib/session'
import { errorPage } from '../pages/error-page'
import { StatusPage } from '../pages/status-page'

/** Where the customer sees the approval banner; its JSON twin is the connection resource. */
export function statusRoutes() {
  return new Hono<SandboxEnv>()
    .get('/status', async (c) => {
      onFormError(c, errorPage)
      return c.html(<StatusPage account={await currentCopAccount(c)} />)
    })
    .get('/api/v1/connection', async (c) => c.json(connectionOf(await currentCopAccount(c))))
}
