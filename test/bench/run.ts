/**
 * `npm run bench`: the figures the README and closing notes quote, measured on this machine.
 * Prints a table; asserts nothing (performance is never a unit test). Every server binds 127.0.0.1
 * and every loop is bounded.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  createInProcessSandbox,
  loadScenario,
  runScenario,
  startHttpSandbox,
} from '@partner-sandbox/scenarios'
import {
  createJournal,
  createMemoryStore,
  createSqliteStore,
  cryptoRandom,
  type SandboxEnv,
  type Store,
  sandboxEdge,
  tenantMiddleware,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { envOf, localSandboxConfig } from '../support/free-port'
import { createRatesWorld } from '../support/rates-world'
import {
  manyTenants,
  parallelScenarios,
  ratesVsWiremock,
  startToHealthy,
  statefulRouteVsHono,
  V2_SHIPMENT,
} from './goals'
import { fmt, median, time } from './measure'
import { scenarioRunRows } from './scenario-runs'
import { uspsCallRows } from './usps-calls'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
// The installed command: built JavaScript run by plain node, as `npm start` runs it.
const CLI = here('../../scenarios/bin/partner-sandbox.js')
const SCENARIO = here('../../scenarios/happy-path-credit-card.yaml')

/** Spawns `partner-sandbox start` and polls the three health endpoints until all answer. */
async function bootToHealth(): Promise<number> {
  const config = await localSandboxConfig('memory')
  const started = performance.now()
  const child = spawn(process.execPath, [CLI, 'start', '--memory'], {
    env: { ...process.env, ...envOf(config) },
    stdio: 'ignore',
  })
  try {
    for (let attempt = 0; attempt < 600; attempt++) {
      const ok = await Promise.all(
        Object.values(config.services).map((s) =>
          fetch(`${s.publicUrl}/__sandbox/health`).then(
            (r) => r.ok,
            () => false,
          ),
        ),
      )
      if (ok.every(Boolean)) return performance.now() - started
      await new Promise((r) => setTimeout(r, 10))
    }
    throw new Error('the sandbox did not answer health within 6 s')
  } finally {
    child.kill('SIGINT')
  }
}

async function storeOpsPerSecond(store: Store, ops = 5_000): Promise<number> {
  const tenant = store.forTenant('bench')
  const elapsed = await time(async () => {
    for (let i = 0; i < ops; i++) {
      await tenant.put('records', `r${i % 500}`, { i, text: 'x'.repeat(200) })
      await tenant.get('records', `r${(i * 7) % 500}`)
    }
  })
  await store.close()
  return (ops * 2) / (elapsed / 1000)
}

async function healthRequestsPerSecond(fetchOne: () => Promise<Response>, requests = 2_000) {
  const elapsed = await time(async () => {
    for (let i = 0; i < requests; i++) await (await fetchOne()).arrayBuffer()
  })
  return requests / (elapsed / 1000)
}

const scenario = await loadScenario(SCENARIO)
const rows: [string, string][] = []

const boots: number[] = []
for (let i = 0; i < 5; i++) boots.push(await bootToHealth())
rows.push(['`partner-sandbox start` to three healthy services (median of 5)', fmt(median(boots))])

const inProcess: number[] = []
for (let i = 0; i < 10; i++) {
  const sandbox = createInProcessSandbox()
  inProcess.push(
    await time(() => runScenario(scenario, { urls: sandbox.urls, fetch: sandbox.fetch })),
  )
  await sandbox.close()
}
rows.push([
  `happy-path scenario in-process, ${scenario.steps.length} steps (median of 10)`,
  fmt(median(inProcess)),
])

const config = await localSandboxConfig('memory')
const http = await startHttpSandbox(config)
const overHttp: number[] = []
for (let i = 0; i < 5; i++) {
  const target = { urls: http.urls, fetch: globalThis.fetch, tenant: `bench-${i}` }
  overHttp.push(await time(() => runScenario(scenario, target)))
}
rows.push(['happy-path scenario over HTTP (median of 5)', fmt(median(overHttp))])

