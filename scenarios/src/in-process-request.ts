// The in-process sandbox hands each app a Request for every hop (the runner's and the services'
// own), and the app reads its URL, method, headers and at most its body once, as text or bytes.
// undici's Request pays for more on construction: the init checked by WebIDL, an AbortSignal and,
// for a body, a ReadableStream to read it back through. @hono/node-server meets the same cost over
// a socket with a lightweight Request that builds the real one only when asked for more; this is
// that for a URL and an init, with a string body at most.

const SIMPLE_INIT = new Set(['method', 'headers', 'body', 'redirect', 'signal'])
const NORMALISED_METHOD = /^(?:delete|get|head|options|post|put)$/i
const METHOD_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
const FORBIDDEN_METHOD = /^(?:connect|trace|track)$/i
const encoder = new TextEncoder()

/**
 * A Request for `input` and `init` as `new Request` would make it, built cheaply when the init is
 * plain (method, headers, a string body, redirect, signal): `instanceof Request`, its URL, method and headers
 * read directly, its body read as text, JSON or bytes without a stream. Anything else it is asked
 * (its `body` stream, `signal`, `clone()`, `formData()`...) comes from a real Request built then,
 * once. Otherwise, or when `new Request` would throw, it is `new Request(input, init)`.
 * It is not undici's own object: `new Request(it)` and global `fetch(it)` refuse it, so code that
 * forwards an app's request elsewhere builds a new one from its URL, method, headers and body (none
 * does today; msw hands the apps its own Requests).
 */
export function inProcessRequest(input: string | URL, init: RequestInit = {}): Request {
  const request = lightRequest(input, init)
  return request ? (request as unknown as Request) : new Request(input, init)
}

function lightRequest(input: string | URL, init: RequestInit): InProcessRequest | undefined {
  for (const key in init) if (!SIMPLE_INIT.has(key)) return undefined
  const { body, signal } = init
  if (body !== undefined && body !== null && typeof body !== 'string') return undefined
  // A signal is the real Request's to follow, when someone asks for it.
  if (signal !== undefined && signal !== null && !(signal instanceof AbortSignal)) return undefined
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return undefined
  }
  if (url.username || url.password) return undefined
  const given = init.method ?? 'GET'
  if (!METHOD_TOKEN.test(given) || FORBIDDEN_METHOD.test(given)) return undefined
  const method = NORMALISED_METHOD.test(given) ? given.toUpperCase() : given
  const text = body ?? undefined
  if (text !== undefined && (method === 'GET' || method === 'HEAD')) return undefined
  const headers = new Headers(init.headers)
  if (text !== undefined && !headers.has('content-type'))
    headers.set('content-type', 'text/plain;charset=UTF-8')
  return new InProcessRequest(url.href, method, headers, text, init)
}

class InProcessRequest {
  readonly #url: string
  readonly #method: string
  readonly #headers: Headers
  readonly #body: string | undefined
  readonly #init: RequestInit
  #real: Request | undefined
  /** Set once the body was read directly: a second read fails as a spent Request's does. */
  #read = false

  constructor(
    url: string,
    method: string,
    headers: Headers,
    body: string | undefined,
    init: RequestInit,
  ) {
    this.#url = url
    this.#method = method
    this.#headers = headers
    this.#body = body
    this.#init = init
  }

  get url(): string {
    return this.#url
  }
  get method(): string {
    return this.#method
  }
  get headers(): Headers {
    return this.#headers
  }
  get bodyUsed(): boolean {
    return this.#read || (this.#real?.bodyUsed ?? false)
  }
  get body(): ReadableStream<Uint8Array> | null {
    // No body is null, as a real Request's is: hono/body-limit asks this of every POST.
    if (this.#body === undefined && !this.#real) return null
    return this.real().body
  }

  text(): Promise<string> {
    return this.#direct((text) => text, 'text')
  }
  json(): Promise<unknown> {
    return this.#direct((text) => JSON.parse(text), 'json')
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.#direct((text) => bufferOf(encoder.encode(text)), 'arrayBuffer')
  }
  bytes(): Promise<Uint8Array> {
    return this.#direct((text) => encoder.encode(text), 'bytes')
  }
  clone(): Request {
    if (this.#read) throw new TypeError('Request.clone: Body has already been consumed.')
    return this.real().clone()
  }

  /** The real Request, built on first need from the same URL, method, headers and body. */
  real(): Request {
    if (this.#real) return this.#real
    const init = { ...this.#init, method: this.#method, headers: this.#headers, body: this.#body }
    this.#real = new Request(this.#url, init)
    // A body read directly is spent: the real one's is read too, so it answers as a spent one.
    if (this.#read) this.#real.arrayBuffer().catch(() => undefined)
    return this.#real
  }

  #direct<T>(read: (text: string) => T, as: 'text' | 'json' | 'arrayBuffer' | 'bytes'): Promise<T> {
    if (this.#real) return this.#real[as]() as Promise<T>
    if (this.#read)
      return Promise.reject(new TypeError('Body is unusable: Body has already been read'))
    // A Request without a body reads as empty, again and again.
    if (this.#body !== undefined) this.#read = true
    try {
      return Promise.resolve(read(this.#body ?? ''))
    } catch (error) {
      return Promise.reject(error)
    }
  }
}

/** The ArrayBuffer of exactly these bytes. */
function bufferOf(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes
  return byteOffset === 0 && byteLength === buffer.byteLength
    ? (buffer as ArrayBuffer)
    : (buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer)
}

// Every other member of Request (signal, cache, mode, formData(), blob()...) is the real one's.
for (const key of Object.getOwnPropertyNames(Request.prototype)) {
  if (key === 'constructor' || Object.hasOwn(InProcessRequest.prototype, key)) continue
  const described = Object.getOwnPropertyDescriptor(Request.prototype, key)
  if (!described) continue
  Object.defineProperty(
    InProcessRequest.prototype,
    key,
    typeof described.value === 'function'
      ? {
          configurable: true,
          writable: true,
          value(this: InProcessRequest, ...args: unknown[]) {
            const real = this.real() as unknown as Record<string, (...a: unknown[]) => unknown>
            return real[key]!(...args)
          },
        }
      : {
          configurable: true,
          get(this: InProcessRequest) {
            return (this.real() as unknown as Record<string, unknown>)[key]
          },
        },
  )
}
Object.setPrototypeOf(InProcessRequest.prototype, Request.prototype)
