import type { Exchange } from './client'
import { headingOf, isHtml, visibleText } from './html'

// An answer's text is read by its expectations and again by its captures: work it out once.
const texts = new WeakMap<Exchange, string>()

/** The text expectations and captures read: visible page text for HTML, the raw body otherwise. */
export function readableText(exchange: Exchange): string {
  const known = texts.get(exchange)
  if (known !== undefined) return known
  const type = exchange.headers.get('content-type') ?? ''
  const text = isHtml(type, exchange.body) ? visibleText(exchange.body) : exchange.body
  texts.set(exchange, text)
  return text
}

/** Parsed JSON body, or undefined when the body is not JSON. */
export function jsonOf(exchange: Exchange): unknown {
  try {
    return JSON.parse(exchange.body)
  } catch {
    return undefined
  }
}

/**
 * Where a step ended, in words a tester can act on: the URL, the page heading and any error shown
 * (an alert on a page, the detail of a problem+json).
 */
export function describeExchange(exchange: Exchange): string {
  const parts = [`${exchange.status} at ${exchange.url}`]
  const type = exchange.headers.get('content-type') ?? ''
  if (isHtml(type, exchange.body)) {
    const heading = headingOf(exchange.body)
    if (heading) parts.push(`page "${heading}"`)
    const alerts = [...exchange.body.matchAll(/<[^>]+role="alert"[^>]*>([\s\S]*?)<\/(p|div)>/g)]
      .map((m) => visibleText(m[1]!))
      .filter(Boolean)
    if (alerts.length > 0) parts.push(`shows "${alerts.join(' / ')}"`)
  } else {
    const json = jsonOf(exchange) as { detail?: unknown; error_description?: unknown } | undefined
    const detail = json?.detail ?? json?.error_description
    if (typeof detail === 'string') parts.push(`says "${detail}"`)
    else if (exchange.body) parts.push(`body ${exchange.body.slice(0, 160)}`)
  }
  return parts.join(', ')
}
