import type { TenantStore } from '@partner-sandbox/shared'
import { UniqueNumberExhaustedError } from '../errors'

const MAX_ATTEMPTS = 50

/**
 * Claims a generated number that no other record of the tenant holds (CRIDs, MIDs, EPS numbers),
 * using the store's insert-if-absent so two requests can never get the same one.
 */
export async function claimUniqueNumber(
  store: TenantStore,
  collection: string,
  generate: () => string,
  owner: string,
): Promise<string> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const candidate = generate()
    if (await store.insert(collection, candidate, { owner })) return candidate
  }
  throw new UniqueNumberExhaustedError(collection, MAX_ATTEMPTS)
}

/** The owner recorded for a claimed number, if any. */
export async function ownerOfNumber(
  store: TenantStore,
  collection: string,
  value: string,
): Promise<string | undefined> {
  return (await store.get<{ owner: string }>(collection, value))?.owner
}
