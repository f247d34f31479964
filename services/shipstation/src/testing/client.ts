// Test support only: a browser-like client of the in-process app.
import type { OutboxMessage } from '@partner-sandbox/shared'
import type { Hono } from 'hono'

export const SHIPSTATION_URL = 'http://shipstation.test'

/** A browser (or API client) with its own cookie jar. */
export class Client {
  readonly cookies = new Map<string, string>()
  constructor(
    private readonly app: Pick<Hono, 'request'>,
    private readonly tenant?: string,
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '))
    }
    if (this.tenant) headers.set('x-sandbox-tenant', this.tenant)
    const res = await this.app.request(new URL(path, SHIPSTATION_URL).toString(), {
      ...init,
      headers,
    })
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const [name = '', value = ''] = pair.split('=')
      const expired = attributes.some((a) => /^\s*max-age=0$/i.test(a))
      if (expired || value === '') this.cookies.delete(name.trim())
      else this.cookies.set(name.trim(), value)
    }
    return res
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers })
  }

  postForm(path: string, fields: Record<string, string> = {}) {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams(fields).toString(),
    })
  }

  postJson(path: string, body: unknown = {}) {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  }

  /** The newest outbox message to `to` on `channel`. */
  async latestMessage(to: string, channel: 'email' | 'sms'): Promise<OutboxMessage> {
    const res = await this.get(`/__sandbox/outbox?to=${encodeURIComponent(to)}`)
    const messages = (await res.json()) as OutboxMessage[]
    const found = messages.find((m) => m.channel === channel)
    if (!found) throw new Error(`No ${channel} message to ${to}`)
    return found
  }

  async advanceClock(advance: string): Promise<void> {
    const res = await this.postJson('/__sandbox/clock', { advance })
    if (!res.ok) throw new Error(`clock: ${res.status}`)
  }
}
