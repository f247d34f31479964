/** What the journal shows instead of a secret. */
export const MASK = '***'

// Headers whose whole value is a credential. Cookies keep their names: a trainer sees which
// cookie crossed, never its value.
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'api-key',
  'x-api-key',
  'x-client-secret',
])
const SECRET_NAME = /secret|token|password|passwd|api[-_]?key|signature/i
// Query parameters that carry credentials or single-use codes.
const SECRET_PARAMS = new Set([
  'token',
  'code',
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'code_verifier',
  'password',
  'api_key',
  'apikey',
])

/**
 * Headers as the journal keeps them: lower-case names, credentials masked. `Authorization` keeps
 * its scheme (`Bearer ***`) so the journal still says how the caller authenticated.
 *
 * @example
 * maskHeaders(new Headers({ authorization: 'Bearer eyJ...' })) // { authorization: 'Bearer ***' }
 */
export function maskHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of headers) {
    if (name === 'set-cookie') continue
    out[name] = maskHeader(name, value)
  }
  const cookies = headers.getSetCookie()
  if (cookies.length > 0) out['set-cookie'] = cookies.map(maskSetCookie).join(', ')
  return out
}

/**
 * `maskHeaders(new Headers(...))` of a request's headers as Node received them (`rawHeaders`:
 * name, value, name, value...), without building the Headers object: the names lower-cased and
 * sorted, values trimmed, repeated headers joined (`; ` for Cookie, `, ` otherwise) as Headers
 * joins them.
 */
export function maskRawHeaders(raw: readonly string[]): Record<string, string> {
  const joined = new Map<string, string>()
  const cookies: string[] = []
  for (let i = 0; i < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase()
    if (name.startsWith(':')) continue
    const value = trimHeaderValue(raw[i + 1] as string)
    if (name === 'set-cookie') {
      cookies.push(value)
      continue
    }
    const before = joined.get(name)
    joined.set(
      name,
      before === undefined ? value : `${before}${name === 'cookie' ? '; ' : ', '}${value}`,
    )
  }
  const out: Record<string, string> = {}
  for (const name of [...joined.keys()].sort())
    out[name] = maskHeader(name, joined.get(name) as string)
  if (cookies.length > 0) out['set-cookie'] = cookies.map(maskSetCookie).join(', ')
  return out
}

const HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g
const isHttpWhitespace = (code: number) => code === 9 || code === 10 || code === 13 || code === 32

function trimHeaderValue(value: string): string {
  if (value === '') return value
  const edges =
    isHttpWhitespace(value.charCodeAt(0)) || isHttpWhitespace(value.charCodeAt(value.length - 1))
  return edges ? value.replace(HTTP_WHITESPACE, '') : value
}

/** `maskHeaders` of headers held in a plain object with lower-case names and no Set-Cookie. */
export function maskHeaderRecord(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name in headers) out[name] = maskHeader(name, headers[name] as string)
  return out
}

function maskHeader(name: string, value: string): string {
  if (name === 'authorization' || name === 'proxy-authorization') {
    const scheme = /^(\S+)\s+\S/.exec(value)?.[1]
    return scheme ? `${scheme} ${MASK}` : MASK
  }
  if (name === 'cookie') return maskCookiePairs(value)
  if (name === 'location' || name === 'referer') return maskUrl(value)
  if (SECRET_HEADERS.has(name) || SECRET_NAME.test(name)) return MASK
  return value
}

function maskCookiePairs(value: string): string {
  return value
    .split(';')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=${MASK}`)
    .join('; ')
}

function maskSetCookie(cookie: string): string {
  const [pair = '', ...attributes] = cookie.split(';')
  return [`${pair.split('=')[0]?.trim()}=${MASK}`, ...attributes.map((a) => a.trim())].join('; ')
}

/**
 * A URL with the values of credential query parameters masked (`token`, `code`, `client_secret`,
 * ...). Relative URLs stay relative.
 *
 * @example
 * maskUrl('/sso?token=eyJ...&x=1') // '/sso?token=***&x=1'
 */
export function maskUrl(url: string): string {
  const query = url.indexOf('?')
  if (query < 0) return url
  const hash = url.indexOf('#', query)
  const end = hash < 0 ? url.length : hash
  const params = new URLSearchParams(url.slice(query + 1, end))
  let changed = false
  for (const name of new Set(params.keys())) {
    if (SECRET_PARAMS.has(name.toLowerCase()) || SECRET_NAME.test(name)) {
      params.set(name, MASK)
      changed = true
    }
  }
  if (!changed) return url
  return `${url.slice(0, query)}?${params.toString().replaceAll('%2A', '*')}${url.slice(end)}`
}
