import { createPartnerSandbox } from '@partner-sandbox/msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'

const sandbox = createPartnerSandbox() // USPS at https://apis-tem.usps.com (and apis.usps.com)
const server = setupServer(...sandbox.handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => sandbox.newTenant()) // each test in its own tenant: own accounts, outbox, clock
afterAll(async () => {
  server.close()
  await sandbox.close()
})

it('gets a USPS authorization code without scraping a page', async () => {
  const account = await sandbox.fixtures.uspsAccount({ state: 'epa-active' })
  const callback = await sandbox.oauth.authorize({
    clientId: 'sandbox-public-client',
    redirectUri: 'http://127.0.0.1:8080/callback',
    scope: 'payments labels',
    state: 'xyz',
    codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    account, // signs in, reads the MFA code from the outbox, grants access
  })
  expect(callback.searchParams.get('code')).toBeTruthy()
  expect(callback.searchParams.get('state')).toBe('xyz')

  // Your own code calls the real host; msw hands the request to the fake.
  const res = await fetch('https://apis-tem.usps.com/oauth2/v3/token', {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'sandbox-public-client',
      code: callback.searchParams.get('code') ?? '',
      redirect_uri: 'http://127.0.0.1:8080/callback',
      code_verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    }),
  })
  expect(await res.json()).toMatchObject({ token_type: 'Bearer', scope: 'payments labels' })

  const [mfa] = await sandbox.outbox({ service: 'usps', to: account.email })
  expect(mfa?.subject).toMatch(/verification code/i)
})
