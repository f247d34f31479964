import { describe, expect, it } from 'vitest'
import {
  completeSetup,
  createHarness,
  type Harness,
  NOW,
  register,
  USPS_URL,
  VALID_REGISTRATION,
} from '../testing/harness'

const addCode = (h: Harness, body: Record<string, unknown>) =>
  h.client().postJson('/__sandbox/promo-codes', body)

const issued = (h: Harness, data: Record<string, unknown>) =>
  h.sendEvent('usps-rep', 'promo_code.issued', data, { keys: h.uspsKeys, issuer: USPS_URL })

describe('promo codes at registration', () => {
  it('refuses an expired code beside the field, with its own message, creating nothing', async () => {
    const h = await createHarness()
    await addCode(h, { code: 'OLD-1', expiresAt: new Date(NOW - 1000).toISOString() })
    const res = await h
      .client()
      .postForm('/register', { ...VALID_REGISTRATION, promoCode: 'old-1' })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('id="field-promoCode-error"')
    expect(html).toContain('The promo code OLD-1 expired on')
    expect(await h.accounts()).toEqual([])
  })

  it('lets a single-use code create one account; the second gets "already used"', async () => {
    const h = await createHarness()
    expect((await addCode(h, { code: 'ONCE-1' })).status).toBe(201)
    await register(h.client(), { promoCode: 'ONCE-1' })
    const res = await h.client().postForm('/register', {
      ...VALID_REGISTRATION,
      email: 'bob@example.com',
      promoCode: 'once-1',
    })
    expect(res.status).toBe(409)
    const html = await res.text()
    expect(html).toContain('The promo code ONCE-1 was already used to create a ShipStation account')
    expect(html).toContain('id="field-promoCode-error"')
    expect(await h.accounts()).toHaveLength(1)
    const list = (await (await h.client().get('/__sandbox/promo-codes')).json()) as {
      details: { code: string; usedBy: string | null }[]
    }
    expect(list.details.find((p) => p.code === 'ONCE-1')?.usedBy).toBe((await h.accounts())[0]?.id)
  })

  it('keeps USPS-NSA-DEMO reusable', async () => {
    const h = await createHarness()
    await register(h.client())
    await register(h.client(), { email: 'bob@example.com' })
    expect((await h.accounts()).map((a) => a.promoCode)).toEqual(['USPS-NSA-DEMO', 'USPS-NSA-DEMO'])
  })

  it('gives back a single-use code when the registration is refused for another reason', async () => {
    const h = await createHarness()
    await register(h.client())
    await addCode(h, { code: 'ONCE-2' })
    const dup = await h
      .client()
      .postForm('/register', { ...VALID_REGISTRATION, promoCode: 'ONCE-2' })
    expect(dup.status).toBe(409)
    await register(h.client(), { email: 'bob@example.com', promoCode: 'ONCE-2' })
    expect(await h.accounts()).toHaveLength(2)
  })

  it('takes expiresAt, offer and singleUse on the control API and shows the offer on the dashboard', async () => {
    const h = await createHarness()
    const offer = { name: 'Acme NSA 2026', description: 'Priority Mail 12 % off commercial.' }
    const res = await addCode(h, {
      code: 'ACME-OFFER',
      expiresAt: new Date(NOW + 86_400_000).toISOString(),
      offer,
      singleUse: false,
    })
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ code: 'ACME-OFFER', offer, singleUse: false })
    const client = h.client()
    await register(client, { promoCode: 'acme-offer' })
    const html = await (await client.get('/dashboard')).text()
    expect(html).toContain('Your USPS offer: <strong>Acme NSA 2026</strong>')
  })

  it.each([
    [{ code: 'BAD-DATE', expiresAt: 'tomorrow' }, 'expiresAt'],
    [{ code: 'BAD-OFFER', offer: { description: 'x' } }, 'offer.name'],
    [{ code: 'BAD-USE', singleUse: 'yes' }, 'singleUse'],
  ])('refuses %j on the control API naming %s, adding nothing', async (body, field) => {
    const h = await createHarness()
    const res = await addCode(h, body)
    expect(res.status).toBe(400)
    const problem = (await res.json()) as { errors: { field: string }[] }
    expect(problem.errors.map((e) => e.field)).toContain(field)
    const list = (await (await h.client().get('/__sandbox/promo-codes')).json()) as {
      promoCodes: string[]
    }
    expect(list.promoCodes).toEqual(['USPS-NSA-DEMO'])
  })

  it('creates an ordinary account without a promo code, which never sees the USPS prompts', async () => {
    const h = await createHarness()
    const client = h.client()
    await completeSetup(client, { promoCode: '' })
    const [account] = await h.accounts()
    expect(account?.promoCode).toBeUndefined()
    const view = (await (await client.get('/api/v1/account')).json()) as {
      prompts: { popup: boolean; banners: unknown[] }
    }
    expect(view.prompts).toEqual({ popup: false, banners: [] })
    const html = await (await client.get('/dashboard')).text()
    expect(html).not.toContain('Connect your USPS business account')
    const sso = await client.get('/nsa/see-instructions')
    expect(sso.status).toBe(409)
    expect(await sso.text()).toContain('created without a USPS promo code')
  })
})

describe('promo_code.issued from USPS', () => {
  const data = {
    code: 'REP-7788',
    expiresAt: new Date(NOW + 7 * 86_400_000).toISOString(),
    offer: { name: 'Ground Advantage NSA', description: '18 % off commercial.' },
    issuedTo: 'ada@example.com',
  }

  it('adds a single-use code with its expiry and offer, verified with USPS keys', async () => {
    const h = await createHarness()
    const { res } = await issued(h, data)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'processed', promoCode: 'REP-7788' })
    await register(h.client(), { promoCode: 'rep-7788' })
    expect((await h.accounts())[0]).toMatchObject({ promoCode: 'REP-7788', nsaOffer: data.offer })
    const second = await h.client().postForm('/register', {
      ...VALID_REGISTRATION,
      email: 'bob@example.com',
      promoCode: 'REP-7788',
    })
    expect(second.status).toBe(409)
  })

  it('refuses a promo code event not signed by USPS, adding nothing', async () => {
    const h = await createHarness()
    const { res } = await h.sendEvent('usps-rep', 'promo_code.issued', data, {
      keys: h.forgerKeys,
      issuer: USPS_URL,
    })
    expect(res.status).toBe(401)
    const bad = await h
      .client()
      .postForm('/register', { ...VALID_REGISTRATION, promoCode: 'REP-7788' })
    expect(bad.status).toBe(400)
  })

  it('refuses an event without an expiry with 400, and a corrected redelivery works', async () => {
    const h = await createHarness()
    const { expiresAt: _, ...withoutExpiry } = data
    expect((await issued(h, withoutExpiry)).res.status).toBe(400)
    expect((await issued(h, data)).res.status).toBe(200)
  })

  it('answers 422 to another USPS event', async () => {
    const h = await createHarness()
    const { res } = await h.sendEvent(
      'x',
      'nsa_link.approved',
      {},
      {
        keys: h.uspsKeys,
        issuer: USPS_URL,
      },
    )
    expect(res.status).toBe(422)
  })
})
