/**
 * A whole number of seconds as people write it in a message, so the text cannot drift from the
 * constant it restates.
 *
 * @example
 * durationText(24 * 3600) // '24 hours'
 * durationText(10 * 60) // '10 minutes'
 */
export function durationText(seconds: number): string {
  const [count, unit] =
    seconds % 3600 === 0
      ? [seconds / 3600, 'hour']
      : seconds % 60 === 0
        ? [seconds / 60, 'minute']
        : [seconds, 'second']
  return `${count} ${unit}${count === 1 ? '' : 's'}`
}
