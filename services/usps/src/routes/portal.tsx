import {
  deliverPendingEvents,
  onFormError,
  parseInput,
  readBody,
  type SandboxEnv,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { publicAccount } from '../domain/account'
import { AchInput, addAchAccount } from '../domain/add-ach-account'
import { addCreditCard, CreditCardInput } from '../domain/add-credit-card'
import { canApply } from '../domain/epa'
import { MicroDebitInput, microDebitsPosted, verifyMicroDebits } from '../domain/micro-debits'
import {
  acceptPaymentTerms,
  getPaymentAccount,
  type PaymentAccount,
  PaymentTermsInput,
} from '../domain/payment-account'
import { grantedPartners, resumableLink, revokeAccess } from '../lib/granted-partners'
import { withAccountPage } from '../lib/require-account'
import { AchPage } from '../pages/ach'
import { CreditCardPage } from '../pages/credit-card'
import { MyAccountPage } from '../pages/my-account'
import { PortalPage } from '../pages/portal'
import { VerifyBankPage } from '../pages/verify-bank'
import { domainContext, type UspsRuntime } from '../runtime'

const METHOD_PATHS = {
  credit_card: '/portal/payment-account/credit-card',
  ach: '/portal/payment-account/ach',
} as const

/** The card and ACH forms open only after the terms box and while a method may be added. */
const formOpen = (epa: PaymentAccount) =>
  epa.termsAcceptedAt !== undefined && canApply(epa.status, 'ach_added')

/** The Business Portal, My Account and the EPA forms (credit card, ACH, micro-debit check). */
export function portalRoutes(runtime: UspsRuntime) {
  return new Hono<SandboxEnv>()
    .get(
      '/portal',
      withAccountPage(async (c, account) => {
        const epa = await getPaymentAccount(c.var, account.id)
        const resume = await resumableLink(c.var, account.id)
        return c.html(<PortalPage account={publicAccount(account)} epa={epa} resume={resume} />)
      }),
    )
    .post(
      '/portal/payment-account',
      withAccountPage(async (c, account) => {
        const body = await readBody(c)
        const epa = await getPaymentAccount(c.var, account.id)
        onFormError(c, (error) => (
          <PortalPage account={publicAccount(account)} epa={epa} values={body} error={error} />
        ))
        const input = parseInput(PaymentTermsInput, body)
        await acceptPaymentTerms(domainContext(c, runtime), account.id, input)
        return c.redirect(METHOD_PATHS[input.method])
      }),
    )
    .get(
      '/portal/account',
      withAccountPage(async (c, account) => {
        const epa = await getPaymentAccount(c.var, account.id)
        const partners = await grantedPartners(c.var, runtime, account.id)
        return c.html(
          <MyAccountPage account={publicAccount(account)} epa={epa} partners={partners} />,
        )
      }),
    )
    .post(
      '/portal/account/partners/:clientId/revoke',
      withAccountPage(async (c, account) => {
        const ctx = domainContext(c, runtime)
        const { queued } = await revokeAccess(
          ctx,
          runtime,
          account.id,
          c.req.param('clientId') ?? '',
        )
        // Delivery failures stay pending for the event pump; the revocation itself stands.
        if (queued) await deliverPendingEvents(c.var.store, runtime.peers)
        return c.redirect('/portal/account')
      }),
    )
    .get(
      METHOD_PATHS.credit_card,
      withAccountPage(async (c, account) => {
        if (!formOpen(await getPaymentAccount(c.var, account.id))) return c.redirect('/portal')
        return c.html(<CreditCardPage />)
      }),
    )
    .post(
      METHOD_PATHS.credit_card,
      withAccountPage(async (c, account) => {
        const body = await readBody(c)
        onFormError(c, (error) => <CreditCardPage values={body} error={error} />)
        const input = parseInput(CreditCardInput, { ...body, acceptTerms: undefined })
        await addCreditCard(domainContext(c, runtime), account.id, input)
        return c.redirect('/portal')
      }),
    )
    .get(
      METHOD_PATHS.ach,
      withAccountPage(async (c, account) => {
        if (!formOpen(await getPaymentAccount(c.var, account.id))) return c.redirect('/portal')
        return c.html(<AchPage />)
      }),
    )
    .post(
      METHOD_PATHS.ach,
      withAccountPage(async (c, account) => {
        const body = await readBody(c)
        onFormError(c, (error) => <AchPage values={body} error={error} />)
        const input = parseInput(AchInput, { ...body, acceptTerms: undefined })
        await addAchAccount(domainContext(c, runtime), account.id, input)
        return c.redirect('/portal')
      }),
    )
    .get(
      '/portal/payment-account/verify',
      withAccountPage(async (c, account) => {
        const epa = await getPaymentAccount(c.var, account.id)
        return c.html(<VerifyBankPage epa={epa} posted={microDebitsPosted(c.var, epa)} />)
      }),
    )
    .post(
      '/portal/payment-account/verify',
      withAccountPage(async (c, account) => {
        const body = await readBody(c)
        const ctx = domainContext(c, runtime)
        onFormError(c, async (error) => {
          const epa = await getPaymentAccount(ctx, account.id)
          const posted = microDebitsPosted(ctx, epa)
          return <VerifyBankPage epa={epa} posted={posted} values={body} error={error} />
        })
        await verifyMicroDebits(ctx, account.id, parseInput(MicroDebitInput, body))
        return c.redirect('/portal')
      }),
    )
}
