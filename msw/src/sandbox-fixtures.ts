import type { SandboxCore } from './sandbox-browser'

/** The steps of the guide a USPS fixture account starts at (USPS `FIXTURE_STATES`). */
export type UspsAccountState =
  | 'no-epa'
  | 'epa-pending-ach'
  | 'epa-active'
  | 'linked-pending'
  | 'linked-approved'

/** A USPS business account made by {@link SandboxFixtures.uspsAccount}: who signs in, its numbers. */
export interface UspsAccountFixture {
  accountId: string
  email: string
  username: string
  password: string
  crid: string
  mid: string
  manifestMid: string
  /** The EPS number of the Enterprise Payment Account; absent when the account has none. */
  epsNumber?: string
  /** ACH accounts: the two micro-debits and when they post (sandbox clock). */
  microDebitsCents?: [number, number]
  microDebitsPostAt?: string
  /** `linked-*`: the NSA link request at the representative's desk. */
  linkId?: string
}

/** What {@link SandboxFixtures.uspsAccount} builds. */
export interface UspsAccountOptions {
  /** Default `epa-active`: a credit-card EPA, ready to link. */
  state?: UspsAccountState
  email?: string
  username?: string
  password?: string
  paymentMethod?: 'credit_card' | 'ach'
}

/** Ready-made accounts in the sandbox's current tenant. */
export interface SandboxFixtures {
  /**
   * A USPS business account at a step of the guide, from the USPS fake's
   * `POST /__sandbox/fixtures/usps-accounts`; a refused option throws with USPS's message.
   *
   * @example
   * const account = await sandbox.fixtures.uspsAccount({ state: 'epa-active' })
   * account.crid // eight digits
   */
  uspsAccount(options?: UspsAccountOptions): Promise<UspsAccountFixture>
}

/**
 * The fixtures of a sandbox; {@link createPartnerSandbox} wires them as `sandbox.fixtures`.
 *
 * @example
 * const fixtures = sandboxFixtures(sandbox)
 * await fixtures.uspsAccount({ state: 'no-epa' })
 */
export function sandboxFixtures(core: SandboxCore): SandboxFixtures {
  return {
    async uspsAccount(options = {}) {
      const res = await core.fetch(`${core.urls.usps}/__sandbox/fixtures/usps-accounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ state: 'epa-active', ...options }),
      })
      const text = await res.text()
      if (res.status !== 201) throw new Error(`USPS account fixture: ${res.status} ${text}`)
      const { eps, ...fixture } = JSON.parse(text) as Omit<UspsAccountFixture, 'epsNumber'> & {
        eps: string | null
      }
      return { ...fixture, ...(eps ? { epsNumber: eps } : {}) }
    },
  }
}
