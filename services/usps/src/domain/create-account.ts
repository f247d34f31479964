import { hashPassword, randomDigits, secretToken, ValidationError } from '@partner-sandbox/shared'
import { claimUniqueNumber } from '../lib/unique-number'
import {
  ACCOUNT_EMAILS,
  ACCOUNT_USERNAMES,
  ACCOUNTS,
  CRIDS,
  MIDS,
  type UspsAccount,
} from './account'
import type { DomainContext } from './context'
import type { CompanyInfo, ContactInfo } from './setup-wizard-inputs'

export interface NewAccount {
  email: string
  username: string
  password: string
  company: CompanyInfo
  contact: ContactInfo
}

/**
 * Creates the business account with MFA by email, a CRID (8 digits) and an outbound MID (9 digits
 * starting with 9). Username and email are claimed with insert-if-absent, so two racing sign-ups
 * cannot share one.
 *
 * @example
 * const account = await createAccount(ctx, { email, username, password, company, contact })
 */
export async function createAccount(ctx: DomainContext, input: NewAccount): Promise<UspsAccount> {
  const { store, clock, random } = ctx
  const id = `usps_${secretToken(9)}`
  const username = input.username.toLowerCase()
  const email = input.email.toLowerCase()
  if (!(await store.insert(ACCOUNT_USERNAMES, username, { accountId: id }))) {
    throw ValidationError.forField('username', `The username ${input.username} is taken.`)
  }
  if (!(await store.insert(ACCOUNT_EMAILS, email, { accountId: id }))) {
    await store.delete(ACCOUNT_USERNAMES, username)
    throw ValidationError.forField('email', `An account already uses ${email}.`)
  }
  const now = clock.now().toISOString()
  const account: UspsAccount = {
    id,
    email,
    username: input.username,
    passwordHash: await hashPassword(input.password, ctx.passwordCost),
    company: input.company,
    contact: input.contact,
    crid: await claimUniqueNumber(store, CRIDS, () => randomDigits(random, 8), id),
    mid: await claimUniqueNumber(store, MIDS, () => `9${randomDigits(random, 8, true)}`, id),
    mfa: { method: 'email', enrolledAt: now },
    createdAt: now,
  }
  await store.put(ACCOUNTS, id, account)
  return account
}
