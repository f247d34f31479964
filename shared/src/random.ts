import { randomBytes, randomInt } from 'node:crypto'

/**
 * Where generated numbers (verification codes, EPS numbers, CRIDs) come from. Injected so a
 * scenario can use a seeded source and get the same numbers every run. Secrets (session ids,
 * authorization codes) always use crypto, never this.
 */
export interface RandomSource {
  /** Integer in [0, max). */
  int(max: number): number
}

export const cryptoRandom: RandomSource = { int: (max) => randomInt(max) }

/**
 * Deterministic source (mulberry32) for reproducible scenarios.
 *
 * @example
 * const random = createSeededRandom(42)
 * randomDigits(random, 6) // same six digits every run
 */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0
  return {
    int(max) {
      state = (state + 0x6d2b79f5) >>> 0
      let t = state
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max)
    },
  }
}

/** n decimal digits; the first is never 0 unless allowLeadingZero. */
export function randomDigits(random: RandomSource, n: number, allowLeadingZero = false): string {
  let out = ''
  for (let i = 0; i < n; i++) {
    out += i === 0 && !allowLeadingZero ? String(1 + random.int(9)) : String(random.int(10))
  }
  return out
}

/** URL-safe secret for session ids, authorization codes and links. */
export function secretToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url')
}
