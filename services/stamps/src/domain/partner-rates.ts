import { searchUspsRates } from '../clients/usps-prices-client'
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
    mailClasses: USPS_SERVICES.map((service) => service.mailClass),
    mailingDate: mailingDateOf(ctx.clock.now()),
  }
  // One USPS call per price type, each for every mail class, both at once: a rate request waits
  // for the slower of two, not for a call per class.
  const [retail, contract] = await Promise.all([
    searchUspsRates(ctx, platformToken, { ...search, priceType: 'RETAIL' }),
    nsa?.identifiers && customerToken
      ? searchUspsRates(ctx, customerToken, {
          ...search,
          priceType: 'CONTRACT',
          accountType: 'EPS',
          accountNumber: nsa.identifiers.epsNumber,
        })
      : undefined,
  ])
  const rates = USPS_SERVICES.map((service, i): PartnerRate => {
    const zone = retail[i]?.zone
    return {
      mailClass: service.mailClass,
      serviceCode: service.serviceCode,
      serviceName: service.serviceName,
      zone: zone === undefined ? null : Number(zone),
      retailAmount: retail[i]?.price ?? 0,
      nsaAmount: contract?.[i]?.price ?? null,
      deliveryDays: service.deliveryDays,
    }
  })
  return { nsaActive: nsa !== undefined, rates }
}
