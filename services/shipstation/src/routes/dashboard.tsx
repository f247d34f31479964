import type { SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { promptsOf } from '../domain/onboarding-prompts'
import { signedIn, takeConfirmation } from '../lib/session'
import { DashboardPage } from '../pages/dashboard'

/**
 * `GET /dashboard`: open as soon as the account exists, with the next setup step as a call to
 * action; the NSA pop-up and banners only once the prompts are due.
 */
export function dashboardRoutes() {
  return new Hono<SandboxEnv>().get('/dashboard', async (c) => {
    const current = await signedIn(c)
    if (!current) return c.redirect('/login')
    const { account, session } = current
    return c.html(
      <DashboardPage
        account={account}
        prompts={promptsOf(account, session.popupDismissed)}
        confirmation={await takeConfirmation(c, session)}
      />,
    )
  })
}