// The five tenants above each hold a finished onboarding: save and restore each world (three
// services, fan-out over HTTP).
const controlCall = (tenant: string, path: string, body?: unknown) =>
  fetch(`${http.urls.usps}/__sandbox${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then((res) => res.arrayBuffer())
const saves: number[] = []
const restores: number[] = []
for (let i = 0; i < 5; i++) {
  saves.push(await time(() => controlCall(`bench-${i}`, '/snapshots', { name: 'done' })))
  restores.push(await time(() => controlCall(`bench-${i}`, '/snapshots/done/restore')))
}
rows.push([
  'snapshot save of a finished onboarding, 3 services over HTTP (median of 5)',
  fmt(median(saves)),
])
rows.push(['snapshot restore of it (median of 5)', fmt(median(restores))])

const sandbox = createInProcessSandbox()
const inProcessRps = await healthRequestsPerSecond(() =>
  sandbox.fetch(`${sandbox.urls.usps}/__sandbox/health`),
)
const httpRps = await healthRequestsPerSecond(() => fetch(`${http.urls.usps}/__sandbox/health`))
await sandbox.close()
await http.close()
rows.push(['USPS health, in-process (sequential req/s)', inProcessRps.toFixed(0)])
rows.push(['USPS health, over HTTP (sequential req/s)', httpRps.toFixed(0)])
rows.push(['in-process / HTTP ratio', (inProcessRps / httpRps).toFixed(1)])
rows.push(...(await uspsCallRows()))

const dir = mkdtempSync(join(tmpdir(), 'sandbox-bench-'))
const memoryOps = await storeOpsPerSecond(createMemoryStore())
const sqliteOps = await storeOpsPerSecond(createSqliteStore({ file: join(dir, 'bench.sqlite') }))
rmSync(dir, { recursive: true, force: true })
rows.push(['memory store (ops/s, put+get)', memoryOps.toFixed(0)])
rows.push(['SQLite store, WAL (ops/s, put+get)', sqliteOps.toFixed(0)])
rows.push(['memory / SQLite ratio', (memoryOps / sqliteOps).toFixed(1)])

// Issue 11's goal table, each row measured in this run.
const start = await startToHealthy(CLI)
rows.push(['`partner-sandbox start` (built, SQLite) to three healthy services', fmt(start.ms)])
rows.push(['idle RSS, all three services in one process', `${start.idleRssMb.toFixed(0)} MB`])
const route = await statefulRouteVsHono(CLI)
rows.push([
  'ShipStation `GET /api/v1/account` (session, SQLite) vs bare Hono, each in its own process, autocannon -c 50 (req/s)',
  `${route.sandbox.toFixed(0)} vs ${route.hono.toFixed(0)} = ${(route.sandbox / route.hono).toFixed(2)}x`,
])
const ofHono = (rps: number) => `${rps.toFixed(0)} = ${(rps / route.hono).toFixed(2)}x bare Hono`
rows.push([
  "the same bare Hono app answering with the sandbox's security headers (req/s)",
  ofHono(route.honoHeaders),
])
rows.push([
  "the same, also reading the session and account rows through the sandbox's SQLite store (req/s)",
  ofHono(route.honoHeadersStore),
])
const rates = await ratesVsWiremock(CLI)
rows.push([
  '`POST /v2/rates`, NSA customer, vs WireMock serving the same answer as a canned stub, each in its own process, autocannon -c 50 (req/s)',
  rates.wiremock === undefined
    ? `${rates.sandbox.toFixed(0)} vs not measured (no Java runtime)`
    : `${rates.sandbox.toFixed(0)} vs ${rates.wiremock.toFixed(0)} = ${(rates.sandbox / rates.wiremock).toFixed(2)}x`,
])
rows.push([
  'the same hops alone: three bare Hono apps, ShipStation -> Stamps.com -> 2 USPS searches at once, canned JSON, autocannon -c 50 (req/s)',
  rates.wiremock === undefined
    ? `${rates.hops.toFixed(0)} (sandbox ${(rates.sandbox / rates.hops).toFixed(2)}x of it)`
    : `${rates.hops.toFixed(0)} = ${(rates.hops / rates.wiremock).toFixed(2)}x WireMock (sandbox ${(rates.sandbox / rates.hops).toFixed(2)}x of it)`,
])
rows.push(['same `POST /v2/rates`, one at a time (median of 20)', fmt(rates.latencyMs)])
rows.push([
  '100 happy-path scenarios in parallel, one process',
  fmt(await parallelScenarios(SCENARIO, 100)),
])
rows.push(...(await scenarioRunRows()))
const tenants = await manyTenants(SCENARIO, 1_000)
rows.push([
  '1,000 tenants with a finished onboarding: extra RSS / p99 of the stateful route (1 vs 1,000 tenants)',
  `${tenants.extraRssMb.toFixed(0)} MB / ${tenants.p99One.toFixed(2)} ms vs ${tenants.p99Many.toFixed(2)} ms`,
])

// The journal's overhead: one route behind the tenant middleware, with and without the sandbox
// edge (journal + fault lookup) in front, in-process so the socket does not hide the difference.
async function edgeRequestsPerSecond(store: Store, withEdge: boolean, requests = 5_000) {
  const app = new Hono<SandboxEnv>()
  if (withEdge) {
    const journal = createJournal({ service: 'usps' })
    app.use(sandboxEdge({ service: 'usps', store, journal, random: cryptoRandom }))
  }
  app.use(tenantMiddleware({ store, realTime: Date.now }))
  app.post('/echo', async (c) => c.json({ received: (await c.req.json()) as unknown }))
  const send = async () =>
    app.request('/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc' },
      body: JSON.stringify({ token: 'not-a-jwt', n: 1 }),
    })
  for (let i = 0; i < 500; i++) await (await send()).arrayBuffer()
  const rps = await healthRequestsPerSecond(send, requests)
  await store.close()
  return rps
}
const edgeDir = mkdtempSync(join(tmpdir(), 'sandbox-bench-edge-'))
for (const [label, open] of [
  ['memory', () => createMemoryStore()],
  ['SQLite', () => createSqliteStore({ file: join(edgeDir, `edge-${Math.random()}.sqlite`) })],
] as const) {
  const without = await edgeRequestsPerSecond(open(), false)
  const withEdge = await edgeRequestsPerSecond(open(), true)
  const overheadUs = (1e6 / withEdge - 1e6 / without).toFixed(0)
  rows.push([`POST /echo in-process, ${label} store, without journal (req/s)`, without.toFixed(0)])
  rows.push([`same, with journal and fault lookup (req/s)`, withEdge.toFixed(0)])
  rows.push([`journal overhead per request, ${label} store`, `${overheadUs} µs`])
}
rmSync(edgeDir, { recursive: true, force: true })

// ShipStation API v2 over HTTP against the real USPS, the NSA link approved (the happy path to
// the desk, then the representative): each rate request asks USPS (through Stamps.com) for retail
// and contract prices; each label goes Stamps.com -> USPS payments + labels.
const world = await createRatesWorld()
await world.approve()
const { apiKey } = world
const v2 = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${world.urls.shipstation}${path}`, {
    method,
    headers: { 'API-Key': apiKey, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  }).then(async (res) => {
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
    return res.json()
  })
const carrierId = (
  (await (
    await fetch(`${world.urls.shipstation}/v2/carriers`, { headers: { 'API-Key': apiKey } })
  ).json()) as { carriers: { carrier_id: string }[] }
).carriers[0]?.carrier_id
const shipment = V2_SHIPMENT
const rateTimes: number[] = []
const labelTimes: number[] = []
for (let i = 0; i < 20; i++) {
  rateTimes.push(
    await time(() =>
      v2('POST', '/v2/rates', { shipment, rate_options: { carrier_ids: [carrierId] } }),
    ),
  )
  const labelBody = {
    shipment: { ...shipment, carrier_id: carrierId, service_code: 'usps_priority_mail' },
  }
  labelTimes.push(
    await time(() => v2('POST', '/v2/labels', labelBody, { 'Idempotency-Key': `bench-${i}` })),
  )
}
await world.close()
rows.push([
  'ShipStation `POST /v2/rates` over HTTP, real USPS, NSA active (median of 20)',
  fmt(median(rateTimes)),
])
rows.push([
  'ShipStation `POST /v2/labels` over HTTP, real USPS, NSA label (median of 20)',
  fmt(median(labelTimes)),
])

console.log(`Partner Sandbox benchmark (Node ${process.version})\n`)
console.log('| measure | value |\n|---|---|')
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`)
