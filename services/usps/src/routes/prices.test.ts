import { describe, expect, it } from 'vitest'
import { contractPrice, listPrice } from '../domain/price-table'
import { auctaneAppToken, createTestApp, linkedCustomer, v3Call } from '../testing/harness'

const SEARCH = {
  originZIPCode: '78701',
  destinationZIPCode: '10001',
  weight: 1.5,
  length: 9,
  width: 6,
  height: 2,
  mailClass: 'PRIORITY_MAIL',
  processingCategory: 'MACHINABLE',
  rateIndicator: 'SP',
  destinationEntryFacilityType: 'NONE',
  priceType: 'COMMERCIAL',
  mailingDate: '2026-05-02',
}

type Envelope = { apiVersion: string; error: { code: string; errors: { code: string }[] } }
type BaseRates = {
  totalBasePrice: number
  rates: { priceType: string; price: number; zone: string; SKU: string; dimWeight: number }[]
}

async function codesOf(res: Response): Promise<string[]> {
  const body = (await res.json()) as Envelope
  expect(body.apiVersion).toBe('3.0')
  return body.error.errors.map((e) => e.code)
}

describe('POST /prices/v3/base-rates/search', () => {
  it('answers the commercial price, and the NSA price only once the link is approved', async () => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    const search = (body: object) =>
      v3Call(t.app, 'POST', '/prices/v3/base-rates/search', customer.accessToken, body)

    const commercial = await search(SEARCH)
    expect(commercial.status).toBe(200)
    const base = (await commercial.json()) as BaseRates
    // Austin 787 to New York 100: d = 687, zone 3 + floor(676 / 150) = 7; 1.5 lb bills 2 lb.
    expect(base.rates[0]?.zone).toBe('07')
    expect(base.totalBasePrice).toBe(14.1)
    expect(base.totalBasePrice).toBe(listPrice('PRIORITY_MAIL', 'COMMERCIAL', 7, 2))

    const contract = {
      ...SEARCH,
      priceType: 'CONTRACT',
      accountType: 'EPS',
      accountNumber: customer.epsNumber,
    }
    const before = await search(contract)
    expect(before.status).toBe(400)
    const envelope = (await before.json()) as Envelope & { error: { errors: { detail: string }[] } }
    expect(envelope.error.errors[0]).toMatchObject({
      code: '160212',
      detail:
        'An approved contract could not be found for PRIORITY_MAIL. Please contact a sales representative.',
    })

    await customer.approve()
    const after = await search(contract)
    expect(after.status).toBe(200)
    const nsa = (await after.json()) as BaseRates
    expect(nsa.rates[0]?.priceType).toBe('CONTRACT')
    expect(nsa.totalBasePrice).toBe(contractPrice(14.1, 12))
    expect(nsa.totalBasePrice).toBe(12.41)
    expect(nsa.totalBasePrice).toBeLessThan(base.totalBasePrice)
  })

  it('prices retail above commercial with Auctane’s own token, and contract for its linked EPS', async () => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    await customer.approve()
    const app = await auctaneAppToken(t.app)
    const retail = (await (
      await v3Call(t.app, 'POST', '/prices/v3/base-rates/search', app, {
        ...SEARCH,
        priceType: 'RETAIL',
      })
    ).json()) as BaseRates
    expect(retail.totalBasePrice).toBe(listPrice('PRIORITY_MAIL', 'RETAIL', 7, 2))
    expect(retail.totalBasePrice).toBeGreaterThan(14.1)
    const contract = await v3Call(t.app, 'POST', '/prices/v3/base-rates/search', app, {
      ...SEARCH,
      priceType: 'CONTRACT',
      accountType: 'EPS',
      accountNumber: customer.epsNumber,
    })
    expect(((await contract.json()) as BaseRates).totalBasePrice).toBe(12.41)
  })

  it('refuses the contract price of another customer’s EPS number with 160212', async () => {
    const t = createTestApp()
    const ann = await linkedCustomer(t)
    await ann.approve()
    const bob = await linkedCustomer(t, { email: 'bob@example.com', username: 'bobships' })
    const res = await v3Call(t.app, 'POST', '/prices/v3/base-rates/search', bob.accessToken, {
      ...SEARCH,
      priceType: 'CONTRACT',
      accountType: 'EPS',
      accountNumber: ann.epsNumber,
    })
    expect(res.status).toBe(400)
    expect(await codesOf(res)).toEqual(['160212'])
  })

  it('bills the dimensional weight of a large box', async () => {
    const t = createTestApp()
    const token = await auctaneAppToken(t.app)
    const res = await v3Call(t.app, 'POST', '/prices/v3/base-rates/search', token, {
      ...SEARCH,
      weight: 2,
      length: 20,
      width: 15,
      height: 12,
    })
    const body = (await res.json()) as BaseRates
    // 3600 in³ / 166 = 21.7 -> 22 lb billed instead of 2.
    expect(body.rates[0]?.dimWeight).toBe(22)
    expect(body.totalBasePrice).toBe(listPrice('PRIORITY_MAIL', 'COMMERCIAL', 7, 22))
  })

  it.each([
    ['no zone for the ZIPs', { destinationZIPCode: '00123' }, '030001'],
    ['a ZIP that is no ZIP', { originZIPCode: 'abc' }, '030001'],
    ['weight 0', { weight: 0 }, '030004'],
    ['weight over 70 lb', { weight: 70.5 }, '030004'],
    ['size over the maximum', { length: 60, width: 20, height: 20 }, '030008'],
    ['a missing field', { weight: undefined }, '030010'],
    ['CONTRACT without an EPS number', { priceType: 'CONTRACT' }, '030010'],
    ['an unknown mail class', { mailClass: 'FIRST_CLASS_BALLOON' }, '030020'],
    ['Parcel Select at retail', { mailClass: 'PARCEL_SELECT', priceType: 'RETAIL' }, '030020'],
    ['an unknown price type', { priceType: 'CHEAP' }, '400'],
  ])('refuses %s in USPS’s envelope', async (_, change, code) => {
    const t = createTestApp()
    const token = await auctaneAppToken(t.app)
    const res = await v3Call(t.app, 'POST', '/prices/v3/base-rates/search', token, {
      ...SEARCH,
      ...change,
    })
    expect(res.status).toBe(400)
    expect(await codesOf(res)).toContain(code)
  })

  it('asks for a Bearer token with the prices scope', async () => {
    const t = createTestApp()
    const none = await t.app.request('/prices/v3/base-rates/search', {
      method: 'POST',
      body: JSON.stringify(SEARCH),
    })
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toContain('Bearer')
    const bad = await v3Call(t.app, 'POST', '/prices/v3/base-rates/search', 'not.a.token', SEARCH)
    expect(bad.status).toBe(401)
    expect(await codesOf(bad)).toEqual(['401'])
  })
})

