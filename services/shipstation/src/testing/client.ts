// Test support only: a browser-like client of the in-process app.
import { CookieJar, type OutboxMessage, TENANT_HEADER } from '@partner-sandbox/shared'
import type { Hono } from 'hono'

export const SHIPSTATION_URL = 'http://shipstation.test'

/** A browser (or API client) with its own cookie jar. */
export class Client {
  readonly jar = new CookieJar()
  constructor(
    private readonly app: Pick<Hono, 'request'>,
    private readonly tenant?: string,
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(path, SHIPSTATION_URL).toString()
    const headers = new Headers(init.headers)
    const cookie = this.jar.headerFor(url)
    if (cookie) headers.set('cookie', cookie)
    if (this.tenant) headers.set(TENANT_HEADER, this.tenant)
    const res = await this.app.request(url, { ...init, headers })
    this.jar.store(url, res.headers)
    return res
  }

  hasCookie(name: string): boolean {
    return this.jar.valueOf(SHIPSTATION_URL, name) !== undefined
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers })
  }

  postForm(path: string, fields: Record<string, string> = {}) {
    return this.request(path, {
      method: 'POST',
      // What a browser sends with a form posted from the service's own page.
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
        origin: SHIPSTATION_URL,
        'sec-fetch-site': 'same-origin',
      },
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
