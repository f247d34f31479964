/**
 * Issue 6's closing figures: the median in-process time of a USPS fixture call and of a labels
 * call. `run.ts` prints them among the other rows; alone:
 * `node --conditions=source --import tsx test/bench/usps-calls.ts`.
 */
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createInProcessSandbox, loadScenario, runScenario } from '@partner-sandbox/scenarios'
import { createMemoryStore } from '@partner-sandbox/shared'
import { fmt, median, time } from './measure'

const SCENARIO = fileURLToPath(
  new URL('../../scenarios/happy-path-credit-card.yaml', import.meta.url),
)
const FIXTURE_STATES = ['epa-active', 'linked-approved'] as const

/**
 * `POST /__sandbox/fixtures/usps-accounts` for each state, each call in a tenant of its own, after
 * a few untimed calls (the first ones compile the code paths: a cold start, not a fixture call).
 */
async function fixtureCallTimes(calls: number): Promise<Map<string, number[]>> {
  const sandbox = createInProcessSandbox()
  const fixture = async (state: string, tenant: string) => {
    const res = await sandbox.fetch(`${sandbox.urls.usps}/__sandbox/fixtures/usps-accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
      body: JSON.stringify({ state }),
    })
    if (res.status !== 201) throw new Error(`fixture ${state}: ${res.status}`)
  }
  for (let i = 0; i < 5; i++) {
    for (const state of FIXTURE_STATES) await fixture(state, `bench-fx-warm-${i}`)
  }
  const times = new Map<string, number[]>()
  for (const state of FIXTURE_STATES) {
    const each: number[] = []
    for (let i = 0; i < calls; i++) each.push(await time(() => fixture(state, `bench-fx-${i}`)))
    times.set(state, each)
  }
  await sandbox.close()
  return times
}

/**
 * A labels call in-process: the happy path links a customer, then each call makes and charges one
 * sample label (PDF included) with its own idempotency key.
 */
async function labelCallTimes(calls: number): Promise<number[]> {
  const stores = {
    shipstation: createMemoryStore(),
    stamps: createMemoryStore(),
    usps: createMemoryStore(),
  }
  const sandbox = createInProcessSandbox({ stores })
  await runScenario(await loadScenario(SCENARIO), { urls: sandbox.urls, fetch: sandbox.fetch })
  const [cop] = await stores.stamps.forTenant('default').list<{
    usps?: { accessToken: string }
    identifiers?: { crid: string; mid: string; epsNumber: string }
  }>('cop_accounts')
  const ids = cop?.identifiers
  if (!cop?.usps || !ids) throw new Error('the happy path left no linked customer')
  const bearer = {
    authorization: `Bearer ${cop.usps.accessToken}`,
    'content-type': 'application/json',
  }
  const role = (roleName: string) => ({
    roleName,
    CRID: ids.crid,
    MID: ids.mid,
    manifestMID: ids.mid,
    accountType: 'EPS',
    accountNumber: ids.epsNumber,
  })
  const payment = (await (
    await sandbox.fetch(`${sandbox.urls.usps}/payments/v3/payment-authorization`, {
      method: 'POST',
      headers: bearer,
      body: JSON.stringify({ roles: [role('PAYER'), role('LABEL_OWNER')] }),
    })
  ).json()) as { paymentAuthorizationToken: string }
  const address = (ZIPCode: string) => ({
    firstName: 'Ann',
    lastName: 'Shipper',
    streetAddress: '100 Main St',
    city: 'Austin',
    state: 'TX',
    ZIPCode,
  })
  const body = JSON.stringify({
    fromAddress: address('78701'),
    toAddress: address('10001'),
    packageDescription: { mailClass: 'PRIORITY_MAIL', weight: 1.5, length: 9, width: 6, height: 2 },
  })
  const times: number[] = []
  for (let i = 0; i < calls; i++) {
    times.push(
      await time(async () => {
        const res = await sandbox.fetch(`${sandbox.urls.usps}/labels/v3/label`, {
          method: 'POST',
          headers: {
            ...bearer,
            accept: 'application/vnd.usps.labels+json',
            'x-payment-authorization-token': payment.paymentAuthorizationToken,
            'x-idempotency-key': `bench-${i}`,
          },
          body,
        })
        if (res.status !== 200) throw new Error(`labels call: ${res.status} ${await res.text()}`)
        await res.arrayBuffer()
      }),
    )
  }
  await sandbox.close()
  return times
}

/** The bench rows: one per fixture state, one for the labels call. */
export async function uspsCallRows(
  fixtureCalls = 20,
  labelCalls = 50,
): Promise<[string, string][]> {
  const rows: [string, string][] = []
  for (const [state, times] of await fixtureCallTimes(fixtureCalls)) {
    rows.push([
      `USPS fixture \`${state}\`, in-process (median of ${fixtureCalls})`,
      fmt(median(times)),
    ])
  }
  rows.push([
    `USPS \`POST /labels/v3/label\`, in-process (median of ${labelCalls})`,
    fmt(median(await labelCallTimes(labelCalls))),
  ])
  return rows
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, value] of await uspsCallRows()) console.log(`| ${name} | ${value} |`)
}
