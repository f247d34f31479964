import { verifyPassword } from '@partner-sandbox/shared'
import { z } from 'zod'
import { InvalidCredentialsError } from '../errors'
import { type Account, findAccountByEmail } from './accounts'
import type { DomainContext } from './context'
import { EmailAddress } from './registration'

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
  if (!account || !(await verifyPassword(input.password, account.passwordHash))) {
    throw new InvalidCredentialsError()
  }
  return account
}
