import { verifyDummyPassword, verifyPassword } from '@partner-sandbox/shared'
import * as z from 'zod'
import { InvalidCredentialsError } from '../errors'
import { type Account, findAccountByEmail } from './accounts'
import type { DomainContext } from './context'
import { EmailAddress } from './registration'
import { assertSignInOpen, countFailedPassword, signInCompleted } from './sign-in-lockout'

const MAX_PASSWORD_LENGTH = 128

/** The "Sign In" form and `POST /api/v1/sessions`. */
export const SignInInput = z.object({
  email: EmailAddress,
  password: z
    .string({ error: 'Enter your password.' })
    .min(1, 'Enter your password.')
    .max(MAX_PASSWORD_LENGTH, `A password has at most ${MAX_PASSWORD_LENGTH} characters.`),
})
export type SignInInput = z.infer<typeof SignInInput>

/**
 * The account for an email and password. One message for an unknown email and a wrong password,
 * so the form does not reveal which emails have accounts.
 *
 * @example
 * const account = await signIn(ctx, { email, password })
 */
export async function signIn(ctx: DomainContext, input: SignInInput): Promise<Account> {
  const account = await findAccountByEmail(ctx.store, input.email)
  await assertSignInOpen(ctx, input.email, account?.id)
  // An unknown email costs the same hash as a real one, so timing does not tell them apart.
  const matches = account
    ? await verifyPassword(input.password, account.passwordHash)
    : await verifyDummyPassword(input.password)
  if (!account || !matches) {
    await countFailedPassword(ctx, input.email, account?.id)
    throw new InvalidCredentialsError()
  }
  await signInCompleted(ctx, account.id)
  return account
}
