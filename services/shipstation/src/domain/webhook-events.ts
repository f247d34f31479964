import { urlOf } from '@partner-sandbox/shared'
import { v2Label } from '../lib/v2-views'
import type { Label } from './labels'
import type { ShippingContext } from './shipping-context'
import { queueWebhookDelivery } from './webhook-deliveries'
import { listWebhooks } from './webhooks'

export type LabelEvent = 'label_created' | 'label_voided'

const TRACK_DESCRIPTION: Record<LabelEvent, string> = {
  label_created: 'Label created, not yet in the USPS system',
  label_voided: 'Label voided',
}

/**
 * Tells the account's webhooks about a label: `label_created` / `label_voided` carry the v2 label;
 * `track` (the document's shipment-update event) carries the tracking update. Each delivery is
 * queued, signed and tried at once; failures are retried later.
 *
 * @example
 * await emitWebhookEvent(ctx, account.id, 'label_created', label)
 */
export async function emitWebhookEvent(
  ctx: ShippingContext,
  accountId: string,
  event: LabelEvent,
  label: Label,
): Promise<void> {
  const webhooks = (await listWebhooks(ctx, accountId)).filter(
    (w) => w.event === event || w.event === 'track',
  )
  for (const webhook of webhooks) {
    const payload =
      webhook.event === 'track'
        ? {
            resource_url: urlOf(ctx.baseUrl, `/v2/labels/${label.id}/track`),
            resource_type: 'API_TRACK',
            data: {
              label_id: label.id,
              tracking_number: label.trackingNumber,
              status_code: event === 'label_created' ? 'NY' : 'UN',
              status_description: TRACK_DESCRIPTION[event],
              carrier_code: 'stamps_com',
              occurred_at: ctx.clock.now().toISOString(),
            },
          }
        : {
            resource_url: urlOf(ctx.baseUrl, `/v2/labels/${label.id}`),
            resource_type: 'API_LABEL',
            event,
            data: v2Label(label, ctx.baseUrl),
          }
    await queueWebhookDelivery(ctx, webhook, webhook.event, payload)
  }
}
