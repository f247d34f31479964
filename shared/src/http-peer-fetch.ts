import { Agent, request as httpRequest, type IncomingMessage } from 'node:http'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'
import type { FetchLike } from './peer'

// Idle sockets close before the server's keep-alive timeout (Node's default is 5 s), so a request
// never goes out on a socket the server is closing.
const agent = new Agent({ keepAlive: true, timeout: 4_000 })

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 20
const NULL_BODY = new Set([101, 204, 205, 304])

// What undici's fetch adds to every request when the caller did not: receivers' journals record
// request headers, so a hop must carry the same ones over either client.
const DEFAULT_HEADERS: [string, string][] = [
  ['accept', '*/*'],
  ['accept-language', '*'],
  ['sec-fetch-mode', 'cors'],
  ['user-agent', 'node'],
  ['accept-encoding', 'gzip, deflate'],
]

/**
 * Fetch for back-channel calls between services over real ports: node:http on a keep-alive agent,
 * the response read whole into a Response. It sends what global fetch sends (the same default
 * headers, content type and length) and fails as it fails (`TypeError: fetch failed`), without
 * building a Request and streams at each end of every hop. A Request input, an AbortSignal, a
 * streamed body or a non-http URL goes to global fetch.
 *
 * @example
 * const res = await httpPeerFetch('http://127.0.0.1:4200/prices/v3/base-rates/search', { method: 'POST', body })
 */
export const httpPeerFetch: FetchLike = (input, init) => {
  if (input instanceof Request || init?.signal || !isPlainBody(init?.body)) {
    return globalThis.fetch(input, init)
  }
  const url = new URL(input)
  if (url.protocol !== 'http:') return globalThis.fetch(input, init)
  return send(url, init ?? {}, MAX_REDIRECTS)
}

function isPlainBody(
  body: RequestInit['body'],
): body is string | URLSearchParams | null | undefined {
  return (
    body === undefined ||
    body === null ||
    typeof body === 'string' ||
    body instanceof URLSearchParams
  )
}

async function send(url: URL, init: RequestInit, redirectsLeft: number): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase()
  const headers = new Headers(init.headers)
  let body: string | undefined
  if (typeof init.body === 'string') {
    body = init.body
    if (!headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8')
  } else if (init.body instanceof URLSearchParams) {
    body = init.body.toString()
    if (!headers.has('content-type')) {
      headers.set('content-type', 'application/x-www-form-urlencoded;charset=UTF-8')
    }
  }
  for (const [name, value] of DEFAULT_HEADERS) if (!headers.has(name)) headers.set(name, value)
  const payload = body === undefined ? undefined : Buffer.from(body)
  if (payload) headers.set('content-length', String(payload.length))
  else if (method === 'POST' || method === 'PUT') headers.set('content-length', '0')

  const answer = await exchange(url, method, headers, payload)
  const location = answer.headers.get('location')
  if (REDIRECTS.has(answer.status) && location && init.redirect !== 'manual') {
    if (init.redirect === 'error' || redirectsLeft === 0) {
      throw new TypeError('fetch failed', { cause: new Error('redirect not followed') })
    }
    const next = new URL(location, url)
    // As fetch: 303 (and 301/302 after a POST) become a GET without the body.
    const toGet =
      answer.status === 303 ||
      ((answer.status === 301 || answer.status === 302) && method === 'POST')
    if (!toGet) return send(next, { ...init, headers: init.headers }, redirectsLeft - 1)
    const getHeaders = new Headers(init.headers)
    for (const name of [
      'content-type',
      'content-length',
      'content-encoding',
      'content-language',
      'content-location',
    ]) {
      getHeaders.delete(name)
    }
    return send(
      next,
      { ...init, method: 'GET', body: undefined, headers: getHeaders },
      redirectsLeft - 1,
    )
  }
  return answer
}

function exchange(
  url: URL,
  method: string,
  headers: Headers,
  payload: Buffer | undefined,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const outgoing: Record<string, string> = {}
    for (const [name, value] of headers) outgoing[name] = value
    const req = httpRequest(
      {
        agent,
        method,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || 80,
        path: `${url.pathname}${url.search}`,
        headers: outgoing,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve(responseOf(res, method, Buffer.concat(chunks))))
        // Headers came but the body broke off: as fetch, the answer arrives and reading it fails.
        res.on('error', () => resolve(responseOf(res, method, undefined)))
      },
    )
    req.on('error', (cause) => reject(new TypeError('fetch failed', { cause })))
    req.end(payload)
  })
}

function responseOf(res: IncomingMessage, method: string, body: Buffer | undefined): Response {
  const headers = new Headers()
  const raw = res.rawHeaders
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string)
  const status = res.statusCode ?? 502
  const init = { status, statusText: res.statusMessage ?? '', headers }
  if (NULL_BODY.has(status) || method === 'HEAD') return new Response(null, init)
  if (body === undefined) return new Response(brokenBody(), init)
  return new Response(
    decoded(body, headers.get('content-encoding')) as Uint8Array<ArrayBuffer>,
    init,
  )
}

function decoded(body: Buffer, encoding: string | null): Buffer {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body)
    case 'deflate':
      return inflateSync(body)
    case 'br':
      return brotliDecompressSync(body)
    default:
      return body
  }
}

function brokenBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.error(new TypeError('terminated'))
    },
  })
}
