import { createInProcessSandbox, startHttpSandbox } from '@partner-sandbox/scenarios'
import { MAX_BODY_BYTES, SERVICE_NAMES } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { countingSandbox } from '../support/counting-store'
import { localSandboxConfig } from '../support/free-port'

const PATHS = {
  shipstation: '/api/v1/accounts',
  stamps: '/api/v1/sso',
  usps: '/api/v1/registrations',
}

describe('request body limit', () => {
  it('answers 413 problem+json to a body over 1 MB on every service, and writes nothing', async () => {
    const { sandbox, writes } = countingSandbox()
    const big = JSON.stringify({ email: 'a@example.com', padding: 'x'.repeat(MAX_BODY_BYTES) })
    for (const service of SERVICE_NAMES) {
      const res = await sandbox.apps[service].request(PATHS[service], {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
        body: big,
      })
      expect(res.status, service).toBe(413)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect(await res.json()).toMatchObject({ status: 413, code: 'payload_too_large' })
    }
    expect(writes()).toBe(0)
  })

  it('stops reading a streamed body without a length once it passes the limit', async () => {
    const sandbox = createInProcessSandbox()
    let sent = 0
    const chunk = new Uint8Array(64 * 1024).fill(120)
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 50 MB if nobody stops reading; the limit stops it after about 1 MB.
        if (sent >= 50 * 1024 * 1024) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    const res = await sandbox.apps.usps.request('/api/v1/registrations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
    expect(sent).toBeLessThan(4 * MAX_BODY_BYTES)
  })

  it('still accepts ordinary bodies', async () => {
    const sandbox = createInProcessSandbox()
    const res = await sandbox.apps.usps.request('/api/v1/registrations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ok@example.com' }),
    })
    expect(res.status).toBeLessThan(300)
  })

  // Over a socket the limit is judged from Content-Length without building a full Request, and a
  // chunked body is counted as it streams in: both must still refuse, and an ordinary body pass.
  it('refuses an oversized body over HTTP, with or without a declared length', async () => {
    const sandbox = await startHttpSandbox(await localSandboxConfig('memory'))
    try {
      const url = `${sandbox.urls.usps}/api/v1/registrations`
      const big = JSON.stringify({ email: 'a@example.com', padding: 'x'.repeat(MAX_BODY_BYTES) })
      const declared = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: big,
      })
      expect(declared.status).toBe(413)
      expect(await declared.json()).toMatchObject({ code: 'payload_too_large' })
      const bytes = new TextEncoder().encode(big)
      const chunked = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new ReadableStream<Uint8Array>({
          start(controller) {
            for (let at = 0; at < bytes.length; at += 64 * 1024)
              controller.enqueue(bytes.subarray(at, at + 64 * 1024))
            controller.close()
          },
        }),
        duplex: 'half',
      } as RequestInit)
      expect(chunked.status).toBe(413)
      const ordinary = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ok@example.com' }),
      })
      expect(ordinary.status).toBeLessThan(300)
    } finally {
      await sandbox.close()
    }
  })
})
