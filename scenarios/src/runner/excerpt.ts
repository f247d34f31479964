/** Up to this many characters of a body are shown whole. */
export const EXCERPT_LIMIT = 4000
const AROUND = 800

/**
 * Where a focus is: a string's first place, or for a chain of keys (a nested JSON path) the last
 * key found after the one before it, so `paths./x.post.summary` finds that `summary`, not the
 * first. A chain broken midway falls back to its last key anywhere.
 */
function indexOf(text: string, focus: string | readonly string[]): number {
  if (typeof focus === 'string') return text.indexOf(focus)
  let at = 0
  for (const key of focus) {
    const found = text.indexOf(key, at)
    if (found < 0) return text.indexOf(focus.at(-1) ?? '')
    at = found
  }
  return focus.length > 0 ? at : -1
}

/**
 * The part of a long text a reader needs: all of it up to EXCERPT_LIMIT, otherwise the region
 * around the first focus found (the failing JSON key or path, the unwanted words...), marked with
 * `…` where it was cut.
 *
 * @example
 * excerpt(body, ['"copStatus"'])
 * excerpt(body, [['"paths"', '"/labels/v3/label"', '"post"', '"summary"']])
 */
export function excerpt(text: string, focus: readonly (string | readonly string[])[] = []): string {
  if (text.length <= EXCERPT_LIMIT) return text
  const at = focus.map((f) => indexOf(text, f)).find((i) => i >= 0)
  if (at === undefined) return `${text.slice(0, EXCERPT_LIMIT)}…`
  const start = Math.max(0, at - AROUND)
  const end = Math.min(text.length, at + AROUND)
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
}
