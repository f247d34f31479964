import { describe, expect, it } from 'vitest'
import { balanceLedger, creditBalance } from '../domain/balance-ledger'
import { completeSetup, createHarness, NOW } from '../testing/harness'

const SHIP_TO = {
  to_name: 'Grace Hopper',
  to_phone: '555-010-0200',
  to_address_line1: '1 Main St',
  to_city_locality: 'New York',
  to_state_province: 'NY',
  to_postal_code: '10001',
}

async function signedInAccount() {
  const h = await createHarness()
  const client = h.client()
  const accountId = await completeSetup(client)
  const ctx = { store: h.store.forTenant('default'), clock: { now: () => new Date(NOW) } }
  const fund = (cents: number) =>
    creditBalance(ctx, { accountId, amount: cents, reason: 'funding', idempotencyKey: `f${cents}` })
  const balance = async () => (await balanceLedger(ctx, accountId)).balance
  return { h, client, accountId, fund, balance }
}

/** "Create label" with the pre-filled ship-from, then "Get rates": the shipment page. */
async function getRates(client: ReturnType<Awaited<ReturnType<typeof createHarness>>['client']>) {
  const form = await (await client.get('/shipments/new')).text()
  const value = (name: string) => form.match(new RegExp(`name="${name}"[^>]*value="([^"]*)"`))?.[1]
  const fields: Record<string, string> = { ...SHIP_TO, weightOz: '16' }
  for (const name of [
    'from_name',
    'from_phone',
    'from_address_line1',
    'from_city_locality',
    'from_state_province',
    'from_postal_code',
  ]) {
    fields[name] = value(name) ?? ''
  }
  const res = await client.postForm('/shipments/new', fields)
  expect(res.status).toBe(303)
  const location = res.headers.get('location') ?? ''
  expect(location).toMatch(/^\/shipments\/se-\d+$/)
  return { location, html: await (await client.get(location)).text() }
}

const rateIdOf = (html: string, service: string) =>
  html.match(new RegExp(`${service}</td>[\\s\\S]*?name="rateId" value="(se-\\d+)"`))?.[1] ?? ''

describe('Shipments: Create label', () => {
  it('is linked from the header of every signed-in page and pre-fills the ship-from address', async () => {
    const { client } = await signedInAccount()
    expect(await (await client.get('/dashboard')).text()).toContain('href="/shipments/new"')
    const html = await (await client.get('/shipments/new')).text()
    expect(html).toContain('<h1>Create label</h1>')
    expect(html).toMatch(/name="from_company_name"[^>]*value="Analytical Engines LLC"/)
    expect(html).toMatch(/name="from_postal_code"[^>]*value="78731"/)
    expect(html).toContain('>Get rates</button>')
  })

  it('lists retail prices from Stamps.com before approval', async () => {
    const { h, client } = await signedInAccount()
    const { html } = await getRates(client)
    expect(html).toContain('USPS Priority Mail')
    expect(html).toContain('$11.90')
    expect(html).not.toContain('Negotiated (NSA)')
    expect(h.stampsPartner.calls[0]).toMatchObject({
      path: '/partner/v1/rates',
      body: { fromPostalCode: '78731', toPostalCode: '10001', weightOz: 16 },
    })
  })

  it('marks NSA prices "Negotiated (NSA)" with the retail price struck through beside them', async () => {
    const { h, client } = await signedInAccount()
    h.stampsPartner.nsaActive = true
    const { html } = await getRates(client)
    expect(html).toContain('<strong>$8.35</strong> <span class="badge">Negotiated (NSA)</span>')
    expect(html).toContain('<s class="muted">Retail $11.90</s>')
  })

  it('refuses a blank form beside each field and asks Stamps.com nothing', async () => {
    const { h, client } = await signedInAccount()
    const res = await client.postForm('/shipments/new', { weightOz: '0' })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toMatch(/id="field-to_postal_code-error"[^>]*>Enter the ZIP code\./)
    expect(html).toMatch(/id="field-weightOz-error"[^>]*>Enter a weight above 0 ounces\./)
    expect(h.stampsPartner.calls).toEqual([])
    expect(await h.store.forTenant('default').list('shipments')).toEqual([])
  })
})

describe('Shipments: the prompts', () => {
  it('shows the connect banner on the shipment page too, as on every signed-in page', async () => {
    const { client } = await signedInAccount()
    const { html } = await getRates(client)
    expect(html).toContain(
      '<strong>Connect your USPS business account to Stamps.com to access NSA rates</strong>',
    )
    expect(html).toContain('<a href="/nsa/see-instructions" target="_blank" rel="noopener">')
  })
})

