/**
 * The cookies of one scripted browser (a scenario run, a test client), keyed by origin and name. Simpler than a browser's (no paths,
 * domains or expiry dates beyond deletion) because each sandbox service is its own origin and sets
 * its cookies on `/`.
 */
export class CookieJar {
  readonly #cookies = new Map<string, Map<string, string>>()

  /** Keeps the cookies a response sets; `Max-Age=0` or a past `Expires` deletes one. */
  store(url: string, headers: Headers): void {
    const lines = headers.getSetCookie()
    if (lines.length === 0) return
    const origin = originOf(url)
    for (const line of lines) {
      const [pair = '', ...attributes] = line.split(';')
      const eq = pair.indexOf('=')
      if (eq <= 0) continue
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      const jar = this.#jarOf(origin)
      if (value === '' || attributes.some(isDeletion)) jar.delete(name)
      else jar.set(name, value)
    }
  }

  /** The `Cookie` header to send to `url`, or undefined when the jar holds none for it. */
  headerFor(url: string): string | undefined {
    const jar = this.#cookies.get(originOf(url))
    if (!jar || jar.size === 0) return undefined
    return [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  /** One cookie's value for `url`'s origin. */
  valueOf(url: string, name: string): string | undefined {
    return this.#cookies.get(new URL(url).origin)?.get(name)
  }

  /** Forgets one origin's cookies, or all of them: like signing out by clearing the browser. */
  clear(origin?: string): void {
    if (origin) this.#cookies.delete(new URL(origin).origin)
    else this.#cookies.clear()
  }

  #jarOf(origin: string): Map<string, string> {
    let jar = this.#cookies.get(origin)
    if (!jar) {
      jar = new Map()
      this.#cookies.set(origin, jar)
    }
    return jar
  }
}

// A request's URL is asked for its origin twice (cookies to send, cookies set): parse it once.
let lastUrl: string | undefined
let lastOrigin = ''
function originOf(url: string): string {
  if (url !== lastUrl) {
    lastOrigin = new URL(url).origin
    lastUrl = url
  }
  return lastOrigin
}

function isDeletion(attribute: string): boolean {
  const [key = '', value = ''] = attribute.split('=').map((s) => s.trim())
  if (/^max-age$/i.test(key)) return Number(value) <= 0
  // A deleted cookie gets an Expires in 1970; comparing years avoids needing a clock here.
  if (/^expires$/i.test(key)) return /\b19[0-9]{2}\b/.test(value)
  return false
}
