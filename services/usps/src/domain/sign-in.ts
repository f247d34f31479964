import { ValidationError, verifyDummyPassword, verifyPassword } from '@partner-sandbox/shared'
import * as z from 'zod'
import { findAccountByLogin, type UspsAccount } from './account'
import type { DomainContext } from './context'
import { assertSignInOpen, countFailedPassword } from './sign-in-lockout'

export const SignInInput = z.object({
  username: z
    .string('Enter your username or email.')
    .trim()
    .min(1, 'Enter your username or email.'),
  password: z.string('Enter your password.').min(1, 'Enter your password.'),
})

/**
 * First factor: username (or email) and password. The same message for both failures, the same
 * work (an unknown login checks a dummy hash) and the same lockout, so nothing tells whether the
 * account exists.
 */
export async function checkPassword(
  ctx: DomainContext,
  input: z.output<typeof SignInInput>,
): Promise<UspsAccount> {
  const account = await findAccountByLogin(ctx, input.username)
  await assertSignInOpen(ctx, input.username, account?.id)
  const matches = account
    ? await verifyPassword(input.password, account.passwordHash)
    : await verifyDummyPassword(input.password)
  if (!account || !matches) {
    await countFailedPassword(ctx, input.username, account?.id)
    throw ValidationError.forField(
      'password',
      'The username or password is incorrect. Check both and try again.',
    )
  }
  return account
}
