import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import { z } from 'zod'

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
) => Promise<Buffer>

/** The password rule both sign-up forms state next to the field. */
export const NewPassword = z
  .string()
  .min(8, 'Use at least 8 characters for the password.')
  .max(128, 'Use at most 128 characters for the password.')
  .regex(/[A-Za-z]/, 'The password needs at least one letter.')
  .regex(/\d/, 'The password needs at least one digit.')

/**
 * scrypt hash as `scrypt$<salt>$<hash>` (base64url): no plain passwords in the store, even a fake's.
 *
 * @example
 * const stored = await hashPassword('Secret123')
 * await verifyPassword('Secret123', stored) // true
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const hash = await scryptAsync(password, salt, 32)
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length)
  return timingSafeEqual(actual, expected)
}
