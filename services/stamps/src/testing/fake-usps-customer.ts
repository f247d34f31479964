import { randomUUID } from 'node:crypto'
import type { Clock, FetchLike } from '@partner-sandbox/shared'
import { BASE_URLS } from './base-urls'
import type { FakeUsps } from './fake-usps'

export const FIXTURE_LOGIN = {
  username: 'fixture-user',
  email: 'fixture@example.com',
  password: 'Fixture-Password-1',
}

/**
 * The customer side of the fake USPS for fixture tests, as issue 6 specifies it: the fixtures
 * route, JSON sign-in with an emailed code, the authorize endpoint and consent screen, the NSA
 * link list and its approval (which posts `nsa_link.approved` to Stamps.com). Call before the
 * first request to the fake. Records the conversation in `calls`.
 */
export function addFakeUspsCustomer(
  usps: FakeUsps,
  options: {
    ids: { crid: string; mid: string; epsNumber: string }
    stamps: FetchLike
    clock: () => Promise<Clock>
  },
) {
  const calls: string[] = []
  const sessions = new Map<string, 'mfa_pending' | 'signed_in'>()
  const consents = new Map<string, { challenge: string; redirectUri: string; state: string }>()
  const approved = new Set<string>()
  // As USPS does for the auctane client: each accepted payment authorization is a link request.
  const links = () =>
    usps.state.paymentRequests
      .map((r, i) => ({
        request: r.body as { roles?: { accountNumber?: string }[] },
        id: `link-${i + 1}`,
      }))
      .filter(({ request }) => request.roles?.[0]?.accountNumber === options.ids.epsNumber)
      .map(({ id }) => ({
        id,
        status: approved.has(id) ? 'approved' : 'pending',
        epsNumber: options.ids.epsNumber,
      }))
  const bearer = (header: string | undefined) => header?.replace(/^Bearer /, '') ?? ''
  const mfaCode = '424242'

  usps.app
    .use(async (c, next) => {
      calls.push(`${c.req.method} ${new URL(c.req.url).pathname}`)
      await next()
    })
    .post('/__sandbox/fixtures/usps-accounts', (c) =>
      c.json(
        {
          ...FIXTURE_LOGIN,
          crid: options.ids.crid,
          mid: options.ids.mid,
          eps: options.ids.epsNumber,
        },
        201,
      ),
    )
    .post('/api/v1/sessions', async (c) => {
      const body = (await c.req.json()) as { username: string; password: string }
      if (body.username !== FIXTURE_LOGIN.username || body.password !== FIXTURE_LOGIN.password) {
        return c.json({ detail: 'The username or password is incorrect.' }, 400)
      }
      const token = randomUUID()
      sessions.set(token, 'mfa_pending')
      return c.json({ sessionToken: token, mfaRequired: true }, 201)
    })
    .get('/__sandbox/outbox', (c) => c.json([{ to: FIXTURE_LOGIN.email, code: mfaCode }]))
    .post('/api/v1/sessions/current/mfa', async (c) => {
      const body = (await c.req.json()) as { code: string }
      if (
        sessions.get(bearer(c.req.header('authorization'))) !== 'mfa_pending' ||
        body.code !== mfaCode
      ) {
        return c.json({ detail: 'wrong code' }, 400)
      }
      const token = randomUUID()
      sessions.set(token, 'signed_in')
      return c.json({ sessionToken: token })
    })
    .get('/oauth2/v3/authorize', (c) => {
      if (sessions.get(bearer(c.req.header('authorization'))) !== 'signed_in') {
        return c.redirect('/login')
      }
      const id = randomUUID()
      consents.set(id, {
        challenge: c.req.query('code_challenge') ?? '',
        redirectUri: c.req.query('redirect_uri') ?? '',
        state: c.req.query('state') ?? '',
      })
      return c.redirect(`/oauth2/v3/consent/${id}`)
    })
    .post('/oauth2/v3/consent/:id', async (c) => {
      const request = consents.get(c.req.param('id'))
      const form = new URLSearchParams(await c.req.text())
      if (!request || form.get('agree') !== 'on') return c.html('<p>Check the box</p>', 400)
      const code = usps.issueCode(request.challenge, request.redirectUri)
      const href = `${request.redirectUri}?code=${code}&amp;state=${request.state}`
      return c.html(`<h1>Successful Integration</h1><a href="${href}">Go to Auctane</a>`)
    })
    .get('/__sandbox/nsa-links', (c) => c.json(links()))
    .post('/__sandbox/nsa-links/:id/approve', async (c) => {
      const link = links().find((l) => l.id === c.req.param('id'))
      if (!link) return c.json({ detail: 'unknown link' }, 404)
      approved.add(link.id)
      const token = await usps.event(options.ids, await options.clock())
      await options.stamps(`${BASE_URLS.stamps}/partner/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      })
      return c.json(link)
    })

  return { calls }
}
