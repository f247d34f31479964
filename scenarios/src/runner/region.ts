import { type HTMLElement, parse } from 'node-html-parser'
import { StepFailedError } from '../errors'
import type { Region } from '../scenario-schema'
import { collapse, visibleText } from './html'

const DIALOGS = 'dialog, [role="dialog"], [role="alertdialog"]'
const BANNERS = '[data-banner], .banner, [role="status"], [role="alert"]'
const ROWS = 'tr, [role="row"]'

/**
 * The HTML of the part of a page a `within:` names: a dialog by its title (aria-label,
 * aria-labelledby or first heading), a banner by its id (`data-banner`) or words, a table row by
 * its words, or the first element a CSS selector finds. Fails the step, listing what the page has,
 * when there is no such part.
 *
 * @example
 * regionOf(html, { dialog: 'Connect your USPS business account' })
 */
export function regionOf(html: string, region: Region): string {
  const root = parse(html)
  if ('selector' in region) {
    let found: HTMLElement | null
    try {
      found = root.querySelector(region.selector)
    } catch (cause) {
      throw new StepFailedError(
        `within: "${region.selector}" is not a CSS selector I can read`,
        cause,
      )
    }
    if (!found) throw new StepFailedError(`nothing on this page matches "${region.selector}"`)
    return found.outerHTML
  }
  const [kind, wanted, candidates, nameOf] =
    'dialog' in region
      ? (['dialog', region.dialog, root.querySelectorAll(DIALOGS), dialogName] as const)
      : 'banner' in region
        ? (['banner', region.banner, outermost(root.querySelectorAll(BANNERS)), textOf] as const)
        : (['row', region.row, root.querySelectorAll(ROWS), textOf] as const)
  const want = collapse(wanted).toLowerCase()
  const names = candidates.map((el) => nameOf(el, root))
  const exact = candidates.find((el, i) => names[i]?.toLowerCase() === want || idOf(el) === want)
  const found = exact ?? candidates.find((_, i) => names[i]?.toLowerCase().includes(want))
  if (found) return found.outerHTML
  const seen = names.map((n) => `"${n.length > 80 ? `${n.slice(0, 77)}...` : n}"`).join(', ')
  throw new StepFailedError(`no ${kind} "${wanted}" on this page (${kind}s: ${seen || 'none'})`)
}

function dialogName(el: HTMLElement, root: HTMLElement): string {
  const label = el.getAttribute('aria-label')
  if (label) return collapse(label)
  const by = el.getAttribute('aria-labelledby')
  const titled = by ? root.querySelector(`#${by.split(/\s+/)[0]}`) : null
  const heading = titled ?? el.querySelector('h1, h2, h3, h4')
  return heading ? visibleText(heading.innerHTML) : textOf(el)
}

function textOf(el: HTMLElement): string {
  return visibleText(el.innerHTML)
}

function idOf(el: HTMLElement): string | undefined {
  return el.getAttribute('data-banner')?.toLowerCase()
}

/** A banner's inner role=status is part of the banner, not a second one. */
function outermost(elements: HTMLElement[]): HTMLElement[] {
  return elements.filter((el) => !elements.some((other) => other !== el && contains(other, el)))
}

function contains(outer: HTMLElement, inner: HTMLElement): boolean {
  for (let p = inner.parentNode; p; p = p.parentNode) if (p === outer) return true
  return false
}
