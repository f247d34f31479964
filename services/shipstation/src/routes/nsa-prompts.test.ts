import { describe, expect, it } from 'vitest'
import { type Client, completeSetup, createHarness, SIGNED_IN_PAGES } from '../testing/harness'

const POPUP = 'role="dialog" aria-modal="true" aria-labelledby="connect-usps-title"'
const CONNECT_BANNER = 'Connect your USPS business account to Stamps.com to access NSA rates'
const APPROVAL_BANNER = 'Please wait for approval from USPS to begin printing with NSA rates.'
const REASON = 'The EPS account 1000000001 is not covered by the contract'

const page = async (client: Client, path: string) => (await client.get(path)).text()
const relogin = async (client: Client) => {
  await client.postForm('/logout')
  await client.postForm('/login', { email: 'ada@example.com', password: 'Secret123' })
}

describe("the guide's persistence rules for the NSA prompts", () => {
  it('shows the pop-up at every login, and on refresh, until the COP flow is submitted', async () => {
    const h = await createHarness()
    const client = h.client()
    const accountId = await completeSetup(client)
    for (let login = 0; login < 3; login++) {
      expect(await page(client, '/dashboard')).toContain(POPUP)
      // A refresh without "Not now" keeps it.
      expect(await page(client, '/dashboard')).toContain(POPUP)
      await relogin(client)
    }
    await h.sendEvent(accountId, 'cop.approval_pending', { crid: '1' })
    expect(await page(client, '/dashboard')).not.toContain(POPUP)
    await relogin(client)
    expect(await page(client, '/dashboard')).not.toContain(POPUP)
  })

  it('keeps "Not now" across refreshes of the same login', async () => {
    const h = await createHarness()
    const client = h.client()
    await completeSetup(client)
    await client.postForm('/nsa/popup/dismiss')
    for (let refresh = 0; refresh < 3; refresh++) {
      const html = await page(client, '/dashboard')
      expect(html).not.toContain(POPUP)
      expect(html).toContain(CONNECT_BANNER)
    }
  })

  it('keeps the approval banner across refreshes and logins until dismissed', async () => {
    const h = await createHarness()
    const client = h.client()
    const accountId = await completeSetup(client)
    await h.sendEvent(accountId, 'cop.approval_pending')
    expect(await page(client, '/dashboard')).toContain(APPROVAL_BANNER)
    expect(await page(client, '/dashboard')).toContain(APPROVAL_BANNER)
    await relogin(client)
    expect(await page(client, '/balance')).toContain(APPROVAL_BANNER)
  })

  it('shows the representative\'s reason with "Start again" on every signed-in page after cop.rejected', async () => {
    const h = await createHarness()
    const client = h.client()
    const accountId = await completeSetup(client)
    await h.sendEvent(accountId, 'cop.approval_pending')
    const { res } = await h.sendEvent(accountId, 'cop.rejected', { reason: REASON })
    expect(res.status).toBe(200)
    for (const path of SIGNED_IN_PAGES) {
      const html = await page(client, path)
      expect(html).toContain(`<strong>USPS rejected your NSA link request: ${REASON}.</strong>`)
      expect(html).toContain('target="_blank" rel="noopener">Start again</a>')
      expect(html).not.toContain(APPROVAL_BANNER)
    }
    expect(await page(client, '/dashboard')).toContain(POPUP)
    // Start again is a new SSO to Stamps.com.
    const sso = await client.get('/nsa/see-instructions')
    expect(sso.status).toBe(302)
    expect(sso.headers.get('location')).toMatch(/^http:\/\/stamps\.test\/sso\?token=/)
  })

  it('refuses cop.rejected without a reason, changing nothing', async () => {
    const h = await createHarness()
    const client = h.client()
    const accountId = await completeSetup(client)
    await h.sendEvent(accountId, 'cop.approval_pending')
    const { res } = await h.sendEvent(accountId, 'cop.rejected', {})
    expect(res.status).toBe(400)
    expect((await h.accounts())[0]?.copStatus).toBe('approval_pending')
  })

  it('after dismissing the approval banner, a rejection and a new request show it again', async () => {
    const h = await createHarness()
    const client = h.client()
    const accountId = await completeSetup(client)
    await h.sendEvent(accountId, 'cop.approval_pending')
    await client.postForm('/nsa/approval-banner/dismiss', { returnTo: '/dashboard' })
    await h.sendEvent(accountId, 'cop.rejected', { reason: REASON })
    await h.sendEvent(accountId, 'cop.approval_pending')
    const html = await page(client, '/dashboard')
    expect(html).toContain(APPROVAL_BANNER)
    expect(html).not.toContain(REASON)
    expect((await h.accounts())[0]?.copRejection).toBeUndefined()
  })

  it('stops NSA rates on cop.revoked and brings the prompts back', async () => {
    const h = await createHarness()
    const client = h.client()
    const accountId = await completeSetup(client)
    await h.sendEvent(accountId, 'cop.approval_pending')
    await h.sendEvent(accountId, 'cop.approved')
    expect(await page(client, '/dashboard')).toContain('<strong>NSA rates active</strong>')
    const { res } = await h.sendEvent(accountId, 'cop.revoked', {})
    expect(res.status).toBe(200)
    const html = await page(client, '/dashboard')
    expect(html).not.toContain('NSA rates active')
    expect(html).toContain('NSA rates stopped: access to your USPS business account was revoked.')
    expect(html).toContain(POPUP)
    const view = (await (await client.get('/api/v1/account')).json()) as {
      nsaRatesActive: boolean
      copStatus: string
    }
    expect(view).toMatchObject({ nsaRatesActive: false, copStatus: 'revoked' })
  })
})
