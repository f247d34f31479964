import { cryptoRandom, type RandomSource } from '@partner-sandbox/shared'
import { StepFailedError } from '../errors'
import { evaluateCall } from './expressions'

/**
 * Replaces `${name}` in every string of a value (deeply); `$${` writes a literal `${`. An unknown
 * name fails the step with a hint instead of sending the text "undefined". `${fn(args)}` calls one
 * of the expressions (digits, letters, wrong) with the scenario's random source.
 *
 * @example
 * interpolate({ path: '/users/${id}' }, { id: '42' }) // { path: '/users/42' }
 */
export function interpolate<T>(
  value: T,
  variables: Readonly<Record<string, string>>,
  random: RandomSource = cryptoRandom,
): T {
  if (typeof value === 'string') return interpolateText(value, variables, random) as T
  if (Array.isArray(value)) return value.map((v) => interpolate(v, variables, random)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        interpolateText(k, variables, random),
        interpolate(v, variables, random),
      ]),
    ) as T
  }
  return value
}

function interpolateText(
  text: string,
  variables: Readonly<Record<string, string>>,
  random: RandomSource,
): string {
  // Most of a step's strings (labels, texts to expect) name no variable.
  if (!text.includes('${')) return text
  return text.replace(/\$?\$\{([^}]*)\}/g, (whole, name: string) => {
    if (whole.startsWith('$$')) return whole.slice(1)
    const key = name.trim()
    const found = variables[key] ?? evaluateCall(key, variables, random)
    if (found !== undefined) return found
    const known = Object.keys(variables).sort().join(', ')
    throw new StepFailedError(
      `unknown variable \${${key}}: capture it in an earlier step or define it under variables (known: ${known})`,
    )
  })
}
