import * as z from 'zod'
import type { Clock } from './clock'
import { secretToken } from './random'
import type { TenantStore } from './store/store'

const OUTBOX = 'outbox'

export const OutboxMessage = z.object({
  id: z.string(),
  at: z.string(),
  channel: z.enum(['email', 'sms']),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  code: z.string().optional(),
  link: z.string().optional(),
})
export type OutboxMessage = z.infer<typeof OutboxMessage>

export type NewOutboxMessage = Omit<OutboxMessage, 'id' | 'at'>

/**
 * "Sends" an email or SMS: records it where `GET /__sandbox/outbox` and the outbox page show it.
 *
 * @example
 * await sendMessage(store, clock, { channel: 'email', to, subject: 'Verify', text, code })
 */
export async function sendMessage(
  store: TenantStore,
  clock: Clock,
  message: NewOutboxMessage,
): Promise<OutboxMessage> {
  const stored: OutboxMessage = { id: secretToken(9), at: clock.now().toISOString(), ...message }
  await store.put(OUTBOX, stored.id, stored)
  return stored
}

/** Newest first; `to` matches case-insensitively. */
export async function listMessages(
  store: TenantStore,
  filter: { to?: string } = {},
): Promise<OutboxMessage[]> {
  const all = await store.list<OutboxMessage>(OUTBOX)
  const to = filter.to?.toLowerCase()
  return all.filter((m) => !to || m.to.toLowerCase() === to).reverse()
}
