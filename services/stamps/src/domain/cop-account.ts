import type { DomainContext } from './context'
import type { CopStatus } from './cop-status'

const COP_ACCOUNTS = 'cop_accounts'

/** The profile ShipStation vouches for in its `sso+jwt`. */
export interface SsoProfile {
  /** ShipStation account id (`sub`): one COP account per ShipStation account. */
  shipstationAccountId: string
  email: string
  name: string
  company: string
  promoCode: string
}

/** The OAuth tokens USPS issued to Auctane for this customer; opaque to us. */
export interface UspsTokens {
  accessToken: string
  refreshToken?: string
  /** ISO time on the tenant clock after which the access token is refreshed first. */
  accessTokenExpiresAt: string
  scope?: string
  linkedAt: string
}

/** CRID, MID and EPS Number as USPS accepted them. */
export interface UspsIdentifiers {
  crid: string
  mid: string
  epsNumber: string
}

export interface CopAccount extends SsoProfile {
  /** Same as shipstationAccountId: the key SSO finds the account by. */
  id: string
  status: CopStatus
  usps?: UspsTokens
  identifiers?: UspsIdentifiers
  createdAt: string
  updatedAt: string
  approvalRequestedAt?: string
  approvedAt?: string
  /** The representative's reason, kept while the account is `rejected`. */
  rejection?: { reason: string; rejectedAt: string }
  revokedAt?: string
}

/** What pages and JSON answers may show: everything but the USPS tokens. */
export interface CopAccountView extends Omit<CopAccount, 'usps'> {
  uspsLinked: boolean
  uspsLinkedAt?: string
}

/** The COP account of a ShipStation account, if SSO ever created it. */
export function getCopAccount(
  ctx: Pick<DomainContext, 'store'>,
  id: string,
): Promise<CopAccount | undefined> {
  return ctx.store.get<CopAccount>(COP_ACCOUNTS, id)
}

/** Every COP account of the tenant, oldest first (few per tenant in a sandbox). */
export function listCopAccounts(ctx: Pick<DomainContext, 'store'>): Promise<CopAccount[]> {
  return ctx.store.list<CopAccount>(COP_ACCOUNTS)
}

/**
 * Finds the COP account for the ShipStation account, creating it on first SSO. Later sign-ins
 * refresh the profile (ShipStation owns it) but keep the onboarding progress.
 *
 * @example
 * const account = await findOrCreateCopAccount(ctx, profile)
 */
export async function findOrCreateCopAccount(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  profile: SsoProfile,
): Promise<CopAccount> {
  const now = ctx.clock.now().toISOString()
  const saved = await ctx.store.update<CopAccount>(
    COP_ACCOUNTS,
    profile.shipstationAccountId,
    (current) =>
      current
        ? { ...current, ...profile, updatedAt: now }
        : {
            ...profile,
            id: profile.shipstationAccountId,
            status: 'not_started',
            createdAt: now,
            updatedAt: now,
          },
  )
  return saved as CopAccount
}

/**
 * Atomic read-modify-write of one account. `change` may throw (e.g. a refused status transition)
 * to leave the account as it was.
 */
export async function changeCopAccount(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  id: string,
  change: (current: CopAccount) => CopAccount,
): Promise<CopAccount | undefined> {
  return ctx.store.update<CopAccount>(COP_ACCOUNTS, id, (current) =>
    current ? { ...change(current), updatedAt: ctx.clock.now().toISOString() } : undefined,
  )
}

/** The account without its USPS tokens. */
export function viewCopAccount(account: CopAccount): CopAccountView {
  const { usps, ...rest } = account
  return { ...rest, uspsLinked: usps !== undefined, uspsLinkedAt: usps?.linkedAt }
}
