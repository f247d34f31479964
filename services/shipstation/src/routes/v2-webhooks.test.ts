import { createSeededRandom, DEFAULT_PASSWORD_COST, TENANT_HEADER } from '@partner-sandbox/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { createApiKey } from '../domain/api-keys'
import { creditBalance } from '../domain/balance-ledger'
import { verifyWebhookSignature } from '../lib/webhook-signature'
import { SHIPSTATION_URL } from '../testing/client'
import { completeSetup, createHarness, NOW } from '../testing/harness'
import { V2_TEST_ADDRESS, v2Client } from '../testing/v2-client'
import { startWebhookReceiver } from '../testing/webhook-receiver'

const ADDRESS = V2_TEST_ADDRESS
const receivers: Awaited<ReturnType<typeof startWebhookReceiver>>[] = []
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()))
})

async function setup(options: { retryWebhooksInBackground?: boolean } = {}) {
  const receiver = await startWebhookReceiver()
  receivers.push(receiver)
  const h = await createHarness(options)
  const accountId = await completeSetup(h.client())
  const ctx = {
    store: h.store.forTenant('default'),
    clock: { now: () => new Date(NOW) },
    random: createSeededRandom(3),
    baseUrl: SHIPSTATION_URL,
    // Only the type needs it: these tests hash no passwords.
    passwordCost: DEFAULT_PASSWORD_COST,
  }
  const { key } = await createApiKey(ctx, accountId)
  await creditBalance(ctx, { accountId, amount: 5000, reason: 'funding', idempotencyKey: 'f' })
  const v2 = v2Client(h.app, key)
  const carriers = (await v2('GET', '/v2/carriers')).body as { carriers: { carrier_id: string }[] }
  const buyLabel = () =>
    v2('POST', '/v2/labels', {
      shipment: {
        carrier_id: carriers.carriers[0]?.carrier_id,
        service_code: 'usps_ground_advantage',
        ship_from: ADDRESS,
        ship_to: { ...ADDRESS, name: 'Grace Hopper', postal_code: '10001' },
        packages: [{ weight: { value: 8, unit: 'ounce' } }],
      },
    })
  const control = (path: string, method = 'GET') =>
    h.app.request(`${SHIPSTATION_URL}${path}`, { method, headers: { [TENANT_HEADER]: 'default' } })
  return { h, v2, receiver, buyLabel, control, accountId }
}

