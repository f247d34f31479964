/** A UTF-16 surrogate without its pair: no URL can carry it (encodeURI throws URIError). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * A `return_to` is followed only when it is a path on this site: it starts with "/" but not "//"
 * or "/\" (which browsers read as another host), and is text a URL can carry. Anything else is
 * dropped.
 *
 * @example
 * safeReturnTo('/oauth2/v3/consent/abc') // '/oauth2/v3/consent/abc'
 * safeReturnTo('//evil.example') // undefined
 */
export function safeReturnTo(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined
  if ([...value].some((ch) => ch.charCodeAt(0) < 0x20)) return undefined
  if (LONE_SURROGATE.test(value)) return undefined
  return value
}

/** `/login?return_to=...` for a page that needs a signed-in user. */
export function loginUrl(returnTo: string | undefined): string {
  const safe = safeReturnTo(returnTo)
  return safe ? `/login?return_to=${encodeURIComponent(safe)}` : '/login'
}
