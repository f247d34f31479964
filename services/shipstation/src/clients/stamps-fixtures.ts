import {
  type PeerDirectory,
  PeerUnavailableError,
  TENANT_HEADER,
  urlOf,
} from '@partner-sandbox/shared'
import type { Account } from '../domain/accounts'

/** The COP states Stamps.com's fixtures route builds (services/stamps routes/control.ts). */
export type CopFixtureState = 'usps-linked' | 'approval-pending' | 'nsa-active'

/**
 * Asks Stamps.com's own fixtures route (`POST /__sandbox/fixtures/cop-accounts`) to take this
 * account's COP onboarding to `state`; Stamps.com builds the USPS side through USPS's fixtures and
 * sends us the same `cop.*` events as on the real path. Nothing here touches Stamps.com's store.
 *
 * @example
 * await createCopFixture({ peers, tenant }, account, 'approval-pending')
 */
export async function createCopFixture(
  options: { peers: PeerDirectory; tenant: string },
  account: Account,
  state: CopFixtureState,
): Promise<{
  usps: { username: string; password: string; crid: string; mid: string; eps: string | null }
}> {
  const stamps = options.peers.stamps
  let res: Response
  try {
    res = await stamps.fetch(urlOf(stamps.baseUrl, '/__sandbox/fixtures/cop-accounts'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TENANT_HEADER]: options.tenant },
      body: JSON.stringify({
        state,
        shipstationAccountId: account.id,
        email: account.email,
        name: `${account.firstName} ${account.lastName}`,
        company: account.company,
        promoCode: account.promoCode ?? '',
      }),
    })
  } catch (cause) {
    throw new PeerUnavailableError('Stamps.com could not be reached to build the fixture.', {
      cause,
    })
  }
  const body = (await res.json().catch(() => undefined)) as
    | {
        usps?: { username: string; password: string; crid: string; mid: string; eps: string | null }
        detail?: string
      }
    | undefined
  if (!res.ok || !body?.usps) {
    throw new PeerUnavailableError(
      `Stamps.com could not build the ${state} fixture (HTTP ${res.status}): ${body?.detail ?? 'no reason given'}`,
    )
  }
  return { usps: body.usps }
}
