import type { FetchLike } from '@partner-sandbox/shared'

const PASSWORD = 'Fixture-pass-1'

/**
 * Stand-in for USPS's `POST /__sandbox/fixtures/usps-accounts` (issue 6, `epa-active`) while that
 * route is not on main: it makes the account the way a customer does, through USPS's public JSON
 * API (registration, emailed link, wizard, credit-card EPA), and answers the route's documented
 * shape. Used only when USPS itself answers 404 for the route; delete it once the route lands.
 */
export async function standInUspsFixture(
  usps: FetchLike,
  base: string,
  tenant: string,
  request: Request,
): Promise<Response> {
  const input = (await request.json().catch(() => ({}))) as { email?: string }
  const email = input.email ?? `fixture-${Date.now()}@example.com`
  const username = `fx_${email.replace(/[^a-z0-9]/gi, '').slice(0, 20)}`
  let bearer = ''
  const call = async (method: string, path: string, json?: unknown) => {
    const res = await usps(`${base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-sandbox-tenant': tenant,
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: json === undefined ? undefined : JSON.stringify(json),
    })
    const body = (await res.json()) as Record<string, unknown>
    if (!res.ok) throw new Error(`USPS ${method} ${path}: ${res.status} ${JSON.stringify(body)}`)
    if (typeof body.sessionToken === 'string') bearer = body.sessionToken
    return body
  }
  await call('POST', '/api/v1/registrations', { email })
  const outbox = (await call('GET', `/__sandbox/outbox?to=${encodeURIComponent(email)}`)) as unknown
  const link = (outbox as { link?: string }[])[0]?.link ?? ''
  await call('POST', '/api/v1/registrations/current/validation', {
    token: new URL(link).searchParams.get('token'),
  })
  await call('PUT', '/api/v1/registrations/current/company', {
    companyName: 'Fixture Freight LLC',
    streetAddress: '100 Congress Ave',
    city: 'Austin',
    state: 'TX',
    zipCode: '78701',
  })
  await call('PUT', '/api/v1/registrations/current/contact', {
    firstName: 'Fix',
    lastName: 'Ture',
    phone: '512-555-0100',
  })
  await call('POST', '/api/v1/registrations/current/account', {
    username,
    password: PASSWORD,
    confirmPassword: PASSWORD,
    acceptTerms: true,
  })
  await call('POST', '/api/v1/payment-account/credit-card', {
    cardholderName: 'Fix Ture',
    cardNumber: '4242 4242 4242 4242',
    expiry: '12/39',
    cvc: '123',
    billingZip: '78701',
    anticipatedDailySpend: 250,
    acceptTerms: true,
  })
  const account = (await call('GET', '/api/v1/account')) as {
    crid: string
    mid: string
    epsNumber: string
  }
  return Response.json(
    {
      username,
      email,
      password: PASSWORD,
      crid: account.crid,
      mid: account.mid,
      manifestMid: account.mid,
      eps: account.epsNumber,
    },
    { status: 201 },
  )
}
