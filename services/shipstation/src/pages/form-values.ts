/**
 * The typed values worth echoing back into a re-rendered form (never secrets).
 *
 * @example
 * echoValues(body, ['password']) // { email: 'ada@example.com' }
 */
export function echoValues(
  body: Record<string, unknown>,
  omit: readonly string[],
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(body).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && !omit.includes(entry[0]),
    ),
  )
}
