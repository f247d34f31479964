import { type ApiOperation, errorFormat, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import * as z from 'zod'
import { MAIL_CLASSES } from '../domain/nsa-contract'
import {
  isMultiClassSearch,
  MultiClassSearchInput,
  PRICE_TYPES,
  PriceSearchInput,
  pricePackage,
  pricePackages,
  TotalRatesSearchInput,
} from '../domain/price-search'
import { bearerCaller } from '../lib/bearer-caller'
import { parseUspsInput, parseUspsJson, readUspsJson } from '../lib/parse-usps-input'
import { UspsErrorEnvelope, uspsApiErrorFormat } from '../lib/usps-api-error-format'
import { domainContext, type UspsRuntime } from '../runtime'

/** Domestic Prices 3.0: `base-rates/search` and `total-rates/search`. */
export function pricesRoutes(runtime: UspsRuntime) {
  return new Hono<SandboxEnv>()
    .use('/prices/v3/*', errorFormat(uspsApiErrorFormat))
    .post('/prices/v3/base-rates/search', async (c) => {
      const caller = await bearerCaller(c, runtime, 'prices')
      const search = await parseUspsJson(PriceSearchInput, c.req)
      const { rate } = await pricePackage(domainContext(c, runtime), caller, search)
      return c.json({ totalBasePrice: rate.price, rates: [rate] })
    })
    .post('/prices/v3/total-rates/search', async (c) => {
      const caller = await bearerCaller(c, runtime, 'prices')
      const body = await readUspsJson(c.req)
      // Without `mailClasses` the body is read exactly as base-rates reads it, errors included.
      const search = isMultiClassSearch(body)
        ? parseUspsInput(MultiClassSearchInput, body)
        : parseUspsInput(PriceSearchInput, body)
      const priced = await pricePackages(domainContext(c, runtime), caller, search)
      // The sandbox prices no extra services: the total is the base price.
      return c.json({
        rateOptions: priced.map(({ rate }) => ({
          totalBasePrice: rate.price,
          totalPrice: rate.price,
          rates: [rate],
          extraServices: [],
        })),
      })
    })
}

export const BaseRateSchema = z.object({
  SKU: z.string(),
  description: z.string(),
  priceType: z.enum(PRICE_TYPES),
  price: z.number(),
  weight: z.number(),
  dimWeight: z.number(),
  fees: z.array(z.unknown()),
  startDate: z.string(),
  endDate: z.string(),
  warnings: z.array(z.unknown()),
  mailClass: z.enum(MAIL_CLASSES),
  zone: z.string().describe('Two digits, 01 to 09'),
})

const ERRORS = {
  '400': {
    description:
      'USPS error envelope: 030001 no zone for the ZIPs, 030004 weight 0 or over 70 lb, 030008 size over the maximum, 030010 required field missing, 030020 no rates for the class/price type, 160212 no approved contract',
    schema: UspsErrorEnvelope,
  },
  '401': { description: 'No or invalid Bearer token', schema: UspsErrorEnvelope },
  '403': { description: 'The token has no prices scope', schema: UspsErrorEnvelope },
}

const TAG = 'Domestic Prices 3.0'
const DESCRIPTION =
  'RETAIL and COMMERCIAL prices from the sandbox price table (docs/usps-prices.md); CONTRACT prices (commercial less the NSA discount) for an EPS number with an approved NSA link of the caller.'

export const PRICES_OPERATIONS: ApiOperation[] = [
  {
    method: 'post',
    path: '/prices/v3/base-rates/search',
    tag: TAG,
    summary: 'Base price of one package',
    description: DESCRIPTION,
    security: ['bearer'],
    body: PriceSearchInput,
    responses: {
      '200': {
        description: 'The price',
        schema: z.object({ totalBasePrice: z.number(), rates: z.array(BaseRateSchema) }),
      },
      ...ERRORS,
    },
  },
  {
    method: 'post',
    path: '/prices/v3/total-rates/search',
    tag: TAG,
    summary: 'Total price of one package (no extra services are priced in the sandbox)',
    description: `${DESCRIPTION} With \`mailClasses\` instead of \`mailClass\`, one rate option per mail class, in the order asked.`,
    security: ['bearer'],
    body: TotalRatesSearchInput,
    responses: {
      '200': {
        description: 'The price options: one, or one per mail class of `mailClasses`',
        schema: z.object({
          rateOptions: z.array(
            z.object({
              totalBasePrice: z.number(),
              totalPrice: z.number(),
              rates: z.array(BaseRateSchema),
              extraServices: z.array(z.unknown()),
            }),
          ),
        }),
      },
      ...ERRORS,
    },
  },
]
