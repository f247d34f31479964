import { parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import {
  AutoFundInput,
  applyAutoFunding,
  autoFundSettings,
  saveAutoFunding,
} from '../domain/auto-funding'
import { balanceLedger } from '../domain/balance-ledger'
import { AddFundsInput, addFunds } from '../domain/manual-funding'
import { requireSignedIn } from '../lib/session'
import { domainContext, type ShipStationRuntime } from '../runtime'

/**
 * JSON twins of the Balance page. `POST /api/v1/balance/funds` moves money, so it takes an
 * `Idempotency-Key` header; a repeat answers the first transaction and adds nothing.
 */
export function apiBalanceRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .get('/api/v1/balance', async (c) => {
      const { account } = await requireSignedIn(c)
      const ctx = domainContext(c, runtime)
      const ledger = await balanceLedger(ctx, account.id)
      return c.json({
        balanceCents: ledger.balance,
        autoFunding: (await autoFundSettings(ctx, account.id)) ?? null,
        transactions: [...ledger.transactions].reverse(),
      })
    })
    .post('/api/v1/balance/funds', async (c) => {
      const { account } = await requireSignedIn(c)
      const body = await readBody(c)
      const input = parseInput(AddFundsInput, {
        ...body,
        idempotencyKey: c.req.header('idempotency-key'),
      })
      return c.json(await addFunds(domainContext(c, runtime), account.id, input), 201)
    })
    .put('/api/v1/balance/auto-funding', async (c) => {
      const { account } = await requireSignedIn(c)
      const input = parseInput(AutoFundInput, await readBody(c))
      const ctx = domainContext(c, runtime)
      const settings = await saveAutoFunding(ctx, account.id, input)
      await applyAutoFunding(ctx, account.id)
      return c.json(settings)
    })
}
