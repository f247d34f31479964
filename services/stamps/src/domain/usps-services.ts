/** A USPS mail class as ShipStation offers it, with the service code ShipStation's API uses. */
export interface UspsService {
  mailClass: string
  serviceCode: string
  serviceName: string
  /** USPS's published delivery commitment, in days. */
  deliveryDays: number
}

/** The mail classes Stamps.com quotes for ShipStation, fastest first. */
export const USPS_SERVICES: readonly UspsService[] = [
  {
    mailClass: 'PRIORITY_MAIL_EXPRESS',
    serviceCode: 'usps_priority_mail_express',
    serviceName: 'USPS Priority Mail Express',
    deliveryDays: 1,
  },
  {
    mailClass: 'PRIORITY_MAIL',
    serviceCode: 'usps_priority_mail',
    serviceName: 'USPS Priority Mail',
    deliveryDays: 2,
  },
  {
    mailClass: 'USPS_GROUND_ADVANTAGE',
    serviceCode: 'usps_ground_advantage',
    serviceName: 'USPS Ground Advantage',
    deliveryDays: 4,
  },
]

/** The service of a mail class, or undefined when Stamps.com does not offer it. */
export function uspsServiceOf(mailClass: string): UspsService | undefined {
  return USPS_SERVICES.find((s) => s.mailClass === mailClass)
}
