import { describe, expect, it } from 'vitest'
import {
  type Client,
  completeSetup,
  createHarness,
  GOOD_CARD,
  PHONE_E164,
  register,
  SIGNED_IN_PAGES,
} from '../testing/harness'

const POPUP = 'role="dialog" aria-modal="true" aria-labelledby="connect-usps-title"'
const CONNECT_BANNER = 'Connect your USPS business account to Stamps.com to access NSA rates'
const APPROVAL_BANNER = 'Please wait for approval from USPS to begin printing with NSA rates.'

const page = async (client: Client, path: string) => (await client.get(path)).text()

describe('NSA prompts on the pages', () => {
  it('shows the pop-up only after email, phone and a payment method', async () => {
    const h = await createHarness()
    const client = h.client()
    await register(client)
    const before = await page(client, '/dashboard')
    expect(before).toContain('<h1>Dashboard</h1>')
    expect(before).toContain('<a href="/verify/email">Verify your email</a>')
    expect(before).not.toContain(POPUP)
    expect(before).not.toContain(CONNECT_BANNER)

    await client.postForm('/verify/email', {
      code: (await client.latestMessage('ada@example.com', 'email')).code!,
    })
    expect(await page(client, '/dashboard')).not.toContain(POPUP)
    await client.postForm('/verify/phone', {
      code: (await client.latestMessage(PHONE_E164, 'sms')).code!,
    })
    const verified = await page(client, '/dashboard')
    expect(verified).toContain('<a href="/balance">Add a payment method</a>')
    expect(verified).not.toContain(POPUP)
    expect(verified).not.toContain(CONNECT_BANNER)

    await client.postForm('/balance', GOOD_CARD)
    const ready = await page(client, '/dashboard')
    expect(ready).toContain(POPUP)
    expect(ready).toContain('<h2 id="connect-usps-title">Connect your USPS business account</h2>')
    expect(ready).toContain(
      '<a class="button" href="/nsa/see-instructions" target="_blank" rel="noopener">See Instructions</a>',
    )
    expect(ready).toContain('<form method="post" action="/nsa/popup/dismiss"')
    expect(ready).toContain('>Not now</button>')
  })

  it('shows the connect banner with "See Instructions" on every signed-in page', async () => {
    const h = await createHarness()
    const client = h.client()
    await completeSetup(client)
    for (const path of SIGNED_IN_PAGES) {
      const html = await page(client, path)
      expect(html).toContain(`<strong>${CONNECT_BANNER}</strong>`)
      expect(html).toContain(
        '<a href="/nsa/see-instructions" target="_blank" rel="noopener">See Instructions</a>',
      )
    }
    expect(await page(client, '/balance')).not.toContain(POPUP)
  })

  it('hides the pop-up after "Not now" for this login only; it returns at the next login', async () => {
    const h = await createHarness()
    const client = h.client()
    await completeSetup(client)
    const dismissed = await client.postForm('/nsa/popup/dismiss')
    expect(dismissed.headers.get('location')).toBe('/dashboard')
    const after = await page(client, '/dashboard')
    expect(after).not.toContain(POPUP)
    expect(after).toContain(CONNECT_BANNER)
    expect((await (await client.get('/api/v1/account')).json()).prompts.popup).toBe(false)

    await client.postForm('/logout')
    const login = await client.postForm('/login', {
      email: 'ada@example.com',
      password: 'Secret123',
    })
    expect(login.headers.get('location')).toBe('/dashboard')
    expect(await page(client, '/dashboard')).toContain(POPUP)
  })

  it('shows the approval banner after cop.approval_pending until dismissed, then never again', async () => {
    const h = await createHarness()
    const client = h.client()
    const accountId = await completeSetup(client)
    await h.sendEvent(accountId, 'cop.approval_pending', { crid: '12345678' })

    for (const path of SIGNED_IN_PAGES) {
      const html = await page(client, path)
      expect(html).toContain(`<strong>${APPROVAL_BANNER}</strong>`)
      expect(html).not.toContain(CONNECT_BANNER)
      expect(html).not.toContain(POPUP)
    }
    const res = await client.postForm('/nsa/approval-banner/dismiss', { returnTo: '/balance' })
    expect(res.headers.get('location')).toBe('/balance')
    expect((await h.accounts())[0]?.approvalBannerDismissedAt).toBe('2026-03-01T12:00:00.000Z')
    expect(await page(client, '/balance')).not.toContain(APPROVAL_BANNER)

    await client.postForm('/logout')
    await client.postForm('/login', { email: 'ada@example.com', password: 'Secret123' })
    await h.sendEvent(accountId, 'cop.approved', {})
    const approved = await page(client, '/dashboard')
    expect(approved).not.toContain(APPROVAL_BANNER)
    expect(approved).toContain('NSA rates active')
  })

  it('keeps the approval banner after approval while it was never dismissed', async () => {
    const h = await createHarness()
    const client = h.client()
    const accountId = await completeSetup(client)
    await h.sendEvent(accountId, 'cop.approval_pending')
    await h.sendEvent(accountId, 'cop.approved')
    const html = await page(client, '/dashboard')
    expect(html).toContain(APPROVAL_BANNER)
    expect(html).toContain('<strong>NSA rates active</strong>')
  })

  it('never redirects "Dismiss" to another site', async () => {
    const h = await createHarness()
    const client = h.client()
    const accountId = await completeSetup(client)
    await h.sendEvent(accountId, 'cop.approval_pending')
    const res = await client.postForm('/nsa/approval-banner/dismiss', {
      returnTo: '//evil.example/',
    })
    expect(res.headers.get('location')).toBe('/dashboard')
  })

  it('answers the same prompts in GET /api/v1/account and through the JSON twins', async () => {
    const h = await createHarness()
    const client = h.client()
    const accountId = await completeSetup(client)
    expect(await (await client.get('/api/v1/account')).json()).toEqual({
      id: accountId,
      email: 'ada@example.com',
      emailVerified: true,
      phoneVerified: true,
      hasPaymentMethod: true,
      copStatus: 'not_started',
      nsaRatesActive: false,
      prompts: { popup: true, banners: [{ id: 'connect-usps-account', text: CONNECT_BANNER }] },
    })
    const early = await client.postJson('/api/v1/nsa/approval-banner/dismiss')
    expect(early.status).toBe(409)
    expect((await h.accounts())[0]?.approvalBannerDismissedAt).toBeUndefined()

    const popup = await client.postJson('/api/v1/nsa/popup/dismiss')
    expect((await popup.json()).prompts.popup).toBe(false)
    await h.sendEvent(accountId, 'cop.approval_pending')
    const pending = await (await client.get('/api/v1/account')).json()
    expect(pending.prompts.banners).toEqual([{ id: 'approval-pending', text: APPROVAL_BANNER }])
    const dismissed = await client.postJson('/api/v1/nsa/approval-banner/dismiss')
    expect((await dismissed.json()).prompts.banners).toEqual([])
  })
})
