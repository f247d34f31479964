import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { httpPeerFetch } from './http-peer-fetch'
import type { FetchLike } from './peer'

interface Seen {
  method: string
  url: string
  headers: Record<string, string>
  body: string
}

let server: Server
let base: string
const seen: Seen[] = []

function answer(req: IncomingMessage, res: ServerResponse, body: string): void {
  const path = req.url ?? '/'
  if (path.startsWith('/drop')) {
    req.socket.destroy()
    return
  }
  if (path.startsWith('/see-other')) {
    res.writeHead(303, { location: '/json?after=redirect' })
    res.end()
    return
  }
  if (path.startsWith('/temporary')) {
    res.writeHead(307, { location: '/json?after=307' })
    res.end()
    return
  }
  if (path.startsWith('/gzip')) {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
    res.end(gzipSync('{"zipped":true}'))
    return
  }
  if (path.startsWith('/empty')) {
    res.writeHead(204)
    res.end()
    return
  }
  res.setHeader('content-type', 'application/json')
  res.appendHeader('set-cookie', 'a=1; Path=/')
  res.appendHeader('set-cookie', 'b=2; Path=/')
  res.writeHead(path.startsWith('/missing') ? 404 : 200)
  res.end(JSON.stringify({ method: req.method, path, body }))
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => {
      body += chunk
    })
    req.on('end', () => {
      const headers: Record<string, string> = {}
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        headers[(req.rawHeaders[i] as string).toLowerCase()] = req.rawHeaders[i + 1] as string
      }
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers, body })
      answer(req, res, body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** What the server saw and what the caller got, for one call through `fetch`. */
async function exchange(fetch: FetchLike, path: string, init?: RequestInit) {
  seen.length = 0
  const res = await fetch(`${base}${path}`, init)
  const text = await res.text()
  return {
    requests: seen.map((s) => ({ ...s })),
    status: res.status,
    headers: [...res.headers].filter(([name]) => name !== 'date' && name !== 'keep-alive'),
    cookies: res.headers.getSetCookie(),
    text,
  }
}

const CALLS: [string, string, RequestInit | undefined][] = [
  [
    'a JSON POST with headers',
    '/json?q=1',
    {
      method: 'POST',
      headers: {
        authorization: 'Bearer t',
        accept: 'application/json',
        'x-sandbox-tenant': 'acme',
      },
      body: JSON.stringify({ weight: 1 }),
    },
  ],
  [
    'a Headers object with a mixed-case name',
    '/json',
    {
      method: 'POST',
      headers: new Headers({ 'X-Sandbox-Caller': 'stamps', 'content-type': 'application/json' }),
      body: '{}',
    },
  ],
  ['a form', '/json', { method: 'POST', body: new URLSearchParams({ grant_type: 'x', a: 'b c' }) }],
  ['a text body', '/json', { method: 'PUT', body: 'plain' }],
  ['a GET', '/json', undefined],
  ['a DELETE', '/json', { method: 'DELETE' }],
  ['a POST without a body', '/json', { method: 'POST' }],
  ['a 404', '/missing', undefined],
  ['a 303 after a POST', '/see-other', { method: 'POST', body: 'x' }],
  ['a 307 after a POST', '/temporary', { method: 'POST', body: 'kept' }],
  ['a 303 not followed', '/see-other', { method: 'POST', body: 'x', redirect: 'manual' }],
  ['a gzipped answer', '/gzip', undefined],
  ['a 204', '/empty', { method: 'POST', body: '{}' }],
]

describe('httpPeerFetch', () => {
  it.each(CALLS)('sends and answers %s exactly as global fetch does', async (_, path, init) => {
    const viaFetch = await exchange(globalThis.fetch, path, init)
    const viaPeer = await exchange(httpPeerFetch, path, init)
    expect(viaPeer).toEqual(viaFetch)
    expect(viaPeer.requests.length).toBeGreaterThan(0)
  })

  it('reuses one connection for calls one after another', async () => {
    const ports = new Set<number>()
    const counting = (socket: { remotePort?: number }) => ports.add(socket.remotePort ?? 0)
    server.on('connection', counting)
    for (let i = 0; i < 5; i++) await (await httpPeerFetch(`${base}/json`)).text()
    server.off('connection', counting)
    expect(ports.size).toBeLessThanOrEqual(1)
  })

  it('rejects as fetch does when the connection drops or nobody listens', async () => {
    await expect(httpPeerFetch(`${base}/drop`, { method: 'POST', body: '{}' })).rejects.toThrow(
      expect.objectContaining({ name: 'TypeError', message: 'fetch failed' }),
    )
    await expect(globalThis.fetch(`${base}/drop`, { method: 'POST', body: '{}' })).rejects.toThrow(
      expect.objectContaining({ name: 'TypeError', message: 'fetch failed' }),
    )
    const idle = createServer()
    await new Promise<void>((resolve) => idle.listen(0, '127.0.0.1', resolve))
    const port = (idle.address() as AddressInfo).port
    await new Promise((resolve) => idle.close(resolve))
    await expect(httpPeerFetch(`http://127.0.0.1:${port}/`)).rejects.toThrow(
      expect.objectContaining({ name: 'TypeError', message: 'fetch failed' }),
    )
  })

  it('leaves a Request, a signal and a streamed body to global fetch', async () => {
    const viaRequest = await httpPeerFetch(
      new Request(`${base}/json`, { method: 'POST', body: 'r' }),
    )
    expect(await viaRequest.json()).toMatchObject({ method: 'POST', body: 'r' })
    const viaSignal = await httpPeerFetch(`${base}/json`, { signal: AbortSignal.timeout(5_000) })
    expect(viaSignal.status).toBe(200)
  })
})
