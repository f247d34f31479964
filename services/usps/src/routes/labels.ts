import {
  type ApiOperation,
  errorFormat,
  type SandboxContext,
  type SandboxEnv,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import * as z from 'zod'
import { cancelLabel } from '../domain/cancel-label'
import { createLabel, LabelRequestInput } from '../domain/create-label'
import type { Label } from '../domain/label'
import { verifyPaymentAuthorization } from '../domain/payment-authorization-token'
import { UspsApiError } from '../errors'
import { bearerCaller } from '../lib/bearer-caller'
import { labelMetadataOf, labelPdfOf } from '../lib/label-views'
import { parseUspsJson } from '../lib/parse-usps-input'
import { UspsErrorEnvelope, uspsApiErrorFormat } from '../lib/usps-api-error-format'
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

const TAG = 'Domestic Labels 3.0'
const LabelMetadata = z.looseObject({
  trackingNumber: z.string().describe('22 digits'),
  postage: z.number().describe('CONTRACT price when the EPS number has an approved NSA link'),
  zone: z.string(),
  SKU: z.string(),
  commitment: z.object({ name: z.string(), scheduleDeliveryDate: z.string() }),
  weight: z.number(),
  dimensionalWeight: z.number(),
  bannerText: z.literal('SAMPLE - NOT FOR MAILING'),
})
const AUTH_ERRORS = {
  '401': {
    description: 'No or invalid Bearer token or X-Payment-Authorization-Token',
    schema: UspsErrorEnvelope,
  },
  '403': { description: 'The token has no labels scope', schema: UspsErrorEnvelope },
}

export const LABELS_OPERATIONS: ApiOperation[] = [
  {
    method: 'post',
    path: '/labels/v3/label',
    tag: TAG,
    summary: "Make a sample label, charged to the payment authorization's PAYER EPA",
    description:
      'Postage is the CONTRACT price when the PAYER EPS number has an approved NSA link, else COMMERCIAL; it is charged to the EPA ledger (My Account). A repeated X-Idempotency-Key answers the first label and charges nothing. Accept `application/vnd.usps.labels+json` answers JSON with a base64 `labelImage`; `multipart/form-data` (or none, `*/*`) answers the `labelMetadata` and `labelImage` parts; any other Accept is a 406.',
    security: ['bearer'],
    headers: z.object({
      'X-Payment-Authorization-Token': z
        .string()
        .describe('paymentAuthorizationToken from POST /payments/v3/payment-authorization'),
      'X-Idempotency-Key': z.string().optional().describe('A repeat answers the first label'),
      Accept: z.string().optional().describe(`${LABELS_JSON} or multipart/form-data`),
    }),
    body: LabelRequestInput,
    responses: {
      '200': {
        description: 'The label (JSON form)',
        contentType: LABELS_JSON,
        schema: z.object({
          labelMetadata: LabelMetadata,
          labelImage: z.string().describe('base64 PDF'),
        }),
      },
      '400': {
        description:
          '160369 no EPS PAYER role, 160302 the PAYER has no active EPA, 160259 the token acts for no customer or another client, and the prices codes (030001, 030004, 030008, 030010, 030020)',
        schema: UspsErrorEnvelope,
      },
      '406': { description: 'An Accept the API does not offer', schema: UspsErrorEnvelope },
      ...AUTH_ERRORS,
    },
  },
  {
    method: 'delete',
    path: '/labels/v3/label/:trackingNumber',
    tag: TAG,
    summary: 'Cancel a label: its postage is refunded to the EPA',
    security: ['bearer'],
    params: z.object({ trackingNumber: z.string() }),
    responses: {
      '200': {
        description: 'Cancelled',
        schema: z.object({
          trackingNumber: z.string(),
          status: z.literal('CANCELED'),
          refund: z.number(),
        }),
      },
      '400': {
        description:
          "160378 unknown tracking number, 160383 another customer's label, 160363 already cancelled",
        schema: UspsErrorEnvelope,
      },
      ...AUTH_ERRORS,
    },
  },
]
