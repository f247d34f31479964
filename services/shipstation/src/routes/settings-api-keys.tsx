import { onFormError, parseInput, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import * as z from 'zod'
import { createApiKey, listApiKeys, revokeApiKey } from '../domain/api-keys'
import { promptsOf } from '../domain/onboarding-prompts'
import { webhookSigningSecret } from '../domain/webhooks'
import { signedIn } from '../lib/session'
import { ApiKeysPage } from '../pages/api-keys'
import { NoticePage } from '../pages/notice'
import { domainContext, type ShipStationRuntime } from '../runtime'

const KeyId = z.string().regex(/^key_[A-Za-z0-9_-]{1,40}$/, 'Not an API key id.')

/** Settings > API Keys: create and revoke ShipStation API v2 keys. */
export function settingsApiKeyRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .get('/settings/api-keys', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      const ctx = domainContext(c, runtime)
      const { account, session } = current
      return c.html(
        <ApiKeysPage
          prompts={promptsOf(account, session.popupDismissed)}
          keys={await listApiKeys(ctx, account.id)}
          webhookSecret={await webhookSigningSecret(ctx, account.id)}
        />,
      )
    })
    .post('/settings/api-keys', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      const ctx = domainContext(c, runtime)
      const { account, session } = current
      const created = await createApiKey(ctx, account.id)
      // Rendered, not redirected: the key is shown this once and never stored in clear.
      return c.html(
        <ApiKeysPage
          prompts={promptsOf(account, session.popupDismissed)}
          keys={await listApiKeys(ctx, account.id)}
          created={created}
          webhookSecret={await webhookSigningSecret(ctx, account.id)}
        />,
        201,
      )
    })
    .post('/settings/api-keys/:id/revoke', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      const { account, session } = current
      onFormError(c, (error) => (
        <NoticePage
          title="API key not revoked"
          message={error.message}
          link={{ href: '/settings/api-keys', text: 'Back to API Keys' }}
          prompts={promptsOf(account, session.popupDismissed)}
        />
      ))
      const id = parseInput(KeyId, c.req.param('id'))
      await revokeApiKey(domainContext(c, runtime), account.id, id)
      return c.redirect('/settings/api-keys', 303)
    })
}
