import { StepFailedError } from '../errors'
import type { Expectation } from '../scenario-schema'
import type { Exchange } from './client'
import { describeExchange, jsonOf, readableText } from './describe'
import { collapse, isHtml } from './html'
import { differenceOf, valueAt } from './json-match'
import { regionOf } from './region'

/** What differed, and the words of the body to show the reader around (see `excerpt`). */
export interface ExpectationReport {
  failures: string[]
  /**
   * Strings of the checked text near which the mismatch is, most telling first; a list is a JSON
   * path's keys, found one after the other.
   */
  focus: (string | string[])[]
  /** The text the text/notText expectations read: the page, or the `within` part of it. */
  checkedText: string
}

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
  const { failures } = reportExpectations(exchange, expect)
  if (failures.length === 0) return undefined
  return `${failures.join('; ')} (${describeExchange(exchange)})`
}

/** Every expectation that did not hold, with where to look. */
export function reportExpectations(
  exchange: Exchange,
  expect: Expectation = {},
): ExpectationReport {
  const failures: string[] = []
  const focus: (string | string[])[] = []
  const statuses = expect.status === undefined ? undefined : [expect.status].flat()
  if (statuses ? !statuses.includes(exchange.status) : exchange.status >= 400) {
    failures.push(`status ${exchange.status}, expected ${statuses?.join(' or ') ?? 'below 400'}`)
  }
  // The page's text is worked out only when an expectation (or a failure's excerpt) reads it.
  let text: string | undefined
  if (expect.within) {
    const type = exchange.headers.get('content-type') ?? ''
    try {
      if (!isHtml(type, exchange.body)) throw new StepFailedError('the answer is not a page')
      text = readableText({ ...exchange, body: regionOf(exchange.body, expect.within) })
    } catch (error) {
      if (!(error instanceof StepFailedError)) throw error
      failures.push(`within ${JSON.stringify(expect.within)}: ${error.message}`)
      text = ''
    }
  }
  const checked = () => {
    text ??= readableText(exchange)
    return text
  }
  const where = expect.within ? ` within ${Object.values(expect.within)[0]}` : ''
  for (const wanted of expect.text ?? []) {
    if (!checked().includes(collapse(wanted))) {
      failures.push(`missing text "${wanted}"${where}`)
      focus.push(longestPrefixIn(collapse(wanted), checked()))
    }
  }
  for (const unwanted of expect.notText ?? []) {
    if (checked().includes(collapse(unwanted))) {
      failures.push(`unexpected text "${unwanted}"${where}`)
      focus.push(collapse(unwanted))
    }
  }
  if (expect.json) {
    const body = jsonOf(exchange)
    if (body === undefined) failures.push('the body is not JSON')
    else {
      for (const [path, wanted] of Object.entries(expect.json)) {
        const diff = differenceOf(valueAt(body, path), wanted, path)
        if (diff) {
          failures.push(diff)
          // The diff names the deepest failing path (`a.b.c is …`): the excerpt follows it down.
          const failedAt = diff.match(/^(.*?) (?:is|has no item) /)?.[1] ?? path
          const keys = failedAt.split('.').filter((p) => p && !/^\d+$/.test(p))
          if (keys.length > 0) focus.push(keys.map((k) => `"${k}"`))
        }
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
  return {
    failures,
    focus: focus.filter(Boolean),
    get checkedText() {
      return checked()
    },
  }
}

/** The longest start of `wanted` that the text has, to show where the page says something else. */
function longestPrefixIn(wanted: string, text: string): string {
  for (let n = wanted.length - 1; n >= 4; n--)
    if (text.includes(wanted.slice(0, n))) return wanted.slice(0, n)
  return ''
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
