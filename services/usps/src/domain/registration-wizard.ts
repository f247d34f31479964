import { ConflictError, ValidationError } from '@partner-sandbox/shared'
import { RegistrationExpiredError } from '../errors'
import { isEmailTaken, isUsernameTaken, type UspsAccount } from './account'
import type { DomainContext } from './context'
import { createAccount } from './create-account'
import { getRegistration, REGISTRATIONS, type Registration } from './registration'
import type { CompanyInfo, ContactInfo, SecurityInfo } from './registration-steps'

/** Where a registration stands: the first step still to do. */
export type WizardStep = 'validate' | 'company' | 'contact' | 'security' | 'done'

export const WIZARD_PATHS: Record<WizardStep, string> = {
  validate: '/register/check-email',
  company: '/register/company',
  contact: '/register/contact',
  security: '/register/security',
  done: '/portal',
}

/** Derived from what the registration holds, never stored twice. */
export function nextWizardStep(registration: Registration): WizardStep {
  if (registration.accountId) return 'done'
  if (!registration.emailValidatedAt) return 'validate'
  if (!registration.company) return 'company'
  if (!registration.contact) return 'contact'
  return 'security'
}

const ORDER: WizardStep[] = ['validate', 'company', 'contact', 'security', 'done']

/** Loads the registration and checks that `step` is open (earlier steps done, account not made). */
export async function requireWizardStep(
  ctx: DomainContext,
  registrationId: string,
  step: Exclude<WizardStep, 'validate' | 'done'>,
): Promise<Registration> {
  const registration = await getRegistration(ctx, registrationId)
  if (!registration) throw new RegistrationExpiredError('Create New Account again to continue.')
  const next = nextWizardStep(registration)
  if (next === 'done') {
    throw new ConflictError('This registration is complete. Sign in to your account.')
  }
  if (ORDER.indexOf(next) < ORDER.indexOf(step)) {
    throw new ConflictError(`Finish the earlier step first (${WIZARD_PATHS[next]}).`)
  }
  return registration
}

/** Step 1, "Company Information". */
export async function saveCompany(
  ctx: DomainContext,
  registrationId: string,
  company: CompanyInfo,
): Promise<Registration> {
  await requireWizardStep(ctx, registrationId, 'company')
  return save(ctx, registrationId, { company })
}

/** Step 2, "Contact Information". */
export async function saveContact(
  ctx: DomainContext,
  registrationId: string,
  contact: ContactInfo,
): Promise<Registration> {
  await requireWizardStep(ctx, registrationId, 'contact')
  return save(ctx, registrationId, { contact })
}

/**
 * Step 3, "Account Security": creates the account (MFA by email, CRID, outbound MID). The username
 * and email are checked before anything is written.
 */
export async function completeRegistration(
  ctx: DomainContext,
  registrationId: string,
  security: SecurityInfo,
): Promise<UspsAccount> {
  const registration = await requireWizardStep(ctx, registrationId, 'security')
  if (await isUsernameTaken(ctx.store, security.username)) {
    throw ValidationError.forField(
      'username',
      `The username ${security.username} is taken. Choose another username.`,
    )
  }
  if (await isEmailTaken(ctx.store, registration.email)) {
    throw new ConflictError(
      `An account already uses ${registration.email}. Sign in instead, or start again with another email address.`,
    )
  }
  const { company, contact } = registration
  if (!company || !contact) throw new ConflictError('Finish the earlier steps first.')
  const account = await createAccount(ctx, {
    email: registration.email,
    username: security.username,
    password: security.password,
    company,
    contact,
  })
  await save(ctx, registrationId, { accountId: account.id })
  return account
}

async function save(
  ctx: DomainContext,
  id: string,
  patch: Partial<Registration>,
): Promise<Registration> {
  const updated = await ctx.store.update<Registration>(REGISTRATIONS, id, (r) =>
    r ? { ...r, ...patch } : r,
  )
  if (!updated) throw new RegistrationExpiredError('Create New Account again to continue.')
  return updated
}
