import { randomBytes } from 'node:crypto'
import type { OutboxMessage } from '@partner-sandbox/shared'
import { SandboxBrowser, type SandboxCore } from './sandbox-browser'

/** A USPS business account made by {@link SandboxFixtures.uspsAccount}: who signs in, its numbers. */
export interface UspsAccountFixture {
  email: string
  username: string
  password: string
  crid: string
  mid: string
  /** The EPS number of the Enterprise Payment Account; absent when the account has none. */
  epsNumber?: string
}

/** What {@link SandboxFixtures.uspsAccount} builds. */
export interface UspsAccountOptions {
  /** `epa-active` (default): a credit-card EPA, ready to link; `no-epa`: the account only. */
  state?: 'epa-active' | 'no-epa'
  email?: string
  username?: string
  password?: string
}

/** Ready-made accounts in the sandbox's current tenant. */
export interface SandboxFixtures {
  /**
   * A USPS business account, made through the portal's own `/api/v1` twins (registration, email
   * validation, the wizard, the EPA), so it is exactly what a customer would have.
   *
   * @example
   * const account = await sandbox.fixtures.uspsAccount({ state: 'epa-active' })
   * account.crid // eight digits
   */
  uspsAccount(options?: UspsAccountOptions): Promise<UspsAccountFixture>
}

type Core = SandboxCore & {
  outbox(query: { service: 'usps'; to: string }): Promise<OutboxMessage[]>
}

/**
 * The fixtures of a sandbox; {@link createPartnerSandbox} wires them as `sandbox.fixtures`.
 *
 * @example
 * const fixtures = sandboxFixtures(sandbox)
 * await fixtures.uspsAccount()
 */
export function sandboxFixtures(core: Core): SandboxFixtures {
  return {
    async uspsAccount(options = {}) {
      const id = randomBytes(4).toString('hex')
      const email = options.email ?? `fixture-${id}@example.com`
      const username = options.username ?? `fixture_${id}`
      const password = options.password ?? 'Sandbox-pass-1'
      const usps = (path: string) => `${core.urls.usps}${path}`
      const browser = new SandboxBrowser(core)
      await browser.expect(201, usps('/api/v1/registrations'), { json: { email } })
      const [validation] = await core.outbox({ service: 'usps', to: email })
      const token = new URL(validation?.link ?? usps('/')).searchParams.get('token')
      await browser.expect(200, usps('/api/v1/registrations/current/validation'), {
        json: { token },
      })
      await browser.expect(200, usps('/api/v1/registrations/current/company'), {
        method: 'PUT',
        json: {
          companyName: 'Fixture Freight LLC',
          streetAddress: '100 Congress Ave',
          city: 'Austin',
          state: 'TX',
          zipCode: '78701',
        },
      })
      await browser.expect(200, usps('/api/v1/registrations/current/contact'), {
        method: 'PUT',
        json: { firstName: 'Fixture', lastName: 'User', phone: '512-555-0100' },
      })
      await browser.expect(201, usps('/api/v1/registrations/current/account'), {
        json: { username, password, confirmPassword: password, acceptTerms: true },
      })
      if ((options.state ?? 'epa-active') === 'epa-active') {
        await browser.expect(201, usps('/api/v1/payment-account/credit-card'), {
          json: {
            cardholderName: 'Fixture User',
            cardNumber: '4242 4242 4242 4242',
            expiry: '12/39',
            cvc: '123',
            billingZip: '78701',
            anticipatedDailySpend: 250,
            acceptTerms: true,
          },
        })
      }
      const account = JSON.parse((await browser.expect(200, usps('/api/v1/account'))).text) as {
        crid: string
        mid: string
        epsNumber?: string | null
      }
      return {
        email,
        username,
        password,
        crid: account.crid,
        mid: account.mid,
        ...(account.epsNumber ? { epsNumber: account.epsNumber } : {}),
      }
    },
  }
}
