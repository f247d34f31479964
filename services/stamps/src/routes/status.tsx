import type { SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { onboardingSteps } from '../domain/onboarding-steps'
import { connectionOf } from '../lib/connection-view'
import { pageFrame, showErrorsAsPages } from '../lib/page-frame'
import { currentCopAccount } from '../lib/session'
import { StatusPage } from '../pages/status-page'
import type { StampsRuntime } from '../runtime'

/** Where the customer sees the approval banner; its JSON twin is the connection resource. */
export function statusRoutes(runtime: StampsRuntime) {
  return new Hono<SandboxEnv>()
    .get('/status', async (c) => {
      showErrorsAsPages(c, runtime)
      const account = await currentCopAccount(c)
      return c.html(<StatusPage account={account} frame={await pageFrame(c, runtime, account)} />)
    })
    .get('/api/v1/connection', async (c) => c.json(connectionOf(await currentCopAccount(c))))
    .get('/api/v1/connection/steps', async (c) => {
      const { steps, next } = onboardingSteps(await currentCopAccount(c))
      return c.json({ steps, next: next?.id ?? null })
    })
}
