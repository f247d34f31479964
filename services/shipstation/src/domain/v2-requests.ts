import * as z from 'zod'
import { ShipAddress } from './ship-address'
import { ouncesOf, ShipmentPackage } from './shipment-package'

// v2 clients send null for absent optional fields; our schemas take absent.
const withoutNulls = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null))
    : value

const V2Address = z.preprocess(withoutNulls, ShipAddress)
const CM_PER_INCH = 2.54

const V2Package = z.object({
  weight: z.object({
    value: z
      .number({ error: 'weight.value must be a number' })
      .positive('weight.value must be above 0'),
    unit: z.enum(['pound', 'ounce', 'gram', 'kilogram'], {
      error: 'weight.unit must be pound, ounce, gram or kilogram',
    }),
  }),
  dimensions: z
    .object({
      unit: z.enum(['inch', 'centimeter']),
      length: z.number().positive(),
      width: z.number().positive(),
      height: z.number().positive(),
    })
    .optional(),
})

/** A v2 `shipment` (the parts the USPS fake prices), as our shipment input. */
export const V2Shipment = z
  .object({
    carrier_id: z.string().nullish(),
    service_code: z.string().nullish(),
    ship_to: V2Address,
    ship_from: V2Address,
    packages: z
      .array(V2Package, { error: 'packages must list the package' })
      .min(1, 'packages must list the package')
      .max(1, 'The sandbox prices one package per shipment.'),
  })
  .transform((s, ctx) => {
    const [pkg] = s.packages
    const inches = (n: number) =>
      Math.round((pkg?.dimensions?.unit === 'centimeter' ? n / CM_PER_INCH : n) * 100) / 100
    const dims = pkg?.dimensions
    // The converted package meets the same limits as the Shipments page's (70 lb, 108 in).
    const checked = ShipmentPackage.safeParse({
      weightOz: pkg ? ouncesOf(pkg.weight) : 0,
      ...(dims
        ? {
            lengthIn: inches(dims.length),
            widthIn: inches(dims.width),
            heightIn: inches(dims.height),
          }
        : {}),
    })
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: ['packages', 0] })
      }
      return z.NEVER
    }
    return {
      carrierId: s.carrier_id ?? undefined,
      serviceCode: s.service_code ?? undefined,
      shipFrom: s.ship_from,
      shipTo: s.ship_to,
      package: checked.data,
    }
  })

/** `POST /v2/rates` body: `{shipment, rate_options: {carrier_ids}}`. */
export const V2RatesRequest = z.object({
  shipment: V2Shipment,
  rate_options: z.object(
    {
      carrier_ids: z
        .array(z.string(), { error: 'rate_options.carrier_ids must list carrier ids' })
        .min(1, 'rate_options.carrier_ids must list at least one carrier id (GET /v2/carriers)'),
    },
    { error: 'rate_options.carrier_ids is required (GET /v2/carriers lists them)' },
  ),
})

/** `POST /v2/labels` body: a shipment naming its carrier and service. */
export const V2LabelRequest = z.object({
  shipment: V2Shipment.refine((s) => s.carrierId && s.serviceCode, {
    message: 'shipment.carrier_id and shipment.service_code are required',
  }),
})

/** `PUT /v2/carriers/{carrier_id}/add_funds` body. */
export const V2AddFunds = z.object({
  currency: z
    .string()
    .trim()
    .toLowerCase()
    .refine((c) => c === 'usd', 'currency must be usd'),
  amount: z
    .number({ error: 'amount must be a number of dollars' })
    .min(10, 'amount must be at least 10.00')
    .max(10_000, 'amount must be at most 10000.00')
    .refine((n) => Math.round(n * 100) === n * 100, 'amount takes at most two decimals'),
})
