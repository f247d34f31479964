import { createHash, randomBytes } from 'node:crypto'
import type { InProcessSandbox, ScenarioResult } from '@partner-sandbox/scenarios'

export const VERIFIER = randomBytes(32).toString('base64url')
export const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url')
export const AUCTANE_SECRET = 'auctane-sandbox-secret'

export const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`

/** The customer of a finished happy path, signed in to USPS with MFA, asking for a code. */
export function oauthFlow(sandbox: InProcessSandbox, done: ScenarioResult) {
  const usps = sandbox.urls.usps
  const auctaneRedirect = `${sandbox.urls.stamps}/usps/callback`
  const authorize = (params: Record<string, string>) =>
    done.client.send({
      method: 'GET',
      url: `${usps}/oauth2/v3/authorize?${new URLSearchParams(params)}`,
      headers: { accept: 'text/html' },
      follow: false,
    })
  const auctaneParams = (change: Record<string, string | undefined> = {}) => {
    const params: Record<string, string | undefined> = {
      response_type: 'code',
      client_id: 'auctane',
      redirect_uri: auctaneRedirect,
      scope: 'payments',
      state: 'st',
      code_challenge: CHALLENGE,
      code_challenge_method: 'S256',
      ...change,
    }
    return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >
  }
  /** Authorize, consent, and read the code from the "Go to" link. */
  const code = async (params = auctaneParams()) => {
    const start = await authorize(params)
    const consent = start.redirects[0]
    if (!consent?.includes('/oauth2/v3/consent/'))
      throw new Error(`no consent: ${start.status} ${start.body}`)
    const page = await done.client.send({
      method: 'POST',
      url: consent,
      headers: { accept: 'text/html', origin: usps },
      body: new URLSearchParams({ agree: 'on', action: 'authorize' }),
      follow: false,
    })
    const href = /href="([^"]+)"/
      .exec(page.body.replace(/.*Successful/s, ''))?.[1]
      ?.replaceAll('&amp;', '&')
    const found = href ? new URL(href).searchParams.get('code') : null
    if (!found) throw new Error(`no code: ${page.status} ${page.body.slice(0, 400)}`)
    return found
  }
  const token = (fields: Record<string, string>, authorization?: string) =>
    sandbox.apps.usps.request(`${usps}/oauth2/v3/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(authorization ? { authorization } : {}),
      },
      body: new URLSearchParams(fields).toString(),
    })
  const exchange = (
    found: string,
    change: Record<string, string> = {},
    auth = basic('auctane', AUCTANE_SECRET),
  ) =>
    token(
      {
        grant_type: 'authorization_code',
        code: found,
        redirect_uri: auctaneRedirect,
        code_verifier: VERIFIER,
        ...change,
      },
      auth,
    )
  return { authorize, auctaneParams, auctaneRedirect, code, token, exchange }
}
