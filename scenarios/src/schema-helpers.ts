import * as z from 'zod'

export const RegexText = z.string().refine((source) => {
  try {
    new RegExp(source)
    return true
  } catch {
    return false
  }
}, 'Not a valid regular expression.')

/**
 * Marks a YAML object with the one key that says what it is (`click:`, `json:`...), so zod reports
 * errors under that kind's fields instead of a vague "no union member matched".
 */
export function tagByKey(
  input: unknown,
  keys: readonly string[],
  tag: string,
  ctx: z.RefinementCtx,
  what: string,
  fallback?: string,
): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input
  const found = keys.filter((k) => k in input)
  const kind = found.length === 0 && fallback && fallback in input ? fallback : found[0]
  if (found.length > 1 || !kind) {
    const message =
      found.length > 1
        ? `${what} has exactly one of ${list(keys)}; this one has ${found.join(' and ')}.`
        : `${what} needs one of ${list(keys)}.`
    ctx.addIssue({ code: 'custom', message, input })
    return input
  }
  return { ...input, [tag]: kind }
}

function list(keys: readonly string[]): string {
  return keys.join(', ')
}
