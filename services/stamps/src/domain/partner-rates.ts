import { searchUspsBaseRate } from '../clients/usps-prices-client'
import type { DomainContext } from './context'
import { type CopAccount, getCopAccount } from './cop-account'
import { mailingDateOf, type PartnerPackage, uspsPackageOf } from './partner-shipment'
import { currentUspsAccessToken } from './usps-access-token'
import { uspsPlatformToken } from './usps-platform-token'
import { USPS_SERVICES } from './usps-services'

export interface PartnerRate {
  mailClass: string
  serviceCode: string
  serviceName: string
  zone: number | null
  retailAmount: number
  nsaAmount: number | null
  deliveryDays: number
}

export interface PartnerRates {
  nsaActive: boolean
  rates: PartnerRate[]
}

/** The COP account when its USPS link is approved: NSA prices then apply. */
export function nsaAccountOf(account: CopAccount | undefined): CopAccount | undefined {
  return account?.status === 'approved' && account.identifiers && account.usps ? account : undefined
}

/**
 * Prices for ShipStation's rate request, asked of USPS each time: RETAIL with Auctane's own
 * token; once the customer's link is approved, also CONTRACT with the customer's token and EPS
 * number (the NSA price). USPS's refusals (bad ZIP, weight) reach ShipStation with USPS's code.
 *
 * @example
 * const { nsaActive, rates } = await quotePartnerRates(ctx, 'SS123456789', pkg)
 */
export async function quotePartnerRates(
  ctx: DomainContext,
  shipstationAccountId: string,
  pkg: PartnerPackage,
): Promise<PartnerRates> {
  const nsa = nsaAccountOf(await getCopAccount(ctx, shipstationAccountId))
  const platformToken = await uspsPlatformToken(ctx)
  const customerToken = nsa ? await currentUspsAccessToken(ctx, nsa) : undefined
  const search = {
    originZIPCode: pkg.fromPostalCode,
    destinationZIPCode: pkg.toPostalCode,
    ...uspsPackageOf(pkg),
    mailingDate: mailingDateOf(ctx.clock.now()),
  }
  // One USPS call per mail class and price type, all at once: a rate request waits for the
  // slowest, not the sum.
  const rates = await Promise.all(
    USPS_SERVICES.map(async (service): Promise<PartnerRate> => {
      const [retail, contract] = await Promise.all([
        searchUspsBaseRate(ctx, platformToken, {
          ...search,
          mailClass: service.mailClass,
          priceType: 'RETAIL',
        }),
        nsa?.identifiers && customerToken
          ? searchUspsBaseRate(ctx, customerToken, {
              ...search,
              mailClass: service.mailClass,
              priceType: 'CONTRACT',
              accountType: 'EPS',
              accountNumber: nsa.identifiers.epsNumber,
            })
          : undefined,
      ])
      return {
        mailClass: service.mailClass,
        serviceCode: service.serviceCode,
        serviceName: service.serviceName,
        zone: retail.zone === undefined ? null : Number(retail.zone),
        retailAmount: retail.price,
        nsaAmount: contract?.price ?? null,
        deliveryDays: service.deliveryDays,
      }
    }),
  )
  return { nsaActive: nsa !== undefined, rates }
}
