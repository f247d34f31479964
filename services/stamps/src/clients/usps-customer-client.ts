import { type Peer, PeerUnavailableError, TENANT_HEADER, urlOf } from '@partner-sandbox/shared'
import * as z from 'zod'
import type { DomainContext } from '../domain/context'

/**
 * What a USPS customer does in the browser, done over HTTP for the fixtures: a USPS account from
 * USPS's own fixtures route, the sign-in with the emailed one-time code, the consent screen, and
 * the representative's approval. Only USPS's public routes and control API are used; nothing
 * reaches into its store.
 */

/** USPS's answer to `POST /__sandbox/fixtures/usps-accounts` (issue 6). */
export const UspsFixtureAccount = z.object({
  username: z.string(),
  email: z.string(),
  password: z.string(),
  crid: z.string(),
  mid: z.string(),
  manifestMid: z.string().optional(),
  eps: z.string().nullable(),
})
export type UspsFixtureAccount = z.infer<typeof UspsFixtureAccount>

const SessionAnswer = z.object({ sessionToken: z.string().min(1) })
const OutboxEntry = z.object({ to: z.string(), code: z.string().optional() })
const NsaLinkEntry = z.object({ id: z.string(), status: z.string(), epsNumber: z.string() })

type Ctx = Pick<DomainContext, 'peers' | 'store'>

async function call(
  ctx: Ctx,
  path: string,
  init: { method?: string; json?: unknown; form?: Record<string, string>; bearer?: string } = {},
): Promise<Response> {
  const usps: Peer = ctx.peers.usps
  const headers: Record<string, string> = {
    accept: 'application/json',
    [TENANT_HEADER]: ctx.store.tenant,
  }
  if (init.bearer) headers.authorization = `Bearer ${init.bearer}`
  let body: string | undefined
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(init.json)
  } else if (init.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    headers.accept = 'text/html'
    body = new URLSearchParams(init.form).toString()
  }
  try {
    return await usps.fetch(path.startsWith('http') ? path : urlOf(usps.baseUrl, path), {
      method: init.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      redirect: 'manual',
    })
  } catch (cause) {
    throw new PeerUnavailableError(`USPS could not be reached (${path}).`, { cause })
  }
}

async function expectOk<S extends z.ZodType>(res: Response, schema: S, step: string) {
  const text = await res.text()
  if (!res.ok) {
    throw new PeerUnavailableError(
      `USPS refused to ${step} (HTTP ${res.status}): ${text.slice(0, 300)}`,
    )
  }
  const parsed = schema.safeParse(JSON.parse(text || 'null'))
  if (!parsed.success)
    throw new PeerUnavailableError(`USPS answered ${step} with an unexpected body.`)
  return parsed.data as z.output<S>
}

/**
 * A USPS business account with an active EPA, made by USPS's own fixtures route.
 *
 * @example
 * const usps = await createUspsAccount(ctx, { state: 'epa-active', email })
 */
export async function createUspsAccount(
  ctx: Ctx,
  input: { state: string; email?: string },
): Promise<UspsFixtureAccount> {
  const res = await call(ctx, '/__sandbox/fixtures/usps-accounts', { json: input })
  if (res.status === 404) {
    throw new PeerUnavailableError(
      'USPS has no POST /__sandbox/fixtures/usps-accounts route, so Stamps.com cannot make the USPS side of this fixture.',
    )
  }
  return expectOk(res, UspsFixtureAccount, 'create a fixture account')
}

/**
 * Signs in to USPS as the customer (password, then the one-time code USPS emailed, read from
 * USPS's outbox) and answers "Grant Auctane Access" for `authorizeUrl`; returns the query USPS
 * sends the browser back with (`code` and `state`).
 *
 * @example
 * const { code, state } = await grantAuctaneAccess(ctx, authorizeUrl, usps)
 */
export async function grantAuctaneAccess(
  ctx: Ctx,
  authorizeUrl: string,
  login: Pick<UspsFixtureAccount, 'username' | 'email' | 'password'>,
): Promise<{ code: string; state: string }> {
  const first = await expectOk(
    await call(ctx, '/api/v1/sessions', {
      json: { username: login.username, password: login.password },
    }),
    SessionAnswer,
    'sign in',
  )
  const outbox = await expectOk(
    await call(ctx, `/__sandbox/outbox?to=${encodeURIComponent(login.email)}`),
    z.array(OutboxEntry),
    'show its outbox',
  )
  const code = outbox.find((m) => m.code)?.code
  if (!code) throw new PeerUnavailableError('USPS emailed no one-time code for the sign-in.')
  const { sessionToken } = await expectOk(
    await call(ctx, '/api/v1/sessions/current/mfa', { json: { code }, bearer: first.sessionToken }),
    SessionAnswer,
    'accept the one-time code',
  )
  const authorize = await call(ctx, authorizeUrl, { bearer: sessionToken })
  const consentPath = authorize.headers.get('location')
  if (authorize.status !== 302 || !consentPath?.includes('/oauth2/v3/consent/')) {
    throw new PeerUnavailableError(
      `USPS did not show the consent screen (HTTP ${authorize.status} to ${consentPath ?? 'nowhere'}).`,
    )
  }
  const consent = await call(ctx, consentPath, {
    form: { agree: 'on', action: 'authorize' },
    bearer: sessionToken,
  })
  const html = await consent.text()
  const back = /href="([^"]*[?&]code=[^"]*)"/.exec(html)?.[1]?.replaceAll('&amp;', '&')
  if (!consent.ok || !back) {
    throw new PeerUnavailableError(`USPS did not grant access (HTTP ${consent.status}).`)
  }
  const query = new URL(back).searchParams
  return { code: query.get('code') ?? '', state: query.get('state') ?? '' }
}

/**
 * Plays the USPS representative: approves the pending NSA link request for this EPS Number
 * through USPS's control API; USPS then sends Stamps.com `nsa_link.approved`.
 *
 * @example
 * const linkId = await approveAsRepresentative(ctx, '1000000001')
 */
export async function approveAsRepresentative(ctx: Ctx, epsNumber: string): Promise<string> {
  const links = await expectOk(
    await call(ctx, '/__sandbox/nsa-links'),
    z.array(NsaLinkEntry),
    'list its NSA link requests',
  )
  const pending = links.find((l) => l.epsNumber === epsNumber && l.status === 'pending')
  if (!pending) throw new PeerUnavailableError(`USPS has no pending NSA link for EPS ${epsNumber}.`)
  await expectOk(
    await call(ctx, `/__sandbox/nsa-links/${encodeURIComponent(pending.id)}/approve`, {
      method: 'POST',
      json: {},
    }),
    z.unknown(),
    'approve the NSA link',
  )
  return pending.id
}
