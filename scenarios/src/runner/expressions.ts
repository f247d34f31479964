import { type RandomSource, randomDigits } from '@partner-sandbox/shared'
import { StepFailedError } from '../errors'

const CALL = /^([a-zA-Z]+)\(\s*([^()]*?)\s*\)$/

type Fn = (
  args: string[],
  variables: Readonly<Record<string, string>>,
  random: RandomSource,
) => string

/**
 * The functions a `${...}` may call, for generated values instead of hard-coded ones:
 * `${digits(6)}`, `${letters(4)}`, and `${wrong(code)}`, a value of the same shape as the
 * variable `code` but guaranteed different from it (one digit or letter changed).
 */
export const EXPRESSIONS: Readonly<Record<string, Fn>> = {
  digits: ([n], _, random) => randomDigits(random, count(n, 'digits')),
  letters: ([n], _, random) => {
    let out = ''
    for (let i = 0; i < count(n, 'letters'); i++) out += String.fromCharCode(97 + random.int(26))
    return out
  },
  wrong: ([name], variables, random) => wrongOf(variableArg(name, variables, 'wrong'), random),
}

/** Evaluates `name(args)` if the text is a call, or returns undefined. */
export function evaluateCall(
  text: string,
  variables: Readonly<Record<string, string>>,
  random: RandomSource,
): string | undefined {
  const match = CALL.exec(text)
  if (!match) return undefined
  const fn = EXPRESSIONS[match[1]!]
  if (!fn) {
    const known = Object.keys(EXPRESSIONS).join(', ')
    throw new StepFailedError(`unknown function ${match[1]}() in \${${text}} (functions: ${known})`)
  }
  const args = match[2] ? match[2].split(',').map((a) => a.trim()) : []
  return fn(args, variables, random)
}

/**
 * The value with its last digit (or letter) replaced by a different one, so it keeps its format
 * (six digits, an amount like 0.37) and is never the right answer.
 *
 * @example
 * wrongOf('123456', random) // e.g. '123459'
 */
export function wrongOf(value: string, random: RandomSource): string {
  for (let i = value.length - 1; i >= 0; i--) {
    const ch = value[i]!
    const pool = /\d/.test(ch)
      ? '0123456789'
      : /[a-z]/.test(ch)
        ? 'abcdefghijklmnopqrstuvwxyz'
        : /[A-Z]/.test(ch)
          ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
          : ''
    if (!pool) continue
    const others = pool.replace(ch, '')
    return value.slice(0, i) + others[random.int(others.length)] + value.slice(i + 1)
  }
  return `${value}x`
}

function count(arg: string | undefined, fn: string): number {
  const n = Number(arg)
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new StepFailedError(`${fn}(n) needs a whole number from 1 to 64, got "${arg ?? ''}"`)
  return n
}

function variableArg(
  name: string | undefined,
  variables: Readonly<Record<string, string>>,
  fn: string,
): string {
  const value = name === undefined ? undefined : variables[name]
  if (value === undefined)
    throw new StepFailedError(`${fn}(${name ?? ''}) needs a variable captured or defined earlier`)
  return value
}
