import { onFormError, parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import * as z from 'zod'
import { dismissApprovalBanner } from '../domain/approval-banner'
import { nsaSsoUrl } from '../domain/nsa-sso'
import { promptsOf } from '../domain/onboarding-prompts'
import { nextStepPath } from '../domain/setup-steps'
import { NothingToDismissError } from '../errors'
import { ReturnTo } from '../lib/return-to'
import { dismissPopupForSession, signedIn } from '../lib/session'
import { NoticePage } from '../pages/notice'
import { domainContext, type ShipStationRuntime } from '../runtime'

const DismissForm = z.object({ returnTo: ReturnTo })

/** The buttons of the NSA pop-up and banners. */
export function nsaRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .get('/nsa/see-instructions', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      const { account, session } = current
      onFormError(c, (error) => (
        <NoticePage
          title="Connect your USPS business account"
          message={error.message}
          link={{ href: nextStepPath(account), text: 'Continue setting up ShipStation' }}
          prompts={promptsOf(account, session.popupDismissed)}
        />
      ))
      const url = await nsaSsoUrl(account, {
        keys: await runtime.keys(),
        peers: runtime.peers,
        tenant: c.var.tenant,
        clock: c.var.clock,
      })
      return c.redirect(url, 302)
    })
    .post('/nsa/popup/dismiss', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      await dismissPopupForSession(c, current.session)
      return c.redirect('/dashboard', 303)
    })
    .post('/nsa/approval-banner/dismiss', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      const { returnTo } = parseInput(DismissForm, await readBody(c))
      // Nothing to dismiss is not worth an error page for a browser: the banner is gone either way.
      await dismissApprovalBanner(domainContext(c, runtime), current.account.id).catch((error) => {
        if (!(error instanceof NothingToDismissError)) throw error
      })
      return c.redirect(returnTo, 303)
    })
}