describe('Shipments: buying and voiding labels', () => {
  it('says "Insufficient funds. Add funds to continue." with a link when the Balance cannot pay, and charges nothing', async () => {
    const { h, client, balance } = await signedInAccount()
    const { location, html } = await getRates(client)
    const res = await client.postForm(`${location}/label`, {
      rateId: rateIdOf(html, 'USPS Priority Mail'),
    })
    expect(res.status).toBe(402)
    const page = await res.text()
    expect(page).toContain('Insufficient funds. Add funds to continue.')
    expect(page).toContain('<a href="/balance">Add funds</a>')
    expect(await balance()).toBe(0)
    expect(await h.store.forTenant('default').list('labels')).toEqual([])
  })

  it('charges a retail label to the Balance, shows the label, and refunds it on void', async () => {
    const { client, fund, balance } = await signedInAccount()
    await fund(5000)
    const { location, html } = await getRates(client)
    const buy = await client.postForm(`${location}/label`, {
      rateId: rateIdOf(html, 'USPS Priority Mail'),
    })
    expect(buy.status).toBe(303)
    expect(await balance()).toBe(5000 - 1190)
    const page = await (await client.get(location)).text()
    const tracking = page.match(/data-testid="tracking-number">(\d+)</)?.[1] ?? ''
    expect(tracking).toMatch(/^9400\d{18}$/)
    expect(page).toContain('$11.90 to your ShipStation Balance')
    const pdfPath = page.match(/<object data="(\/labels\/se-\d+\.pdf)"/)?.[1] ?? ''
    const pdf = await client.get(pdfPath)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const text = Buffer.from(await pdf.arrayBuffer()).toString('latin1')
    expect(text.startsWith('%PDF-1.4')).toBe(true)
    expect(text).toContain('SAMPLE - NOT FOR MAILING')
    expect(text).toContain(tracking)

    expect((await client.postForm(`${location}/void`)).status).toBe(303)
    expect(await balance()).toBe(5000)
    const voided = await (await client.get(location)).text()
    expect(voided).toContain('Label voided')
    expect(voided).toContain('$11.90 to your ShipStation Balance')
    // A second void (the button pressed twice) refunds nothing more.
    const again = await client.postForm(`${location}/void`)
    expect(again.status).toBe(409)
    expect(await balance()).toBe(5000)
  })

  it('charges an NSA label to the USPS EPA through Stamps.com, not the Balance, and voids it there', async () => {
    const { h, client, balance } = await signedInAccount()
    h.stampsPartner.nsaActive = true
    const { location, html } = await getRates(client)
    await client.postForm(`${location}/label`, { rateId: rateIdOf(html, 'USPS Priority Mail') })
    const page = await (await client.get(location)).text()
    expect(page).toContain(
      '$8.35 to your USPS Enterprise Payment Account (EPA) (Negotiated (NSA); retail $11.90)',
    )
    expect(await balance()).toBe(0)
    expect(h.stampsPartner.epaLedger).toHaveLength(1)
    await client.postForm(`${location}/void`)
    expect(h.stampsPartner.epaLedger.at(-1)?.amount).toBe(-8.35)
  })

  it('buys one label per shipment even when the button is pressed twice', async () => {
    const { client, fund, balance } = await signedInAccount()
    await fund(5000)
    const { location, html } = await getRates(client)
    const rateId = rateIdOf(html, 'USPS Priority Mail')
    await client.postForm(`${location}/label`, { rateId })
    await client.postForm(`${location}/label`, { rateId })
    expect(await balance()).toBe(5000 - 1190)
  })

  it("refuses another account's shipment and label PDF", async () => {
    const { h, client, fund } = await signedInAccount()
    await fund(5000)
    const { location, html } = await getRates(client)
    await client.postForm(`${location}/label`, { rateId: rateIdOf(html, 'USPS Priority Mail') })
    const page = await (await client.get(location)).text()
    const pdfPath = page.match(/<object data="(\/labels\/se-\d+\.pdf)"/)?.[1] ?? ''
    const other = h.client()
    await completeSetup(other, { email: 'grace@example.com' })
    expect((await other.get(location)).status).toBe(404)
    expect((await other.get(pdfPath)).status).toBe(404)
    expect((await other.postForm(`${location}/void`)).status).toBe(404)
    expect((await client.get(location)).status).toBe(200)
  })

  it('refuses a malformed shipment id with 400', async () => {
    const { client } = await signedInAccount()
    expect((await client.get('/shipments/../etc')).status).toBeGreaterThanOrEqual(400)
    expect((await client.get('/shipments/not-an-id')).status).toBe(400)
  })
})
