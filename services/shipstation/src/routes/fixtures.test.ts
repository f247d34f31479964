import { describe, expect, it } from 'vitest'
import { createHarness } from '../testing/harness'

const create = (h: Awaited<ReturnType<typeof createHarness>>, body: unknown, tenant?: string) =>
  h.client(tenant).postJson('/__sandbox/fixtures/shipstation-accounts', body)

type Fixture = { email: string; password: string; phone: string; apiKey: string; accountId: string }

describe('POST /__sandbox/fixtures/shipstation-accounts', () => {
  it('makes a new account that signs in on the email step, with an API key', async () => {
    const h = await createHarness()
    const res = await create(h, { state: 'new' })
    expect(res.status).toBe(201)
    const fixture = (await res.json()) as Fixture
    expect(fixture).toMatchObject({
      email: expect.stringMatching(/^fixture-\d+@example\.com$/),
      phone: '+15550100100',
      apiKey: expect.stringMatching(/^TEST_/),
      accountId: expect.stringMatching(/^SS\d+$/),
    })
    const client = h.client()
    const login = await client.postForm('/login', {
      email: fixture.email,
      password: fixture.password,
    })
    expect(login.headers.get('location')).toBe('/verify/email')
  })

  it('verifies email and phone for verified: the Balance step is next', async () => {
    const h = await createHarness()
    const fixture = (await (await create(h, { state: 'verified' })).json()) as Fixture
    const client = h.client()
    const login = await client.postForm('/login', {
      email: fixture.email,
      password: fixture.password,
    })
    expect(login.headers.get('location')).toBe('/balance')
  })

  it('adds the test card and funds for balance-ready: the USPS prompts are due', async () => {
    const h = await createHarness()
    const fixture = (await (await create(h, { state: 'balance-ready' })).json()) as Fixture
    const client = h.client()
    await client.postForm('/login', { email: fixture.email, password: fixture.password })
    const view = (await (await client.get('/api/v1/account')).json()) as {
      hasPaymentMethod: boolean
      prompts: { popup: boolean }
    }
    expect(view).toMatchObject({ hasPaymentMethod: true, prompts: { popup: true } })
    const balance = (await (await client.get('/api/v1/balance')).json()) as { balanceCents: number }
    expect(balance.balanceCents).toBe(10_000)
  })

  it('works in the tenant the request names', async () => {
    const h = await createHarness()
    expect((await create(h, { state: 'new' }, 'fx')).status).toBe(201)
    expect(await h.accounts('fx')).toHaveLength(1)
    expect(await h.accounts()).toEqual([])
  })

  it.each([{ state: 'approved' }, {}, { state: 3 }])(
    'refuses %j with 400 naming the states, creating nothing',
    async (body) => {
      const h = await createHarness()
      const res = await create(h, body)
      expect(res.status).toBe(400)
      expect(((await res.json()) as { detail: string }).detail).toContain(
        'new, verified, balance-ready, approval-pending, nsa-active',
      )
      expect(await h.accounts()).toEqual([])
    },
  )

  it.each([
    ['approval-pending', ['cop.approval_pending'], 'approval_pending'],
    ['nsa-active', ['cop.approval_pending', 'cop.approved'], 'approved'],
  ] as const)(
    "asks Stamps.com's fixtures route for %s and follows its events",
    async (state, events, status) => {
      const h = await createHarness()
      const asked: unknown[] = []
      // Stamps.com's side as its fixtures route behaves: it answers after sending its events.
      h.stampsApp.post('/__sandbox/fixtures/cop-accounts', async (c) => {
        const body = (await c.req.json()) as { shipstationAccountId: string; state: string }
        asked.push(body)
        for (const event of events) {
          const { res } = await h.sendEvent(body.shipstationAccountId, event, { crid: '5698256' })
          expect(res.status).toBe(200)
        }
        const usps = { username: 'u', password: 'p', crid: '5698256', mid: '902000000', eps: '1' }
        return c.json({ accountId: body.shipstationAccountId, usps }, 201)
      })
      const res = await create(h, { state })
      expect(res.status).toBe(201)
      const fixture = (await res.json()) as Fixture
      expect(asked).toEqual([
        expect.objectContaining({
          state,
          shipstationAccountId: fixture.accountId,
          email: fixture.email,
        }),
      ])
      expect((await h.accounts())[0]?.copStatus).toBe(status)
      const client = h.client()
      await client.postForm('/login', { email: fixture.email, password: fixture.password })
      const view = (await (await client.get('/api/v1/account')).json()) as {
        nsaRatesActive: boolean
      }
      expect(view.nsaRatesActive).toBe(state === 'nsa-active')
    },
  )

  it('answers 502 for approval-pending when Stamps.com cannot build its side', async () => {
    const h = await createHarness()
    const res = await create(h, { state: 'approval-pending' })
    expect(res.status).toBe(502)
    expect(((await res.json()) as { detail: string }).detail).toContain(
      'Stamps.com could not build the approval-pending fixture',
    )
  })
})
