import { lazyServiceKeys, signServiceToken } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { PAYMENT_AUTHORIZATION_TOKEN_TYPE } from '../domain/authorize-payment'
import { contractPrice, listPrice } from '../domain/price-table'
import { USPS_URL } from '../testing/client'
import {
  auctaneAppToken,
  createTestApp,
  epsRoles,
  linkedCustomer,
  type TestApp,
  v3Call,
} from '../testing/harness'
import { LABELS_JSON } from './labels'

const LABEL = {
  imageInfo: { imageType: 'PDF', labelType: '4X6LABEL', receiptOption: 'NONE' },
  fromAddress: {
    firstName: 'Ann',
    lastName: 'Shipper',
    streetAddress: '100 Congress Ave',
    city: 'Austin',
    state: 'TX',
    ZIPCode: '78701',
  },
  toAddress: {
    firstName: 'Bo',
    lastName: 'Receiver',
    streetAddress: '350 5th Ave',
    city: 'New York',
    state: 'NY',
    ZIPCode: '10001',
  },
  packageDescription: {
    mailClass: 'PRIORITY_MAIL',
    rateIndicator: 'SP',
    weightUOM: 'lb',
    weight: 1.5,
    dimensionsUOM: 'in',
    length: 9,
    width: 6,
    height: 2,
    processingCategory: 'MACHINABLE',
    mailingDate: '2026-05-02',
    destinationEntryFacilityType: 'NONE',
  },
}
// Zone 7, 2 lb billed (see prices.test.ts).
const COMMERCIAL = listPrice('PRIORITY_MAIL', 'COMMERCIAL', 7, 2) ?? 0
const CONTRACT = contractPrice(COMMERCIAL, 12)

type LabelJson = {
  labelMetadata: { trackingNumber: string; postage: number; zone: string; SKU: string }
  labelImage: string
}
type Ledger = { kind: string; amount: number; trackingNumber: string }[]

async function codesOf(res: Response): Promise<string[]> {
  const body = (await res.json()) as { error: { errors: { code: string }[] } }
  return body.error.errors.map((e) => e.code)
}

function labelCall(
  t: TestApp,
  customer: { accessToken: string; paymentAuthorizationToken: string },
  headers: Record<string, string> = {},
  body: unknown = LABEL,
) {
  return v3Call(t.app, 'POST', '/labels/v3/label', customer.accessToken, body, {
    accept: LABELS_JSON,
    'x-payment-authorization-token': customer.paymentAuthorizationToken,
    ...headers,
  })
}

async function ledgerOf(t: TestApp, accountId: string): Promise<Ledger> {
  const { listLedger } = await import('../domain/epa-ledger')
  return listLedger({ store: t.data }, accountId)
}

