// The cross-service world for rates and labels: the three real apps (USPS, Stamps.com and
// ShipStation, as `npm start` serves them) on free 127.0.0.1 ports, every call between them over
// HTTP, and one customer brought to a pending NSA link by the happy-path scenario: the real flow
// in the browser (registration, Balance, USPS account and EPA, OAuth link, CRID/MID/EPS).
import { runScenario, type ScenarioResult, startHttpSandbox } from '@partner-sandbox/scenarios'
import { expect } from 'vitest'
import { v2Client } from '../../services/shipstation/src/testing/v2-client'
import { localSandboxConfig } from './free-port'
import { failuresOf, happyPathHalves } from './happy-path'
import { controlCaller, eventually } from './world'

/** The scenario's first half ends here: the link request waits at the USPS desk. */
const APPROVAL_STEP = 'Find the pending NSA link in the USPS control API'

/** One movement on the customer's EPA, as USPS's My Account page lists it. */
export interface EpaLedgerRow {
  kind: 'charge' | 'refund'
  trackingNumber: string
  amount: number
}

const httpTarget = { request: (url: string, init: RequestInit) => fetch(url, init) }

export async function createRatesWorld() {
  const sandbox = await startHttpSandbox(await localSandboxConfig('memory'))
  const { urls } = sandbox
  const [toPending] = await happyPathHalves(APPROVAL_STEP)
  const run: ScenarioResult = await runScenario(toPending, { urls, fetch: globalThis.fetch })
  expect(failuresOf(run)).toEqual([])
  const browser = run.client
  const control = controlCaller(urls, globalThis.fetch)

  /** The customer's browser opens a page of ShipStation (or any absolute URL). */
  const page = async (path: string) => {
    const url = new URL(path, urls.shipstation).toString()
    const exchange = await browser.send({ method: 'GET', url, follow: false })
    expect(exchange.status, `GET ${url}: ${exchange.body.slice(0, 300)}`).toBe(200)
    return exchange.body
  }
  /** The customer's browser submits a form on a ShipStation page; answers without following. */
  const submit = (path: string, fields: Record<string, string> = {}) => {
    const url = new URL(path, urls.shipstation)
    return browser.send({
      method: 'POST',
      url: url.toString(),
      headers: { origin: url.origin, accept: 'text/html' },
      body: new URLSearchParams(fields),
      follow: false,
    })
  }
  const created = await submit('/settings/api-keys')
  const apiKey = created.body.match(/data-testid="new-api-key">([^<]+)</)?.[1] ?? ''
  expect(apiKey, created.body.slice(0, 300)).not.toBe('')

  return {
    urls,
    apiKey,
    /** ShipStation API v2 over HTTP; every answer is checked against the published document. */
    v2: v2Client(httpTarget, apiKey, urls.shipstation),
    page,
    submit,
    /** The customer's ShipStation Balance transactions, newest first (`GET /api/v1/balance`). */
    async balanceTransactions() {
      const exchange = await browser.send({
        method: 'GET',
        url: `${urls.shipstation}/api/v1/balance`,
        headers: { accept: 'application/json' },
        follow: false,
      })
      const body = JSON.parse(exchange.body) as {
        transactions: { type: 'debit' | 'credit'; amount: number; reason: string }[]
      }
      return body.transactions
    },
    /**
     * The USPS representative approves the pending link at the desk (USPS control API); USPS's
     * `nsa_link.approved` reaches Stamps.com, whose `cop.approved` reaches ShipStation.
     */
    async approve() {
      const links = (await control('usps', 'GET', '/rep/links?state=pending')).body as {
        id: string
        canApprove: boolean
      }[]
      expect(links).toHaveLength(1)
      expect(links[0]?.canApprove).toBe(true)
      const approved = await control('usps', 'POST', `/rep/links/${links[0]?.id}/approve`)
      expect(approved.body).toMatchObject({ status: 'approved', event: { delivered: true } })
      const active = await eventually(async () => {
        const dashboard = await page('/dashboard')
        return dashboard.includes('NSA rates active')
      })
      expect(active, 'ShipStation never showed NSA rates active').toBe(true)
    },
    /** The EPA's movements from USPS's My Account page, newest first (the customer's USPS session). */
    async uspsLedger(): Promise<EpaLedgerRow[]> {
      const exchange = await browser.send({
        method: 'GET',
        url: `${urls.usps}/portal/account`,
        follow: false,
      })
      expect(exchange.status).toBe(200)
      const rows = exchange.body.matchAll(
        /<td>(Label: [^<]*|Refund)<\/td><td><code>(\d+)<\/code><\/td><td>-?\$(\d+\.\d\d)<\/td>/g,
      )
      return [...rows].map(([, activity, trackingNumber, amount]) => ({
        kind: activity === 'Refund' ? 'refund' : 'charge',
        trackingNumber: trackingNumber ?? '',
        amount: Number(amount),
      }))
    },
    close: () => sandbox.close(),
  }
}
