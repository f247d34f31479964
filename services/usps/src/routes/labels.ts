import { errorFormat, type SandboxContext, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { cancelLabel } from '../domain/cancel-label'
import { createLabel, LabelRequestInput } from '../domain/create-label'
import type { Label } from '../domain/label'
import { verifyPaymentAuthorization } from '../domain/payment-authorization-token'
import { UspsApiError } from '../errors'
import { bearerCaller } from '../lib/bearer-caller'
import { labelMetadataOf, labelPdfOf } from '../lib/label-views'
import { parseUspsJson } from '../lib/parse-usps-input'
import { uspsApiErrorFormat } from '../lib/usps-api-error-format'
import { domainContext, type UspsRuntime } from '../runtime'

export const LABELS_JSON = 'application/vnd.usps.labels+json'

type LabelAnswer = 'json' | 'multipart'

/** USPS's two answers: flat JSON on its vendor type, else multipart; anything else is a 406. */
function answerFor(accept: string | undefined): LabelAnswer {
  const types = (accept ?? '*/*').split(',').map((t) => t.split(';')[0]?.trim().toLowerCase())
  if (types.includes(LABELS_JSON)) return 'json'
  if (types.some((t) => t === '*/*' || t === 'multipart/*' || t?.startsWith('multipart/'))) {
    return 'multipart'
  }
  throw new UspsApiError(406, 'NOT_ACCEPTABLE', [
    {
      status: '406',
      code: '406',
      title: 'NOT_ACCEPTABLE',
      detail: `Accept ${accept} is not offered: send Accept: ${LABELS_JSON} (JSON with a base64 labelImage) or multipart/form-data (the default).`,
      source: { parameter: 'Header: Accept' },
    },
  ])
}

function multipart(c: SandboxContext, label: Label, status: 200 | 201) {
  const boundary = `usps-label-${label.trackingNumber}`
  const pdf = Buffer.from(labelPdfOf(label)).toString('latin1')
  const body = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="labelMetadata"',
    'Content-Type: application/json',
    '',
    JSON.stringify(labelMetadataOf(label)),
    `--${boundary}`,
    'Content-Disposition: form-data; name="labelImage"; filename="label.pdf"',
    'Content-Type: application/pdf',
    '',
    pdf,
    `--${boundary}--`,
    '',
  ].join('\r\n')
  return c.body(Buffer.from(body, 'latin1'), status, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  })
}

/** Domestic Labels 3.0: make a label (charged to the PAYER's EPA) and cancel it (refunded). */
export function labelsRoutes(runtime: UspsRuntime) {
  return new Hono<SandboxEnv>()
    .use('/labels/v3/*', errorFormat(uspsApiErrorFormat))
    .post('/labels/v3/label', async (c) => {
      const caller = await bearerCaller(c, runtime, 'labels')
      const answer = answerFor(c.req.header('accept'))
      const ctx = domainContext(c, runtime)
      const payment = await verifyPaymentAuthorization(
        ctx,
        await runtime.keys(),
        c.req.header('x-payment-authorization-token'),
      )
      const request = await parseUspsJson(LabelRequestInput, c.req)
      const { label } = await createLabel(ctx, {
        caller,
        payment,
        request,
        idempotencyKey: c.req.header('x-idempotency-key') || undefined,
      })
      if (answer === 'multipart') return multipart(c, label, 200)
      return c.json({
        labelMetadata: labelMetadataOf(label),
        labelImage: Buffer.from(labelPdfOf(label)).toString('base64'),
      })
    })
    .delete('/labels/v3/label/:trackingNumber', async (c) => {
      const caller = await bearerCaller(c, runtime, 'labels')
      const { label, refund } = await cancelLabel(
        domainContext(c, runtime),
        caller,
        c.req.param('trackingNumber'),
      )
      return c.json({ trackingNumber: label.trackingNumber, status: 'CANCELED', refund })
    })
}
