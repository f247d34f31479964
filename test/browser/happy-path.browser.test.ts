import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium'
import { startBrowserSandbox } from './http-sandbox'

interface OutboxMessage {
  channel: 'email' | 'sms'
  to: string
  code?: string
  link?: string
}

let sandbox: Awaited<ReturnType<typeof startBrowserSandbox>>
let browser: Browser

beforeAll(async () => {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM)
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  sandbox = await startBrowserSandbox()
})

afterAll(async () => {
  await browser?.close()
  await sandbox?.close()
})

const url = (service: 'shipstation' | 'stamps' | 'usps', path: string) =>
  `${sandbox.config.services[service].publicUrl}${path}`

async function newestMessage(
  service: 'shipstation' | 'usps',
  channel: 'email' | 'sms',
): Promise<OutboxMessage> {
  const res = await fetch(url(service, '/__sandbox/outbox'))
  const messages = (await res.json()) as OutboxMessage[]
  const message = messages.find((m) => m.channel === channel)
  if (!message) throw new Error(`no ${channel} in the ${service} outbox`)
  return message
}

// Screenshots of the key screens, for a person to look at after a run (git-ignored).
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url))
async function snap(page: Page, name: string) {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true })
}

async function fill(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value)
  }
}

describe('the seed happy path in a real browser', () => {
  it('walks steps 1-9 by the labels a person reads', async () => {
    const context = await browser.newContext()
    const shipstation = await context.newPage()
    const email = `ann.${Date.now()}@example.com`

    // Step 1: register with the promo code, verify email and phone, add a Balance payment method.
    await shipstation.goto(url('shipstation', '/register'))
    await fill(shipstation, {
      'First name': 'Ann',
      'Last name': 'Shipper',
      Company: 'Ann Ships LLC',
      Email: email,
      Phone: '5125550100',
      Password: 'Shipping123',
      'Promo code': 'USPS-NSA-DEMO',
    })
    await shipstation.getByRole('button', { name: 'Create Account' }).click()
    await expect
      .poll(() => shipstation.getByRole('heading', { name: 'Verify your email' }).isVisible())
      .toBe(true)
    await fill(shipstation, {
      'Email verification code': (await newestMessage('shipstation', 'email')).code ?? '',
    })
    await shipstation.getByRole('button', { name: 'Verify Email' }).click()
    await shipstation.getByRole('heading', { name: 'Verify your phone' }).waitFor()
    await fill(shipstation, {
      'SMS verification code': (await newestMessage('shipstation', 'sms')).code ?? '',
    })
    await shipstation.getByRole('button', { name: 'Verify Phone' }).click()
    await shipstation.getByRole('heading', { name: 'ShipStation Balance' }).waitFor()
    await fill(shipstation, {
      'Name on card': 'Ann Shipper',
      'Card number': '4242 4242 4242 4242',
      'Expiry (MM/YY)': '12/30',
      'Security code (CVC)': '123',
      'Billing ZIP code': '78701',
    })
    await shipstation.getByRole('button', { name: 'Add Payment Method' }).click()

    // Step 2: the pop-up and the banner appear only now.
    const popup = shipstation.getByRole('dialog', { name: 'Connect your USPS business account' })
    await popup.waitFor()
    await snap(shipstation, '1-shipstation-connect-popup')
    await expect(
      shipstation
        .getByText('Connect your USPS business account to Stamps.com to access NSA rates')
        .isVisible(),
    ).resolves.toBe(true)

    // Step 3: See Instructions opens the Stamps.com guidelines in a new tab, signed in automatically.
    const [stamps] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('link', { name: 'See Instructions' }).click(),
    ])
    await stamps.waitForLoadState()
    await stamps.getByRole('heading', { name: 'New to USPS?' }).waitFor()
    await stamps.getByRole('heading', { name: 'Finalize Your Connection' }).waitFor()
    await snap(stamps, '2-stamps-guidelines')

    // Step 4-5: USPS account, email validation, wizard, credit-card EPA.
    const [usps] = await Promise.all([
      context.waitForEvent('page'),
      // The guide's link is the one in the "New to USPS?" section (the steps list repeats it).
      stamps
        .getByRole('region', { name: 'New to USPS?' })
        .getByRole('link', { name: 'Setup your USPS business account' })
        .click(),
    ])
    await usps.waitForLoadState()
    await usps.getByRole('link', { name: 'Create New Account' }).click()
    await fill(usps, { Email: email })
    await usps.getByRole('button', { name: 'Send Validation Email' }).click()
    await usps.getByRole('heading', { name: 'Validate your email' }).waitFor()
    await usps.goto((await newestMessage('usps', 'email')).link ?? '')
    await fill(usps, {
      'Company name': 'Ann Ships LLC',
      'Street address': '100 Congress Ave',
      City: 'Austin',
      State: 'TX',
      'ZIP Code': '78701',
    })
    await usps.getByRole('button', { name: 'Continue' }).click()
    await fill(usps, { 'First name': 'Ann', 'Last name': 'Shipper', Phone: '5125550100' })
    await usps.getByRole('button', { name: 'Continue' }).click()
    await fill(usps, {
      Username: `ann${Date.now()}`,
      Password: 'Postal12345',
      'Confirm password': 'Postal12345',
    })
    await usps.getByLabel('I agree to the USPS.com Terms of Use').check()
    await usps.getByRole('button', { name: 'Create Account' }).click()
    await usps.getByRole('heading', { name: 'Add your payment account to get started' }).waitFor()
    await snap(usps, '3-usps-business-portal')
    await usps
      .getByLabel('I have read, understand and agree to the payment account terms and conditions')
      .check()
    await usps.getByLabel('Credit Card').check()
    await usps.getByRole('button', { name: 'Continue' }).click()
    await fill(usps, {
      'Name on card': 'Ann Shipper',
      'Card number': '4242424242424242',
      'Expiry (MM/YY)': '11/31',
      'Security code (CVC)': '321',
      'Billing ZIP code': '78701',
      'Anticipated daily spend (USD)': '250',
    })
    await usps.getByRole('button', { name: 'Add Payment Account' }).click()
    await usps.getByText('EPS Number').first().waitFor()
    const account = (await (
      await usps.request.get(url('usps', '/api/v1/account'))
    ).json()) as Record<string, unknown>
    const ids = identifiersOf(account)

    // Step 6: link over OAuth: sign in with MFA, grant access, go back to Auctane.
    await stamps.bringToFront()
    await stamps
      .getByRole('region', { name: 'Finalize Your Connection' })
      .getByRole('link', { name: 'Link your business account' })
      .click()
    await stamps.getByRole('heading', { name: 'Sign In' }).waitFor()
    await fill(stamps, { Username: email, Password: 'Postal12345' })
    await stamps.getByRole('button', { name: 'Sign In' }).click()
    await stamps.getByRole('heading', { name: 'Verify Your Identity' }).waitFor()
    await fill(stamps, { 'Verification code': (await newestMessage('usps', 'email')).code ?? '' })
    await stamps.getByRole('button', { name: 'Verify' }).click()
    await stamps.getByRole('heading', { name: 'Grant Auctane Access' }).waitFor()
    await snap(stamps, '4-usps-grant-auctane-access')
    await stamps.getByRole('checkbox').check()
    await stamps.getByRole('button', { name: 'Authorize and Continue' }).click()
    await stamps.getByRole('heading', { name: 'Successful Integration' }).waitFor()
    await stamps.getByRole('link', { name: 'Go to Auctane' }).click()

    // Step 7: CRID, MID and EPS on Stamps.com; approval pending.
    await stamps.getByRole('heading', { name: 'Enter your USPS account details' }).waitFor()
    await fill(stamps, { CRID: ids.crid, MID: ids.mid, 'EPS Number': ids.eps })
    await stamps.getByRole('button', { name: 'Complete Connection' }).click()
    await stamps.getByText('USPS business account approval is pending').waitFor()
    await snap(stamps, '5-stamps-approval-pending')

    // Step 8: ShipStation, refreshed, shows the approval banner until it is dismissed.
    await shipstation.bringToFront()
    await shipstation.reload()
    const waitBanner = shipstation.getByText(
      'Please wait for approval from USPS to begin printing with NSA rates.',
    )
    await waitBanner.waitFor()
    await snap(shipstation, '6-shipstation-wait-for-approval')
    expect(await shipstation.getByRole('dialog').count()).toBe(0)
    await shipstation.getByRole('button', { name: 'Dismiss' }).click()
    await waitBanner.waitFor({ state: 'detached' })
    await shipstation.reload()
    expect(await waitBanner.count()).toBe(0)

    // Step 9: the USPS sales representative approves; ShipStation shows NSA rates active.
    const links = (await (await fetch(url('usps', '/__sandbox/nsa-links'))).json()) as {
      id: string
      status: string
    }[]
    expect(links).toHaveLength(1)
    const approved = await fetch(url('usps', `/__sandbox/nsa-links/${links[0]?.id}/approve`), {
      method: 'POST',
    })
    expect(approved.status).toBe(200)
    await shipstation.reload()
    await shipstation.getByText('NSA rates active').waitFor()
    await snap(shipstation, '7-shipstation-nsa-active')

    // The point of it all: NSA rates on the Shipments page, and a label charged to the EPA.
    await shipstation.getByRole('link', { name: 'Shipments' }).click()
    await shipstation.getByRole('heading', { name: 'Create label' }).waitFor()
    const shipTo = shipstation.getByRole('group', { name: 'Ship to' })
    for (const [label, value] of Object.entries({
      Name: 'Grace Hopper',
      Phone: '2125550100',
      'Street address': '1 Main St',
      City: 'New York',
      State: 'NY',
      'ZIP code': '10001',
    })) {
      await shipTo.getByLabel(label, { exact: true }).fill(value)
    }
    await fill(shipstation, { 'Weight (oz)': '24' })
    await shipstation.getByRole('button', { name: 'Get rates' }).click()
    await shipstation.getByRole('table', { name: 'Rates' }).waitFor()
    await expect(shipstation.getByText('Negotiated (NSA)').count()).resolves.toBeGreaterThan(0)
    await snap(shipstation, '8-shipstation-nsa-rates')
    await shipstation
      .getByRole('button', { name: 'Buy label: USPS Priority Mail', exact: true })
      .click()
    await shipstation.getByRole('heading', { name: 'Label', exact: true }).waitFor()
    await expect(
      shipstation.getByText('to your USPS Enterprise Payment Account (EPA)').isVisible(),
    ).resolves.toBe(true)
    const tracking = await shipstation.getByTestId('tracking-number').textContent()
    expect(tracking).toMatch(/^\d{22}$/)
    await snap(shipstation, '9-shipstation-nsa-label')
    await context.close()
  })
})

/** CRID, MID and EPS number from USPS's account JSON, whatever nesting it uses. */
function identifiersOf(account: Record<string, unknown>): {
  crid: string
  mid: string
  eps: string
} {
  const flat = JSON.stringify(account)
  const pick = (pattern: RegExp) => {
    const match = pattern.exec(flat)
    if (!match?.[1]) throw new Error(`missing ${pattern} in ${flat}`)
    return match[1]
  }
  return {
    crid: pick(/"crid":"(\d+)"/i),
    mid: pick(/"(?:outboundMid|mid|masterMid)":"(\d+)"/i),
    eps: pick(/"epsNumber":"(\d{10})"/i),
  }
}
