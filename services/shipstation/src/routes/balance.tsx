import { onFormError, parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { promptsOf } from '../domain/onboarding-prompts'
import { addPaymentMethod, PaymentMethodInput } from '../domain/payment-methods'
import { nextStepPath, setupFactsOf, setupStepOpen } from '../domain/setup-steps'
import { signedIn } from '../lib/session'
import { BalancePage } from '../pages/balance'
import { echoValues } from '../pages/form-values'
import { domainContext, type ShipStationRuntime } from '../runtime'

// Never echo card secrets back into the page.
const SECRET_FIELDS = ['cardNumber', 'cvc']

/** `GET|POST /balance`: "ShipStation Balance", open once email and phone are verified. */
export function balanceRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .get('/balance', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      const { account, session } = current
      if (!setupStepOpen(setupFactsOf(account), 'payment')) return c.redirect(nextStepPath(account))
      return c.html(
        <BalancePage
          prompts={promptsOf(account, session.popupDismissed)}
          paymentMethods={account.paymentMethods}
        />,
      )
    })
    .post('/balance', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      const { account, session } = current
      const render = (values: Record<string, string | undefined>) =>
        onFormError(c, (error) => (
          <BalancePage
            prompts={promptsOf(account, session.popupDismissed)}
            paymentMethods={account.paymentMethods}
            values={values}
            error={error}
          />
        ))
      render({})
      const body = await readBody(c)
      render(echoValues(body, SECRET_FIELDS))
      const card = parseInput(PaymentMethodInput, body)
      await addPaymentMethod(domainContext(c, runtime), account.id, card)
      return c.redirect('/dashboard', 303)
    })
}
