import {
  onFormError,
  parseInput,
  readBody,
  type SandboxContext,
  type SandboxEnv,
  secretToken,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import {
  AutoFundInput,
  applyAutoFunding,
  autoFundSettings,
  saveAutoFunding,
} from '../domain/auto-funding'
import { balanceLedger } from '../domain/balance-ledger'
import { AddFundsInput, addFunds } from '../domain/manual-funding'
import { promptsOf } from '../domain/onboarding-prompts'
import { addPaymentMethod, PaymentMethodInput } from '../domain/payment-methods'
import { nextStepPath, setupFactsOf, setupStepOpen } from '../domain/setup-steps'
import { confirmStep, type SignedIn, signedIn, takeConfirmation } from '../lib/session'
import { BalancePage, type BalancePageProps } from '../pages/balance'
import { echoValues } from '../pages/form-values'
import { domainContext, type ShipStationRuntime } from '../runtime'

// Never echo card secrets back into the page.
const SECRET_FIELDS = ['cardNumber', 'cvc']

/**
 * `GET|POST /balance` ("ShipStation Balance", open once email and phone are verified): the card,
 * "Add funds" (`POST /balance/funds`, with a hidden Idempotency-Key), auto-fund
 * (`POST /balance/auto-funding`) and the transaction history.
 */
export function balanceRoutes(runtime: ShipStationRuntime) {
  const pageProps = async (
    c: SandboxContext,
    { account, session }: SignedIn,
  ): Promise<BalancePageProps> => {
    const ctx = domainContext(c, runtime)
    return {
      prompts: promptsOf(account, session.popupDismissed),
      paymentMethods: account.paymentMethods,
      ledger: await balanceLedger(ctx, account.id),
      autoFunding: await autoFundSettings(ctx, account.id),
      idempotencyKey: secretToken(16),
    }
  }
  /** The page again with the message beside the form that failed, and what was typed there. */
  const formErrors = async (
    c: SandboxContext,
    current: SignedIn,
    form: BalancePageProps['form'],
    values: Record<string, string | undefined>,
  ) => {
    const props = await pageProps(c, current)
    onFormError(c, (error) => <BalancePage {...props} form={form} values={values} error={error} />)
  }

  return new Hono<SandboxEnv>()
    .get('/balance', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      if (!setupStepOpen(setupFactsOf(current.account), 'payment')) {
        return c.redirect(nextStepPath(current.account))
      }
      const confirmation = await takeConfirmation(c, current.session)
      return c.html(<BalancePage {...(await pageProps(c, current))} confirmation={confirmation} />)
    })
    .post('/balance', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      await formErrors(c, current, 'card', {})
      const body = await readBody(c)
      await formErrors(c, current, 'card', echoValues(body, SECRET_FIELDS))
      const card = parseInput(PaymentMethodInput, body)
      await addPaymentMethod(domainContext(c, runtime), current.account.id, card)
      await confirmStep(c, 'card-added')
      return c.redirect('/dashboard', 303)
    })
    .post('/balance/funds', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      const body = await readBody(c)
      await formErrors(c, current, 'funds', echoValues(body, []))
      const input = parseInput(AddFundsInput, body)
      const ctx = domainContext(c, runtime)
      await addFunds(ctx, current.account.id, input)
      await confirmStep(c, 'funds-added')
      return c.redirect('/balance', 303)
    })
    .post('/balance/auto-funding', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      const body = await readBody(c)
      await formErrors(c, current, 'auto-funding', echoValues(body, []))
      const ctx = domainContext(c, runtime)
      await saveAutoFunding(ctx, current.account.id, parseInput(AutoFundInput, body))
      await applyAutoFunding(ctx, current.account.id)
      await confirmStep(c, 'auto-funding-saved')
      return c.redirect('/balance', 303)
    })
}
