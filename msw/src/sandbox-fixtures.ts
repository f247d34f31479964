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

/** The steps of the guide a ShipStation fixture account starts at (ShipStation's fixture states). */
export type ShipStationAccountState =
  | 'new'
  | 'verified'
  | 'balance-ready'
  | 'approval-pending'
  | 'nsa-active'

/** A ShipStation account made by {@link SandboxFixtures.shipstationAccount}, with an API v2 key. */
export interface ShipStationAccountFixture {
  accountId: string
  email: string
  password: string
  phone: string
  /** For the `API-Key` header of ShipStation API v2. */
  apiKey: string
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
  /**
   * A ShipStation account at a step of the guide, from ShipStation's
   * `POST /__sandbox/fixtures/shipstation-accounts`: `nsa-active` has its USPS account linked and
   * approved through Stamps.com, so API v2 rates are negotiated and labels are NSA labels.
   *
   * @example
   * const { apiKey } = await sandbox.fixtures.shipstationAccount('nsa-active')
   */
  shipstationAccount(state?: ShipStationAccountState): Promise<ShipStationAccountFixture>
}

/**
 * The fixtures of a sandbox; {@link createPartnerSandbox} wires them as `sandbox.fixtures`.
 *
 * @example
 * const fixtures = sandboxFixtures(sandbox)
 * await fixtures.uspsAccount({ state: 'no-epa' })
 */
export function sandboxFixtures(core: SandboxCore): SandboxFixtures {
  const create = async <T>(label: string, url: string, body: unknown): Promise<T> => {
    const res = await core.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    })
    const text = await res.text()
    if (res.status !== 201) throw new Error(`${label} fixture: ${res.status} ${text}`)
    return JSON.parse(text) as T
  }
  return {
    async uspsAccount(options = {}) {
      const { eps, ...fixture } = await create<
        Omit<UspsAccountFixture, 'epsNumber'> & { eps: string | null }
      >('USPS account', `${core.urls.usps}/__sandbox/fixtures/usps-accounts`, {
        state: 'epa-active',
        ...options,
      })
      return { ...fixture, ...(eps ? { epsNumber: eps } : {}) }
    },
    shipstationAccount: (state = 'balance-ready') =>
      create(
        'ShipStation account',
        `${core.urls.shipstation}/__sandbox/fixtures/shipstation-accounts`,
        { state },
      ),
  }
}
