import type { TenantStore } from '@partner-sandbox/shared'
import { UnknownAccountError } from '../errors'
import type { CopStatus } from './cop-status'

const ACCOUNTS = 'accounts'
const EMAIL_INDEX = 'account_emails'

/** What ShipStation keeps about a card: enough to show it, never the number itself. */
export interface StoredPaymentMethod {
  id: string
  brand: string
  last4: string
  expiry: string
  addedAt: string
}

/** USPS identifiers reported by Stamps.com with `cop.approval_pending`. */
export interface CopIdentifiers {
  crid?: string
  mid?: string
  epsNumber?: string
}

export interface Account {
  id: string
  firstName: string
  lastName: string
  company: string
  email: string
  /** E.164, e.g. +15550100100: where the SMS codes go. */
  phone: string
  passwordHash: string
  /** The USPS promo code of the registration; absent for an ordinary account (no NSA prompts). */
  promoCode?: string
  /** The NSA offer the promo code carried, shown on the dashboard. */
  nsaOffer?: { name: string; description: string }
  createdAt: string
  emailVerifiedAt?: string
  phoneVerifiedAt?: string
  paymentMethods: StoredPaymentMethod[]
  copStatus: CopStatus
  copIdentifiers?: CopIdentifiers
  copUpdatedAt?: string
  approvalBannerDismissedAt?: string
  /** The USPS representative's reason, kept while the COP status is `rejected`. */
  copRejection?: { reason: string; at: string }
}

/** Reserves an email for an account id; false when another account has it. */
export function claimEmail(store: TenantStore, email: string, accountId: string): Promise<boolean> {
  return store.insert(EMAIL_INDEX, email.toLowerCase(), { accountId })
}

/** Frees an email reserved by a registration that could not finish. */
export async function releaseEmail(store: TenantStore, email: string, accountId: string) {
  const entry = await store.get<{ accountId: string }>(EMAIL_INDEX, email.toLowerCase())
  if (entry?.accountId === accountId) await store.delete(EMAIL_INDEX, email.toLowerCase())
}

export async function findAccountByEmail(
  store: TenantStore,
  email: string,
): Promise<Account | undefined> {
  const entry = await store.get<{ accountId: string }>(EMAIL_INDEX, email.toLowerCase())
  return entry ? store.get<Account>(ACCOUNTS, entry.accountId) : undefined
}

export function findAccount(store: TenantStore, id: string): Promise<Account | undefined> {
  return store.get<Account>(ACCOUNTS, id)
}

/** The account, or UnknownAccountError (404). */
export async function getAccount(store: TenantStore, id: string): Promise<Account> {
  const account = await findAccount(store, id)
  if (!account) throw new UnknownAccountError(id)
  return account
}

/** Inserts a new account; false when the id is taken. */
export function insertAccount(store: TenantStore, account: Account): Promise<boolean> {
  return store.insert(ACCOUNTS, account.id, account)
}

/**
 * Atomic read-modify-write of one account. `change` may throw to refuse: nothing is written then.
 */
export async function updateAccount(
  store: TenantStore,
  id: string,
  change: (account: Account) => Account,
): Promise<Account> {
  const updated = await store.update<Account>(ACCOUNTS, id, (current) => {
    if (!current) throw new UnknownAccountError(id)
    return change(current)
  })
  if (!updated) throw new UnknownAccountError(id)
  return updated
}
