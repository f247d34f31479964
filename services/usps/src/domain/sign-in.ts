import { ValidationError, verifyPassword } from '@partner-sandbox/shared'
import { z } from 'zod'
import { findAccountByLogin, type UspsAccount } from './account'
import type { DomainContext } from './context'

export const SignInInput = z.object({
  username: z
    .string('Enter your username or email.')
    .trim()
    .min(1, 'Enter your username or email.'),
  password: z.string('Enter your password.').min(1, 'Enter your password.'),
})

/** First factor: username (or email) and password. The same message for both failures. */
export async function checkPassword(
  ctx: DomainContext,
  input: z.output<typeof SignInInput>,
): Promise<UspsAccount> {
  const account = await findAccountByLogin(ctx, input.username)
  if (!account || !(await verifyPassword(input.password, account.passwordHash))) {
    throw ValidationError.forField(
      'password',
      'The username or password is incorrect. Check both and try again.',
    )
  }
  return account
}
