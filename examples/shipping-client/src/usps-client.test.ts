// The app's own tests: its code calls the real USPS host, @partner-sandbox/msw answers there.
import { installPartnerSandbox } from '@partner-sandbox/msw'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { UspsClient } from './usps-client'

const sandbox = installPartnerSandbox({ beforeAll, beforeEach, afterAll })

const redirectUri = 'http://127.0.0.1:8080/usps/callback'

describe('UspsClient against the USPS fake at https://apis-tem.usps.com', () => {
  it('links a USPS account with code + PKCE and authorizes a payment', async () => {
    const usps = new UspsClient({ clientId: 'sandbox-public-client', redirectUri })
    const account = await sandbox.fixtures.uspsAccount({ state: 'epa-active' })

    const pending = await usps.startAuthorization('payments labels')
    expect(pending.url.origin).toBe('https://apis-tem.usps.com')
    // The user's sign-in, MFA code and consent, without scraping a page.
    const callback = await sandbox.oauth.consent(pending.url, account)
    const tokens = await usps.finishAuthorization(callback, pending)
    expect(tokens.scope).toBe('payments labels')

    const payment = await usps.authorizePayment(tokens.access_token, {
      crid: account.crid,
      mid: account.mid,
      epsNumber: account.epsNumber ?? '',
    })
    expect(payment.paymentAuthorizationToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
  })

  it('works for a confidential client with its secret', async () => {
    const usps = new UspsClient({
      clientId: 'sandbox-client',
      clientSecret: 'sandbox-secret',
      redirectUri,
    })
    const account = await sandbox.fixtures.uspsAccount()
    const pending = await usps.startAuthorization('payments')
    const tokens = await usps.finishAuthorization(
      await sandbox.oauth.consent(pending.url, account),
      pending,
    )
    expect(tokens).toMatchObject({ token_type: 'bearer', client_id: 'sandbox-client' })
  })

  it('reports a user who denied access', async () => {
    const usps = new UspsClient({ clientId: 'sandbox-public-client', redirectUri })
    const account = await sandbox.fixtures.uspsAccount()
    const pending = await usps.startAuthorization('payments')
    const callback = await sandbox.oauth.consent(pending.url, account, 'deny')
    await expect(usps.finishAuthorization(callback, pending)).rejects.toMatchObject({
      error: 'access_denied',
    })
  })

  it('is refused a payment authorization for an account it does not hold', async () => {
    const usps = new UspsClient({ clientId: 'sandbox-public-client', redirectUri })
    const account = await sandbox.fixtures.uspsAccount()
    const pending = await usps.startAuthorization('payments')
    const tokens = await usps.finishAuthorization(
      await sandbox.oauth.consent(pending.url, account),
      pending,
    )
    await expect(
      usps.authorizePayment(tokens.access_token, {
        crid: '00000000',
        mid: '000000',
        epsNumber: '0',
      }),
    ).rejects.toThrow(/payment authorization: 4\d\d/)
  })
})
