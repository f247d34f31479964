import type { SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { accountView } from '../domain/account-view'
import { dismissApprovalBanner } from '../domain/approval-banner'
import { nsaSsoUrl } from '../domain/nsa-sso'
import { dismissPopupForSession, requireSignedIn } from '../lib/session'
import { domainContext, type ShipStationRuntime } from '../runtime'

/** JSON twins of "See Instructions", "Not now" and "Dismiss". */
export function apiNsaRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .post('/api/v1/nsa/sso', async (c) => {
      const { account } = await requireSignedIn(c)
      const url = await nsaSsoUrl(account, {
        keys: await runtime.keys(),
        peers: runtime.peers,
        tenant: c.var.tenant,
        clock: c.var.clock,
      })
      return c.json({ url })
    })
    .post('/api/v1/nsa/popup/dismiss', async (c) => {
      const { account, session } = await requireSignedIn(c)
      await dismissPopupForSession(c, session)
      return c.json(accountView(account, true))
    })
    .post('/api/v1/nsa/approval-banner/dismiss', async (c) => {
      const { account, session } = await requireSignedIn(c)
      const updated = await dismissApprovalBanner(domainContext(c, runtime), account.id)
      return c.json(accountView(updated, session.popupDismissed))
    })
}
