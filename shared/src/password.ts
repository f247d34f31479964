import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import * as z from 'zod'

/**
 * scrypt's cost N of new hashes unless SANDBOX_PASSWORD_COST says otherwise. 256 (with r = 8:
 * 256 KiB and about 1.5 ms a hash) is still memory-hard scrypt, the real KDF, but cheap enough
 * for the happy path's three hashes, or 300 of them when 100 onboardings run at once; 1024 cost
 * 6 ms a hash on a loaded machine. The sandbox holds test passwords only; raise it to try a cost a
 * production system would use. Node's own default, 16384, is what a hash written before this
 * setting existed used (`scrypt$<salt>$<hash>`).
 */
export const DEFAULT_PASSWORD_COST = 256
const LEGACY_COST = 16_384
const KEY_LENGTH = 32
const BLOCK_SIZE = 8

/** A cost for `SANDBOX_PASSWORD_COST`: scrypt's N, a power of two from 16 to 1048576. */
export const PasswordCost = z.coerce
  .number()
  .int()
  .min(16)
  .max(2 ** 20)
  .refine((n) => (n & (n - 1)) === 0, 'Use a power of two, e.g. 1024 or 16384.')

/** The password rule both sign-up forms state next to the field. */
export const NewPassword = z
  .string()
  .min(8, 'Use at least 8 characters for the password.')
  .max(128, 'Use at most 128 characters for the password.')
  .regex(/[A-Za-z]/, 'The password needs at least one letter.')
  .regex(/\d/, 'The password needs at least one digit.')

function derive(password: string, salt: Buffer, cost: number, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // scrypt needs 128 * N * r bytes; the default 32 MiB cap would refuse the larger costs.
    const maxmem = 256 * cost * BLOCK_SIZE
    scrypt(password, salt, length, { N: cost, r: BLOCK_SIZE, p: 1, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/**
 * scrypt hash as `scrypt$<N>$<salt>$<hash>` (base64url): no plain passwords in the store, even a
 * fake's. The cost travels in the hash, so changing SANDBOX_PASSWORD_COST never locks anyone out.
 *
 * @example
 * const stored = await hashPassword('Secret123')
 * await verifyPassword('Secret123', stored) // true
 */
export async function hashPassword(
  password: string,
  cost: number = DEFAULT_PASSWORD_COST,
): Promise<string> {
  const salt = randomBytes(16)
  const hash = await derive(password, salt, cost, KEY_LENGTH)
  return `scrypt$${cost}$${salt.toString('base64url')}$${hash.toString('base64url')}`
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  const [scheme] = parts
  const [cost, salt, hash] =
    parts.length === 3 ? [LEGACY_COST, parts[1], parts[2]] : [Number(parts[1]), parts[2], parts[3]]
  if (scheme !== 'scrypt' || !salt || !hash || !PasswordCost.safeParse(cost).success) return false
  const expected = Buffer.from(hash, 'base64url')
  const actual = await derive(password, Buffer.from(salt, 'base64url'), cost, expected.length)
  return timingSafeEqual(actual, expected)
}
