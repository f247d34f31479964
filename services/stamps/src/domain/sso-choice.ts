import { secretToken } from '@partner-sandbox/shared'
import * as z from 'zod'
import { SsoChoiceExpiredError } from '../errors'
import type { DomainContext } from './context'
import {
  type CopAccount,
  findOrCreateCopAccount,
  getCopAccount,
  type SsoProfile,
} from './cop-account'

const SSO_CHOICES = 'sso_choices'
/** How long the "which account?" page can be answered. */
export const SSO_CHOICE_TTL_MINUTES = 10

/**
 * A sign-in link for one account that arrived in a browser signed in to another. Kept until the
 * customer picks one; bound to the account signed in when it was offered, so only that session
 * can answer it (its id is the CSRF-proof secret of the choice form).
 */
export interface SsoChoice {
  id: string
  currentAccountId: string
  offered: SsoProfile
  expiresAt: string
}

export const SsoChoiceInput = z.object({
  choice: z.string({ error: 'choice is required' }).min(1, 'choice is required'),
  account: z.enum(['current', 'offered'], {
    error: 'Choose the account to continue with: "current" or "offered".',
  }),
})
export type SsoChoiceInput = z.infer<typeof SsoChoiceInput>

/** Records the choice the SSO landing offers; the link's `jti` is already burnt. */
export async function offerAccountChoice(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  currentAccountId: string,
  offered: SsoProfile,
): Promise<SsoChoice> {
  const choice: SsoChoice = {
    id: secretToken(),
    currentAccountId,
    offered,
    expiresAt: new Date(ctx.clock.now().getTime() + SSO_CHOICE_TTL_MINUTES * 60_000).toISOString(),
  }
  await ctx.store.put(SSO_CHOICES, choice.id, choice)
  return choice
}

/** The open choice, for showing it again; undefined when unknown, expired or someone else's. */
export async function openAccountChoice(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  id: string,
  signedInAs: string | undefined,
): Promise<SsoChoice | undefined> {
  const choice = await ctx.store.get<SsoChoice>(SSO_CHOICES, id)
  if (!choice || choice.currentAccountId !== signedInAs) return undefined
  if (Date.parse(choice.expiresAt) <= ctx.clock.now().getTime()) return undefined
  return choice
}

/**
 * Answers the choice once: `current` keeps the signed-in account, `offered` signs in the link's
 * account (found or created). Unknown, used, expired or another session's choices are refused.
 *
 * @example
 * const account = await resolveAccountChoice(ctx, input, session?.accountId)
 */
export async function resolveAccountChoice(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  input: SsoChoiceInput,
  signedInAs: string | undefined,
): Promise<{ account: CopAccount | undefined; switched: boolean }> {
  const choice = await openAccountChoice(ctx, input.choice, signedInAs)
  if (!choice || !(await ctx.store.delete(SSO_CHOICES, choice.id))) {
    throw new SsoChoiceExpiredError(SSO_CHOICE_TTL_MINUTES)
  }
  if (input.account === 'current') {
    return { account: await getCopAccount(ctx, choice.currentAccountId), switched: false }
  }
  return { account: await findOrCreateCopAccount(ctx, choice.offered), switched: true }
}
