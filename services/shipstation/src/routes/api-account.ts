import { parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { accountView } from '../domain/account-view'
import { EmailCodeInput, resendEmailCode, verifyEmailCode } from '../domain/email-verification'
import { addPaymentMethod, PaymentMethodInput } from '../domain/payment-methods'
import { resendPhoneCode, SmsCodeInput, verifyPhoneCode } from '../domain/phone-verification'
import { requireSignedIn } from '../lib/session'
import { domainContext, type ShipStationRuntime } from '../runtime'

/** JSON twins of the account pages: the account itself, verification and the Balance. */
export function apiAccountRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .get('/api/v1/account', async (c) => {
      const { account, session } = await requireSignedIn(c)
      return c.json(accountView(account, session.popupDismissed))
    })
    .post('/api/v1/account/email-verification', async (c) => {
      const { account, session } = await requireSignedIn(c)
      const { code } = parseInput(EmailCodeInput, await readBody(c))
      const updated = await verifyEmailCode(domainContext(c, runtime), account.id, code)
      return c.json(accountView(updated, session.popupDismissed))
    })
    .post('/api/v1/account/email-verification/resend', async (c) => {
      const { account } = await requireSignedIn(c)
      await resendEmailCode(domainContext(c, runtime), account.id)
      return c.json({ status: 'sent', to: account.email }, 202)
    })
    .post('/api/v1/account/phone-verification', async (c) => {
      const { account, session } = await requireSignedIn(c)
      const { code } = parseInput(SmsCodeInput, await readBody(c))
      const updated = await verifyPhoneCode(domainContext(c, runtime), account.id, code)
      return c.json(accountView(updated, session.popupDismissed))
    })
    .post('/api/v1/account/phone-verification/resend', async (c) => {
      const { account } = await requireSignedIn(c)
      await resendPhoneCode(domainContext(c, runtime), account.id)
      return c.json({ status: 'sent', to: account.phone }, 202)
    })
    .post('/api/v1/balance/payment-methods', async (c) => {
      const { account, session } = await requireSignedIn(c)
      const card = parseInput(PaymentMethodInput, await readBody(c))
      const added = await addPaymentMethod(domainContext(c, runtime), account.id, card)
      const { id, brand, last4, expiry } = added.paymentMethod
      return c.json(
        {
          paymentMethod: { id, brand, last4, expiry },
          account: accountView(added.account, session.popupDismissed),
        },
        201,
      )
    })
}
