import { parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { publicAccount } from '../domain/account'
import { AchInput, addAchAccount } from '../domain/add-ach-account'
import { addCreditCard, CreditCardInput } from '../domain/add-credit-card'
import type { DomainContext } from '../domain/context'
import { MicroDebitInput, microDebitsPosted, verifyMicroDebits } from '../domain/micro-debits'
import { getPaymentAccount, type PaymentAccount } from '../domain/payment-account'
import { accountForApi } from '../lib/require-account'
import { domainContext, type UspsRuntime } from '../runtime'

/** The EPA as its owner sees it: no micro-debit amounts, only whether they posted. */
function paymentAccountView(ctx: Pick<DomainContext, 'clock'>, epa: PaymentAccount) {
  return {
    status: epa.status,
    epsNumber: epa.epsNumber ?? null,
    method: epa.method ?? null,
    termsAcceptedAt: epa.termsAcceptedAt ?? null,
    card: epa.card ?? null,
    ach: epa.ach
      ? {
          routingNumber: epa.ach.routingNumber,
          accountLast4: epa.ach.accountLast4,
          accountType: epa.ach.accountType,
          microDebitsPostedAt: microDebitsPosted(ctx, epa) ? epa.ach.postedAt : null,
          failedAttempts: epa.ach.failedAttempts,
        }
      : null,
    activatedAt: epa.activatedAt ?? null,
  }
}

/** JSON twins of the portal: the account with its identifiers and EPA, and the EPA steps. */
export function apiAccountRoutes(runtime: UspsRuntime) {
  return new Hono<SandboxEnv>()
    .get('/api/v1/account', async (c) => {
      const account = await accountForApi(c)
      const epa = await getPaymentAccount(c.var, account.id)
      return c.json({
        ...publicAccount(account),
        epaStatus: epa.status,
        epsNumber: epa.epsNumber ?? null,
        paymentAccount: paymentAccountView(c.var, epa),
      })
    })
    .post('/api/v1/payment-account/credit-card', async (c) => {
      const account = await accountForApi(c)
      const ctx = domainContext(c, runtime)
      const epa = await addCreditCard(
        ctx,
        account.id,
        parseInput(CreditCardInput, await readBody(c)),
      )
      return c.json(paymentAccountView(ctx, epa), 201)
    })
    .post('/api/v1/payment-account/ach', async (c) => {
      const account = await accountForApi(c)
      const ctx = domainContext(c, runtime)
      const epa = await addAchAccount(ctx, account.id, parseInput(AchInput, await readBody(c)))
      return c.json(paymentAccountView(ctx, epa), 201)
    })
    .post('/api/v1/payment-account/verification', async (c) => {
      const account = await accountForApi(c)
      const ctx = domainContext(c, runtime)
      const input = parseInput(MicroDebitInput, await readBody(c))
      return c.json(paymentAccountView(ctx, await verifyMicroDebits(ctx, account.id, input)))
    })
}
