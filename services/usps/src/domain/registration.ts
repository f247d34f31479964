import { RegistrationExpiredError } from '../errors'
import type { DomainContext } from './context'
import type { CompanyInfo, ContactInfo } from './setup-wizard-inputs'

export const REGISTRATIONS = 'registrations'

/** A "Create New Account" in progress: kept in the store so a restart mid-wizard continues. */
export interface Registration {
  id: string
  email: string
  createdAt: string
  validation: { code: string; expiresAt: string; attempts: number }
  emailValidatedAt?: string
  company?: CompanyInfo
  contact?: ContactInfo
  accountId?: string
}

export async function getRegistration(
  ctx: Pick<DomainContext, 'store'>,
  id: string,
): Promise<Registration | undefined> {
  return ctx.store.get<Registration>(REGISTRATIONS, id)
}

/** Applies `change` to the stored registration; a vanished one means starting again. */
export async function updateRegistration(
  ctx: Pick<DomainContext, 'store'>,
  id: string,
  change: (registration: Registration) => Registration,
): Promise<Registration> {
  const updated = await ctx.store.update<Registration>(REGISTRATIONS, id, (r) =>
    r ? change(r) : r,
  )
  if (!updated) throw new RegistrationExpiredError('Create New Account again to continue.')
  return updated
}
