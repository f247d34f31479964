import type { Account } from './accounts'
import type { ShipAddress } from './ship-address'

// Registration asks for no address; a trainee's first shipment leaves from this sample warehouse
// until they type their own.
const SAMPLE_WAREHOUSE = {
  address_line1: '4301 Bull Creek Rd',
  city_locality: 'Austin',
  state_province: 'TX',
  postal_code: '78731',
}

/**
 * The account's ship-from address: its name, company and phone from registration, and the
 * sample warehouse for what registration does not ask.
 *
 * @example
 * defaultShipFrom(account).company_name // 'Analytical Engines LLC'
 */
export function defaultShipFrom(account: Account): ShipAddress {
  return {
    name: `${account.firstName} ${account.lastName}`,
    phone: account.phone,
    company_name: account.company,
    ...SAMPLE_WAREHOUSE,
    address_line2: undefined,
    country_code: 'US',
    address_residential_indicator: 'no',
  }
}
