import { errorFormat, parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import * as z from 'zod'
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listWebhooks,
  NewWebhook,
  updateWebhook,
  type Webhook,
  WebhookChange,
  webhookSigningSecret,
} from '../domain/webhooks'
import { v2Account } from '../lib/v2-auth'
import { v2ErrorFormat } from '../lib/v2-error-format'
import { domainContext, type ShipStationRuntime } from '../runtime'

const SeId = z.string().regex(/^se(-[a-z0-9]+)+$/, 'Not a ShipStation id (se-...).')
/** Where a webhook's creator reads the key its deliveries are signed with (also on Settings). */
export const WEBHOOK_SECRET_HEADER = 'x-shipstation-webhook-secret'

const view = ({ webhook_id, url, event, headers }: Webhook) => ({ webhook_id, url, event, headers })

/** `/v2/environment/webhooks` CRUD as ShipStation API v2's document has it. */
export function v2WebhookRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .use('/v2/*', errorFormat(v2ErrorFormat))
    .get('/v2/environment/webhooks', async (c) => {
      const account = await v2Account(c, runtime)
      return c.json((await listWebhooks(domainContext(c, runtime), account.id)).map(view))
    })
    .post('/v2/environment/webhooks', async (c) => {
      const account = await v2Account(c, runtime)
      const ctx = domainContext(c, runtime)
      const input = parseInput(NewWebhook, await readBody(c))
      const webhook = await createWebhook(ctx, account.id, input)
      c.header(WEBHOOK_SECRET_HEADER, await webhookSigningSecret(ctx, account.id))
      return c.json(view(webhook))
    })
    .get('/v2/environment/webhooks/:webhook_id', async (c) => {
      const account = await v2Account(c, runtime)
      const id = parseInput(SeId, c.req.param('webhook_id'))
      return c.json(view(await getWebhook(domainContext(c, runtime), account.id, id)))
    })
    .put('/v2/environment/webhooks/:webhook_id', async (c) => {
      const account = await v2Account(c, runtime)
      const id = parseInput(SeId, c.req.param('webhook_id'))
      const change = parseInput(WebhookChange, await readBody(c))
      await updateWebhook(domainContext(c, runtime), account.id, id, change)
      return c.body(null, 204)
    })
    .delete('/v2/environment/webhooks/:webhook_id', async (c) => {
      const account = await v2Account(c, runtime)
      const id = parseInput(SeId, c.req.param('webhook_id'))
      await deleteWebhook(domainContext(c, runtime), account.id, id)
      return c.body(null, 204)
    })
}
