/** Up to this many characters of a body are shown whole. */
export const EXCERPT_LIMIT = 4000
const AROUND = 800

/**
 * The part of a long text a reader needs: all of it up to EXCERPT_LIMIT, otherwise the region
 * around the first focus string found (the failing JSON key, the unwanted words...), marked with
 * `…` where it was cut.
 *
 * @example
 * excerpt(body, ['"copStatus"'])
 */
export function excerpt(text: string, focus: string[] = []): string {
  if (text.length <= EXCERPT_LIMIT) return text
  const at = focus.map((f) => text.indexOf(f)).find((i) => i >= 0)
  if (at === undefined) return `${text.slice(0, EXCERPT_LIMIT)}…`
  const start = Math.max(0, at - AROUND)
  const end = Math.min(text.length, at + AROUND)
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
}
