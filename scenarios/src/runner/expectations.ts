import type { Expectation } from '../scenario-schema'
import type { Exchange } from './client'
import { describeExchange, jsonOf, readableText } from './describe'
import { collapse } from './html'
import { differenceOf, valueAt } from './json-match'

/**
 * Checks a step's expectations against where it ended. Without `status`, anything below 400 passes,
 * so a form refused with 400 fails its step even when the author expected nothing in particular.
 * Returns what differed, or undefined.
 *
 * @example
 * const failure = checkExpectations(exchange, { status: 200, text: ['Dashboard'] })
 */
export function checkExpectations(
  exchange: Exchange,
  expect: Expectation = {},
): string | undefined {
  const failures: string[] = []
  const statuses = expect.status === undefined ? undefined : [expect.status].flat()
  if (statuses ? !statuses.includes(exchange.status) : exchange.status >= 400) {
    failures.push(`status ${exchange.status}, expected ${statuses?.join(' or ') ?? 'below 400'}`)
  }
  const text = readableText(exchange)
  for (const wanted of expect.text ?? []) {
    if (!text.includes(collapse(wanted))) failures.push(`missing text "${wanted}"`)
  }
  for (const unwanted of expect.notText ?? []) {
    if (text.includes(collapse(unwanted))) failures.push(`unexpected text "${unwanted}"`)
  }
  if (expect.json) {
    const body = jsonOf(exchange)
    if (body === undefined) failures.push('the body is not JSON')
    else {
      for (const [path, wanted] of Object.entries(expect.json)) {
        const diff = differenceOf(valueAt(body, path), wanted, path)
        if (diff) failures.push(diff)
      }
    }
  }
  if (expect.redirectTo && !exchange.redirects.some((url) => urlMatches(url, expect.redirectTo!))) {
    const seen = exchange.redirects.length > 0 ? exchange.redirects.join(' -> ') : 'no redirect'
    failures.push(`expected a redirect to ${showMatch(expect.redirectTo)}, saw ${seen}`)
  }
  if (expect.url && !urlMatches(exchange.url, expect.url)) {
    failures.push(`ended at ${exchange.url}, expected ${showMatch(expect.url)}`)
  }
  if (failures.length === 0) return undefined
  return `${failures.join('; ')} (${describeExchange(exchange)})`
}

/** A `/path` prefix matches on any service; a full URL prefix or `{regex}` on the whole URL. */
function urlMatches(url: string, match: NonNullable<Expectation['url']>): boolean {
  if (typeof match !== 'string') return new RegExp(match.regex).test(url)
  if (match.startsWith('/')) {
    const u = new URL(url)
    return `${u.pathname}${u.search}`.startsWith(match)
  }
  return url.startsWith(match)
}

function showMatch(match: NonNullable<Expectation['url']>): string {
  return typeof match === 'string' ? match : `/${match.regex}/`
}
