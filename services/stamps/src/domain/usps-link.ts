import { secretToken, urlOf, withTenant } from '@partner-sandbox/shared'
import * as z from 'zod'
import { requestUspsTokens } from '../clients/usps-token-client'
import { InvalidOAuthStateError, UspsAccessDeniedError } from '../errors'
import { newPkceVerifier, pkceChallenge } from '../lib/pkce'
import type { DomainContext } from './context'
import { type CopAccount, changeCopAccount } from './cop-account'
import { transition } from './cop-status'

const OAUTH_ATTEMPTS = 'oauth_attempts'
const ATTEMPT_TTL_MINUTES = 10
const ATTEMPT_TTL_MS = ATTEMPT_TTL_MINUTES * 60_000
export const USPS_SCOPE = 'payments labels prices tracking'

/** One trip to the USPS consent screen, keyed by its `state`; deleted when USPS sends it back. */
interface OAuthAttempt {
  state: string
  accountId: string
  codeVerifier: string
  redirectUri: string
  createdAt: string
  expiresAt: string
}

/** What USPS sends back to `/usps/callback`: a code, or an RFC 6749 error, with our `state`. */
export const UspsCallbackInput = z
  .object({
    state: z.string({ error: 'state is required' }).min(1, 'state is required'),
    code: z.string().min(1).optional(),
    error: z.string().min(1).optional(),
    error_description: z.string().optional(),
  })
  .refine((input) => input.code !== undefined || input.error !== undefined, {
    message: 'code is required',
    path: ['code'],
  })
export type UspsCallbackInput = z.infer<typeof UspsCallbackInput>

/**
 * Starts linking USPS: records `state` and a PKCE verifier for this account (10 minutes) and
 * returns the USPS authorize URL to send the browser to.
 *
 * @example
 * const url = await startUspsLink(ctx, account)
 */
export async function startUspsLink(ctx: DomainContext, account: CopAccount): Promise<string> {
  transition(account.status, 'usps_linked')
  const now = ctx.clock.now()
  const attempt: OAuthAttempt = {
    state: secretToken(),
    accountId: account.id,
    codeVerifier: newPkceVerifier(),
    redirectUri: urlOf(ctx.baseUrl, '/usps/callback'),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ATTEMPT_TTL_MS).toISOString(),
  }
  await ctx.store.put(OAUTH_ATTEMPTS, attempt.state, attempt)
  const url = new URL(urlOf(ctx.peers.usps.baseUrl, '/oauth2/v3/authorize'))
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: ctx.uspsClient.clientId,
    redirect_uri: attempt.redirectUri,
    scope: USPS_SCOPE,
    state: attempt.state,
    code_challenge: pkceChallenge(attempt.codeVerifier),
    code_challenge_method: 'S256',
  }).toString()
  return withTenant(url.toString(), ctx.store.tenant)
}

/**
 * Finishes linking: the `state` must be this account's, unexpired and unused (it is burnt here),
 * then the code is exchanged for USPS tokens, kept on the account (status `usps_linked`). A
 * cancel on USPS, a refused code or USPS being down changes nothing on the account.
 *
 * @example
 * const account = await completeUspsLink(ctx, account, { code, state })
 */
export async function completeUspsLink(
  ctx: DomainContext,
  account: CopAccount,
  input: UspsCallbackInput,
): Promise<CopAccount> {
  const attempt = await claimAttempt(ctx, account.id, input.state)
  if (input.error !== undefined) throw deniedError(input.error, input.error_description)
  transition(account.status, 'usps_linked')
  const tokens = await requestUspsTokens(ctx, {
    grant_type: 'authorization_code',
    code: input.code ?? '',
    redirect_uri: attempt.redirectUri,
    code_verifier: attempt.codeVerifier,
  })
  const linked = await changeCopAccount(ctx, account.id, (current) => ({
    ...current,
    status: transition(current.status, 'usps_linked'),
    usps: tokens,
  }))
  if (!linked) throw new InvalidOAuthStateError('the Stamps.com account no longer exists')
  return linked
}

async function claimAttempt(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  accountId: string,
  state: string,
): Promise<OAuthAttempt> {
  const attempt = await ctx.store.get<OAuthAttempt>(OAUTH_ATTEMPTS, state)
  if (!attempt) throw new InvalidOAuthStateError('it was already used or was not started here')
  // Someone else's state is left alone, so a stray link cannot cancel their sign-in.
  if (attempt.accountId !== accountId) {
    throw new InvalidOAuthStateError('it was started by another Stamps.com session')
  }
  if (!(await ctx.store.delete(OAUTH_ATTEMPTS, state))) {
    throw new InvalidOAuthStateError('it was already used')
  }
  if (Date.parse(attempt.expiresAt) <= ctx.clock.now().getTime()) {
    throw new InvalidOAuthStateError(
      `it expired; finish the USPS sign-in within ${ATTEMPT_TTL_MINUTES} minutes`,
    )
  }
  return attempt
}

function deniedError(error: string, description: string | undefined): UspsAccessDeniedError {
  if (error === 'access_denied') {
    return new UspsAccessDeniedError(
      'You cancelled on USPS, so Stamps.com was not given access to your USPS business account. Click Link your business account to try again.',
    )
  }
  const why =
    error === 'server_error' || error === 'temporarily_unavailable'
      ? 'USPS had a problem on its side; wait a few minutes'
      : 'USPS refused the request'
  return new UspsAccessDeniedError(
    `USPS did not grant access: ${why} (USPS: ${error}${description ? `, "${description}"` : ''}). Click Link your business account to try again.`,
  )
}