describe('ShipStation API v2: /v2/environment/webhooks', () => {
  it('creates, lists, gets, updates and deletes webhooks as the document spells them', async () => {
    const { v2, receiver } = await setup()
    const created = await v2('POST', '/v2/environment/webhooks', {
      event: 'label_created',
      url: receiver.url,
    })
    expect(created.status).toBe(200)
    const webhook = created.body as { webhook_id: string }
    expect(webhook).toMatchObject({ event: 'label_created', url: receiver.url })
    expect(created.headers.get('x-shipstation-webhook-secret')).toMatch(/^whsec_/)
    expect((await v2('GET', '/v2/environment/webhooks')).body).toEqual([
      { webhook_id: webhook.webhook_id, url: receiver.url, event: 'label_created', headers: [] },
    ])
    const path = `/v2/environment/webhooks/${webhook.webhook_id}`
    const changed = await v2('PUT', path, { url: `${receiver.url}/v2` })
    expect(changed.status).toBe(204)
    expect((await v2('GET', path)).body).toMatchObject({ url: `${receiver.url}/v2` })
    expect((await v2('DELETE', path)).status).toBe(204)
    expect((await v2('GET', path)).status).toBe(404)
    expect((await v2('GET', '/v2/environment/webhooks')).body).toEqual([])
  })

  it('refuses an unknown event, a bad url and a second webhook for one event, writing nothing', async () => {
    const { h, v2, receiver } = await setup()
    const badEvent = await v2('POST', '/v2/environment/webhooks', {
      event: 'lunch',
      url: receiver.url,
    })
    expect(badEvent.status).toBe(400)
    const badUrl = await v2('POST', '/v2/environment/webhooks', { event: 'track', url: 'ftp://x' })
    expect(badUrl.status).toBe(400)
    await v2('POST', '/v2/environment/webhooks', { event: 'track', url: receiver.url })
    const twice = await v2('POST', '/v2/environment/webhooks', {
      event: 'track',
      url: receiver.url,
    })
    expect(twice.status).toBe(409)
    expect((twice.body as { errors: { error_code: string }[] }).errors[0]?.error_code).toBe(
      'webhook_event_type_conflict',
    )
    expect(await h.store.forTenant('default').list('webhooks')).toHaveLength(1)
  })

  it('delivers label_created to a real HTTP receiver, signed with the account secret', async () => {
    const { v2, receiver, buyLabel } = await setup()
    const created = await v2('POST', '/v2/environment/webhooks', {
      event: 'label_created',
      url: receiver.url,
      headers: [{ key: 'x-team', value: 'shipping' }],
    })
    const secret = created.headers.get('x-shipstation-webhook-secret') ?? ''
    const label = (await buyLabel()).body as { label_id: string }
    expect(receiver.received).toHaveLength(1)
    const [delivery] = receiver.received
    const timestamp = String(delivery?.headers['x-shipstation-webhook-timestamp'])
    const signature = String(delivery?.headers['x-shipstation-webhook-signature'])
    expect(verifyWebhookSignature(secret, timestamp, delivery?.body ?? '', signature)).toBe(true)
    expect(verifyWebhookSignature(secret, timestamp, `${delivery?.body} `, signature)).toBe(false)
    expect(delivery?.headers['x-team']).toBe('shipping')
    expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({
      resource_type: 'API_LABEL',
      event: 'label_created',
      data: { label_id: label.label_id, status: 'completed' },
    })
  })

  it('sends track and label_voided when a label is voided', async () => {
    const { v2, receiver, buyLabel } = await setup()
    await v2('POST', '/v2/environment/webhooks', { event: 'track', url: receiver.url })
    await v2('POST', '/v2/environment/webhooks', { event: 'label_voided', url: receiver.url })
    const label = (await buyLabel()).body as { label_id: string }
    await v2('PUT', `/v2/labels/${label.label_id}/void`)
    const bodies = receiver.received.map((r) => JSON.parse(r.body))
    expect(bodies.map((b) => b.resource_type)).toEqual(['API_TRACK', 'API_TRACK', 'API_LABEL'])
    expect(bodies[2]).toMatchObject({ event: 'label_voided', data: { status: 'voided' } })
  })

  it('retries a refused delivery with backoff on the tenant clock and lists its attempts', async () => {
    const { h, v2, receiver, buyLabel, control } = await setup()
    await v2('POST', '/v2/environment/webhooks', { event: 'label_created', url: receiver.url })
    receiver.answer(500)
    await buyLabel()
    const list = async () =>
      (
        (await (await control('/__sandbox/webhook-deliveries')).json()) as {
          deliveries: { status: string; attempts: { status: number }[]; nextAttemptAt?: string }[]
        }
      ).deliveries
    const [pending] = await list()
    expect(pending).toMatchObject({ status: 'pending', attempts: [{ status: 500 }] })
    expect(pending?.nextAttemptAt).toBe(new Date(NOW + 60_000).toISOString())

    // Not due yet: nothing is sent.
    await control('/__sandbox/webhook-deliveries/retry', 'POST')
    expect(receiver.received).toHaveLength(1)
    await h.client().advanceClock('2m')
    await control('/__sandbox/webhook-deliveries/retry', 'POST')
    expect(receiver.received).toHaveLength(2)
    const [delivered] = await list()
    expect(delivered).toMatchObject({
      status: 'delivered',
      attempts: [{ status: 500 }, { status: 200 }],
    })
  })

  it('gives up after the last retry and keeps the delivery as failed', async () => {
    const { h, v2, receiver, buyLabel, control } = await setup()
    await v2('POST', '/v2/environment/webhooks', { event: 'label_created', url: receiver.url })
    receiver.answer(500, 500, 500, 500, 500, 500)
    await buyLabel()
    for (let i = 0; i < 5; i++) {
      await h.client().advanceClock('7h')
      await control('/__sandbox/webhook-deliveries/retry', 'POST')
    }
    const { deliveries } = (await (await control('/__sandbox/webhook-deliveries')).json()) as {
      deliveries: { status: string; attempts: unknown[] }[]
    }
    expect(deliveries[0]).toMatchObject({ status: 'failed' })
    expect(deliveries[0]?.attempts).toHaveLength(6)
  })

  it('retries due deliveries behind ordinary requests when the app runs with background retries', async () => {
    const { h, v2, receiver, buyLabel } = await setup({ retryWebhooksInBackground: true })
    await v2('POST', '/v2/environment/webhooks', { event: 'label_created', url: receiver.url })
    receiver.answer(503)
    await buyLabel()
    expect(receiver.received).toHaveLength(1)
    await h.client().advanceClock('2m')
    await expect.poll(() => receiver.received.length).toBe(2)
  })
})
