import type { DomainContext } from './context'
import type { CompanyInfo, ContactInfo } from './setup-wizard-inputs'

export const ACCOUNTS = 'accounts'
export const ACCOUNT_EMAILS = 'account_emails'
export const ACCOUNT_USERNAMES = 'account_usernames'
export const CRIDS = 'crids'
export const MIDS = 'mids'

/** A USPS business account (Business Customer Gateway user plus its company). */
export interface UspsAccount {
  id: string
  email: string
  username: string
  passwordHash: string
  company: CompanyInfo
  contact: ContactInfo
  /** Customer Registration ID, 8 digits. */
  crid: string
  /** Outbound Mailer ID (MASTER MID), 9 digits starting with 9. */
  mid: string
  mfa: { method: 'email'; enrolledAt: string }
  createdAt: string
}

export type PublicAccount = Omit<UspsAccount, 'passwordHash'>

/** The account as shown to its owner and API clients: no password hash. */
export function publicAccount(account: UspsAccount): PublicAccount {
  const { passwordHash: _hidden, ...rest } = account
  return rest
}

export async function getAccount(
  ctx: Pick<DomainContext, 'store'>,
  id: string,
): Promise<UspsAccount | undefined> {
  return ctx.store.get<UspsAccount>(ACCOUNTS, id)
}

/** Username or email, case-insensitive, as the Sign In form's "Username" accepts both. */
export async function findAccountByLogin(
  ctx: Pick<DomainContext, 'store'>,
  login: string,
): Promise<UspsAccount | undefined> {
  const key = login.trim().toLowerCase()
  const ref =
    (await ctx.store.get<{ accountId: string }>(ACCOUNT_USERNAMES, key)) ??
    (await ctx.store.get<{ accountId: string }>(ACCOUNT_EMAILS, key))
  return ref ? getAccount(ctx, ref.accountId) : undefined
}

export async function isEmailTaken(
  ctx: Pick<DomainContext, 'store'>,
  email: string,
): Promise<boolean> {
  return (await ctx.store.get(ACCOUNT_EMAILS, email.toLowerCase())) !== undefined
}

export async function isUsernameTaken(
  ctx: Pick<DomainContext, 'store'>,
  username: string,
): Promise<boolean> {
  return (await ctx.store.get(ACCOUNT_USERNAMES, username.toLowerCase())) !== undefined
}
