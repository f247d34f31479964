import { parseScenario, type Scenario } from '@partner-sandbox/scenarios'
/** After the representative's decision: both platforms show the rejection with its reason. */
export function rejectedTail(reason: string): Scenario {
  return parseScenario(
    JSON.stringify({
      name: 'USPS rejected the link',
      steps: [
        {
          name: 'Stamps.com shows the rejection and its reason',
          service: 'stamps',
          open: '/status',
          expect: { text: [`USPS rejected the link request: ${reason}.`] },
        },
        {
          name: 'ShipStation shows the rejection and its reason',
          service: 'shipstation',
          open: '/dashboard',
          expect: { text: [`USPS rejected your NSA link request: ${reason}.`] },
        },
        {
          name: 'The ShipStation account API agrees',
          service: 'shipstation',
          request: 'GET /api/v1/account',
          expect: { json: { copStatus: 'rejected', nsaRatesActive: false } },
        },
      ],
    }),
  )
}