describe('POST /labels/v3/label', () => {
  it('makes a watermarked label at the contract price once approved, charged once per idempotency key', async () => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    await customer.approve()
    const first = await labelCall(t, customer, { 'x-idempotency-key': 'order-1' })
    expect(first.status).toBe(200)
    const label = (await first.json()) as LabelJson
    expect(label.labelMetadata.trackingNumber).toMatch(/^\d{22}$/)
    expect(label.labelMetadata).toMatchObject({ postage: CONTRACT, zone: '07' })
    const pdf = Buffer.from(label.labelImage, 'base64').toString('latin1')
    expect(pdf.startsWith('%PDF-1.4')).toBe(true)
    expect(pdf).toContain('SAMPLE - NOT FOR MAILING')
    expect(pdf).toContain(label.labelMetadata.trackingNumber)
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true)

    const repeat = (await (
      await labelCall(t, customer, { 'x-idempotency-key': 'order-1' })
    ).json()) as LabelJson
    expect(repeat.labelMetadata.trackingNumber).toBe(label.labelMetadata.trackingNumber)
    const ledger = await ledgerOf(t, customer.account.id)
    expect(ledger).toEqual([
      expect.objectContaining({
        kind: 'charge',
        amount: CONTRACT,
        trackingNumber: label.labelMetadata.trackingNumber,
      }),
    ])

    const other = (await (
      await labelCall(t, customer, { 'x-idempotency-key': 'order-2' })
    ).json()) as LabelJson
    expect(other.labelMetadata.trackingNumber).not.toBe(label.labelMetadata.trackingNumber)
    expect(await ledgerOf(t, customer.account.id)).toHaveLength(2)
  })

  it('charges the commercial price before the link is approved', async () => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    const res = await labelCall(t, customer)
    expect(res.status).toBe(200)
    expect(((await res.json()) as LabelJson).labelMetadata.postage).toBe(COMMERCIAL)
    expect((await ledgerOf(t, customer.account.id))[0]?.amount).toBe(COMMERCIAL)
  })

  it('answers multipart (metadata and PDF parts) by default', async () => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    const res = await labelCall(t, customer, { accept: '*/*' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/)
    const text = await res.text()
    expect(text).toContain('name="labelMetadata"')
    expect(text).toContain('name="labelImage"; filename="label.pdf"')
    expect(text).toContain('%PDF-1.4')
  })

  it('refuses an Accept it does not offer with 406, charging nothing', async () => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    const res = await labelCall(t, customer, { accept: 'image/png' })
    expect(res.status).toBe(406)
    expect(await codesOf(res)).toEqual(['406'])
    expect(await ledgerOf(t, customer.account.id)).toEqual([])
  })

  it('refuses without a valid payment authorization token (401), charging nothing', async () => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    const none = await labelCall(t, customer, { 'x-payment-authorization-token': '' })
    expect(none.status).toBe(401)
    const forged = await labelCall(t, customer, { 'x-payment-authorization-token': 'a.b.c' })
    expect(forged.status).toBe(401)
    expect(await ledgerOf(t, customer.account.id)).toEqual([])
  })

  it('refuses a payment token without an EPS PAYER role with 160369', async () => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    const keys = await lazyServiceKeys(t.store)()
    const token = await signServiceToken(keys, {
      type: PAYMENT_AUTHORIZATION_TOKEN_TYPE,
      issuer: USPS_URL,
      audience: USPS_URL,
      subject: customer.account.id,
      tenant: 'default',
      ttlSeconds: 3600,
      clock: { now: () => new Date('2026-05-01T12:00:00Z') },
      claims: { client_id: 'auctane', roles: epsRoles(customer.account).slice(1) },
    })
    const res = await labelCall(t, customer, { 'x-payment-authorization-token': token })
    expect(res.status).toBe(400)
    expect(await codesOf(res)).toEqual(['160369'])
  })

  it('refuses with 160302 when the PAYER’s EPA is no longer active', async () => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    await t.data.update<{ status: string }>('payment_accounts', customer.account.id, (epa) =>
      epa ? { ...epa, status: 'verification_failed' } : epa,
    )
    const res = await labelCall(t, customer)
    expect(res.status).toBe(400)
    expect(await codesOf(res)).toEqual(['160302'])
    expect(await ledgerOf(t, customer.account.id)).toEqual([])
  })

  it('refuses a platform token that acts for no customer with 160259', async () => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    const app = await auctaneAppToken(t.app)
    const res = await labelCall(t, { ...customer, accessToken: app })
    expect(res.status).toBe(400)
    expect(await codesOf(res)).toEqual(['160259'])
  })

  it.each([
    ['a missing address', { toAddress: undefined }, '030010'],
    [
      'a weight over 70 lb',
      { packageDescription: { ...LABEL.packageDescription, weight: 71 } },
      '030004',
    ],
    ['a ZIP code that is no ZIP', { toAddress: { ...LABEL.toAddress, ZIPCode: '1' } }, '400'],
  ])('refuses %s in USPS’s envelope, charging nothing', async (_, change, code) => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    const res = await labelCall(t, customer, {}, { ...LABEL, ...change })
    expect(res.status).toBe(400)
    expect(await codesOf(res)).toContain(code)
    expect(await ledgerOf(t, customer.account.id)).toEqual([])
  })
})

describe('DELETE /labels/v3/label/{trackingNumber}', () => {
  it('refunds the postage once; the ledger shows the charge and the refund', async () => {
    const t = createTestApp()
    const customer = await linkedCustomer(t)
    const made = (await (await labelCall(t, customer)).json()) as LabelJson
    const tracking = made.labelMetadata.trackingNumber
    const del = () => v3Call(t.app, 'DELETE', `/labels/v3/label/${tracking}`, customer.accessToken)
    const res = await del()
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      trackingNumber: tracking,
      status: 'CANCELED',
      refund: COMMERCIAL,
    })
    const again = await del()
    expect(again.status).toBe(400)
    expect(await codesOf(again)).toEqual(['160363'])
    const ledger = await ledgerOf(t, customer.account.id)
    expect(ledger.map((e) => [e.kind, e.amount, e.trackingNumber])).toEqual([
      ['refund', COMMERCIAL, tracking],
      ['charge', COMMERCIAL, tracking],
    ])
    const page = await (await customer.browser.get('/portal/account')).text()
    expect(page).toContain(tracking)
    expect(page).toContain('Refund')
  })

  it('refuses an unknown tracking number (160378) and another customer’s label (160383)', async () => {
    const t = createTestApp()
    const ann = await linkedCustomer(t)
    const made = (await (await labelCall(t, ann)).json()) as LabelJson
    const bob = await linkedCustomer(t, { email: 'bob@example.com', username: 'bobships' })
    const unknown = await v3Call(
      t.app,
      'DELETE',
      `/labels/v3/label/${'9'.repeat(22)}`,
      bob.accessToken,
    )
    expect(unknown.status).toBe(400)
    expect(await codesOf(unknown)).toEqual(['160378'])
    const theirs = await v3Call(
      t.app,
      'DELETE',
      `/labels/v3/label/${made.labelMetadata.trackingNumber}`,
      bob.accessToken,
    )
    expect(theirs.status).toBe(400)
    expect(await codesOf(theirs)).toEqual(['160383'])
    expect((await ledgerOf(t, ann.account.id)).map((e) => e.kind)).toEqual(['charge'])
  })
})
