import type { ServiceName, ServiceOptions } from '@partner-sandbox/shared'
import { createApp as createShipStationApp } from '@partner-sandbox/shipstation'
import { createApp as createStampsApp } from '@partner-sandbox/stamps'
import { createApp as createUspsApp } from '@partner-sandbox/usps'

/** The three service apps as their packages build them. */
export interface ServiceApps {
  shipstation: ReturnType<typeof createShipStationApp>
  stamps: ReturnType<typeof createStampsApp>
  usps: ReturnType<typeof createUspsApp>
}

/** Builds one service's app from the options every service takes. */
export function createServiceApp<N extends ServiceName>(
  name: N,
  options: ServiceOptions,
): ServiceApps[N] {
  const factories = {
    shipstation: createShipStationApp,
    stamps: createStampsApp,
    usps: createUspsApp,
  }
  return factories[name](options) as ServiceApps[N]
}
