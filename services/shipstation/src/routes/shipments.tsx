import {
  onFormError,
  parseInput,
  readBody,
  type SandboxContext,
  type SandboxEnv,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import * as z from 'zod'
import type { Account } from '../domain/accounts'
import { balanceLedger } from '../domain/balance-ledger'
import { buyLabel, getLabel, voidLabel } from '../domain/labels'
import { promptsOf } from '../domain/onboarding-prompts'
import { defaultShipFrom } from '../domain/ship-from'
import { shipmentFormInput } from '../domain/shipment-form'
import { getShipment, quoteShipment, type Shipment } from '../domain/shipments'
import { signedIn } from '../lib/session'
import { echoValues } from '../pages/form-values'
import { NoticePage } from '../pages/notice'
import { ShipmentNewPage } from '../pages/shipment-new'
import { ShipmentPage } from '../pages/shipment-page'
import { domainContext, type ShipStationRuntime, shippingContext } from '../runtime'

const BuyForm = z.object({
  rateId: z.string({ error: 'Choose a rate.' }).trim().min(1, 'Choose a rate.'),
})
const ShipmentId = z.string().regex(/^se-\d{1,21}$/)

const notFoundPage = (message: string, account: Account, popupDismissed: boolean) => (
  <NoticePage
    title="Shipment not found"
    message={message}
    link={{ href: '/shipments/new', text: 'Create label' }}
    prompts={promptsOf(account, popupDismissed)}
  />
)

function shipFromValues(account: Account): Record<string, string | undefined> {
  const from = defaultShipFrom(account)
  return Object.fromEntries(Object.entries(from).map(([k, v]) => [`from_${k}`, v]))
}

async function renderShipment(
  c: SandboxContext,
  runtime: ShipStationRuntime,
  account: Account,
  popupDismissed: boolean,
  shipment: Shipment,
  error?: Parameters<typeof ShipmentPage>[0]['error'],
) {
  const ctx = domainContext(c, runtime)
  const label = shipment.labelId ? await getLabel(ctx, account.id, shipment.labelId) : undefined
  const { balance } = await balanceLedger(ctx, account.id)
  return (
    <ShipmentPage
      prompts={promptsOf(account, popupDismissed)}
      shipment={shipment}
      label={label}
      balanceCents={balance}
      error={error}
    />
  )
}

/**
 * The Shipments pages: "Create label" (`/shipments/new`), a shipment's rates and label
 * (`/shipments/{id}`), buying and voiding, and the label PDF (`/labels/{id}.pdf`).
 */
export function shipmentRoutes(runtime: ShipStationRuntime) {
  // The signed-in account's shipment of a form POST; a refusal re-renders that shipment's page.
  const shipmentForm = async (c: SandboxContext) => {
    const current = await signedIn(c)
    if (!current) return undefined
    const { account, session } = current
    onFormError(c, (error) => notFoundPage(error.message, account, session.popupDismissed))
    const id = parseInput(ShipmentId, c.req.param('id'))
    const shipment = await getShipment(domainContext(c, runtime), account.id, id)
    onFormError(c, (error) =>
      renderShipment(c, runtime, account, session.popupDismissed, shipment, error),
    )
    return { account, shipment }
  }
  return new Hono<SandboxEnv>()
    .get('/shipments/new', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      const { account, session } = current
      return c.html(
        <ShipmentNewPage
          prompts={promptsOf(account, session.popupDismissed)}
          values={{ ...shipFromValues(account), weightOz: '16' }}
        />,
      )
    })
    .post('/shipments/new', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      const { account, session } = current
      const body = await readBody(c)
      onFormError(c, (error) => (
        <ShipmentNewPage
          prompts={promptsOf(account, session.popupDismissed)}
          values={echoValues(body, [])}
          error={error}
        />
      ))
      const input = shipmentFormInput(body)
      const shipment = await quoteShipment(shippingContext(c, runtime), account.id, input)
      return c.redirect(`/shipments/${shipment.id}`, 303)
    })
    .get('/shipments/:id', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      onFormError(c, (error) =>
        notFoundPage(error.message, current.account, current.session.popupDismissed),
      )
      const id = parseInput(ShipmentId, c.req.param('id'))
      const shipment = await getShipment(domainContext(c, runtime), current.account.id, id)
      return c.html(
        await renderShipment(c, runtime, current.account, current.session.popupDismissed, shipment),
      )
    })
    .post('/shipments/:id/label', async (c) => {
      const form = await shipmentForm(c)
      if (!form) return c.redirect('/login', 303)
      const { account, shipment } = form
      const { rateId } = parseInput(BuyForm, await readBody(c))
      // One purchase per shipment from the page: a double click answers the first label.
      await buyLabel(shippingContext(c, runtime), account.id, {
        rateId,
        idempotencyKey: `page:${shipment.id}`,
      })
      return c.redirect(`/shipments/${shipment.id}`, 303)
    })
    .post('/shipments/:id/void', async (c) => {
      const form = await shipmentForm(c)
      if (!form) return c.redirect('/login', 303)
      const { account, shipment } = form
      if (shipment.labelId)
        await voidLabel(shippingContext(c, runtime), account.id, shipment.labelId)
      return c.redirect(`/shipments/${shipment.id}`, 303)
    })
    .get('/labels/:file', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      const file = parseInput(z.string().regex(/^se-\d{1,21}\.pdf$/), c.req.param('file'))
      const label = await getLabel(domainContext(c, runtime), current.account.id, file.slice(0, -4))
      return c.body(Buffer.from(label.pdfBase64, 'base64'), 200, {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${label.id}.pdf"`,
      })
    })
}