describe('POST /prices/v3/total-rates/search', () => {
  it('answers rate options whose total is the base price', async () => {
    const t = createTestApp()
    const token = await auctaneAppToken(t.app)
    const res = await v3Call(t.app, 'POST', '/prices/v3/total-rates/search', token, {
      ...SEARCH,
      mailClass: 'USPS_GROUND_ADVANTAGE',
      extraServices: [415],
      itemValue: 20,
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      rateOptions: { totalBasePrice: number; totalPrice: number; extraServices: unknown[] }[]
    }
    const price = listPrice('USPS_GROUND_ADVANTAGE', 'COMMERCIAL', 7, 2)
    expect(body.rateOptions).toEqual([
      expect.objectContaining({ totalBasePrice: price, totalPrice: price, extraServices: [] }),
    ])
  })
  it('answers one rate option per mail class of mailClasses, each as base-rates prices it', async () => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    const { mailClass: _, ...common } = SEARCH
    const classes = ['PRIORITY_MAIL_EXPRESS', 'PRIORITY_MAIL', 'USPS_GROUND_ADVANTAGE']
    const total = (body: object) =>
      v3Call(t.app, 'POST', '/prices/v3/total-rates/search', customer.accessToken, body)
    const res = await total({ ...common, mailClasses: classes })
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      rateOptions: { totalBasePrice: number; totalPrice: number; rates: BaseRates['rates'] }[]
    }
    const single = await Promise.all(
      classes.map(async (mailClass) => {
        const one = await v3Call(
          t.app,
          'POST',
          '/prices/v3/base-rates/search',
          customer.accessToken,
          {
            ...common,
            mailClass,
          },
        )
        return ((await one.json()) as BaseRates).rates[0]
      }),
    )
    expect(body.rateOptions.map((o) => o.rates[0])).toEqual(single)
    expect(body.rateOptions.map((o) => o.totalPrice)).toEqual(single.map((r) => r?.price))

    // CONTRACT for several classes: refused as one search per class would be, then priced.
    const contract = { ...common, mailClasses: classes, priceType: 'CONTRACT', accountType: 'EPS' }
    const before = await total({ ...contract, accountNumber: customer.epsNumber })
    expect(before.status).toBe(400)
    expect(await codesOf(before)).toEqual(['160212'])
    await customer.approve()
    const after = await total({ ...contract, accountNumber: customer.epsNumber })
    const nsa = (await after.json()) as { rateOptions: { totalBasePrice: number }[] }
    expect(nsa.rateOptions[1]?.totalBasePrice).toBe(contractPrice(14.1, 12))

    const bad = await total({ ...common, mailClasses: ['PRIORITY_MAIL', 'NOT_A_CLASS'] })
    expect(bad.status).toBe(400)
    expect(await codesOf(bad)).toEqual(['030020'])
    expect(await codesOf(await total({ ...common, mailClasses: [] }))).toEqual(['400'])
    expect(await codesOf(await total(common))).toEqual(['030010'])
  })
})
