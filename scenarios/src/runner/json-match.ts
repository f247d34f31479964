/** `a.b.0.c` or `a.b[0].c` -> the value there, or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
  let current: unknown = data
  for (const part of parts) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

/**
 * Partial deep match: objects need only the expected keys, an expected list needs each item to
 * match some actual item (and `[]` means empty), scalars compare strictly (numbers also match
 * their text, since YAML authors quote inconsistently). Returns what differed, or undefined.
 *
 * @example
 * differenceOf({ a: 1, b: [{ id: 'x', n: 2 }] }, { b: [{ id: 'x' }] }) // undefined
 */
export function differenceOf(actual: unknown, expected: unknown, path = ''): string | undefined {
  const at = path || '(body)'
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at} is ${show(actual)}, expected a list`
    if (expected.length === 0)
      return actual.length === 0 ? undefined : `${at} is ${show(actual)}, expected []`
    for (const [i, item] of expected.entries()) {
      if (!actual.some((a) => differenceOf(a, item) === undefined))
        return `${at} has no item like ${show(item)} (item ${i} expected; got ${show(actual)})`
    }
    return undefined
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return `${at} is ${show(actual)}, expected an object`
    for (const [key, value] of Object.entries(expected)) {
      const diff = differenceOf(
        (actual as Record<string, unknown>)[key],
        value,
        path ? `${path}.${key}` : key,
      )
      if (diff) return diff
    }
    return undefined
  }
  if (actual === expected) return undefined
  if (typeof actual === 'number' && String(actual) === expected) return undefined
  return `${at} is ${show(actual)}, expected ${show(expected)}`
}

function show(value: unknown): string {
  const text = value === undefined ? 'missing' : JSON.stringify(value)
  return text.length > 120 ? `${text.slice(0, 117)}...` : text
}
