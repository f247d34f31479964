import { ConflictError, ValidationError } from '@partner-sandbox/shared'
import { RegistrationExpiredError } from '../errors'
import { isEmailTaken, isUsernameTaken, type UspsAccount } from './account'
import type { DomainContext } from './context'
import { createAccount } from './create-account'
import { getRegistration, type Registration, updateRegistration } from './registration'
import type { CompanyInfo, ContactInfo, SecurityInfo } from './setup-wizard-inputs'

/** The setup steps in the order a registration goes through them. */
export const WIZARD_STEPS = ['validate', 'company', 'contact', 'security', 'done'] as const
/** Where a registration stands: the first step still to do. */
export type WizardStep = (typeof WIZARD_STEPS)[number]
/** The steps a user fills in (validation has its own page, done is the portal). */
export type FormStep = Exclude<WizardStep, 'validate' | 'done'>

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

/**
 * Where to go instead of `step` when it is not open (an earlier step is still to do, or the
 * account exists already); undefined when it is.
 */
export function wizardDetour(registration: Registration, step: FormStep): WizardStep | undefined {
  const next = nextWizardStep(registration)
  if (next === 'done' || WIZARD_STEPS.indexOf(next) < WIZARD_STEPS.indexOf(step)) return next
  return undefined
}

/** Loads the registration and checks that `step` is open (earlier steps done, account not made). */
export async function requireWizardStep(
  ctx: DomainContext,
  registrationId: string,
  step: FormStep,
): Promise<Registration> {
  const registration = await getRegistration(ctx, registrationId)
  if (!registration) throw new RegistrationExpiredError('Create New Account again to continue.')
  const detour = wizardDetour(registration, step)
  if (detour === 'done') {
    throw new ConflictError('This registration is complete. Sign in to your account.')
  }
  if (detour) throw new ConflictError(`Finish the earlier step first (${WIZARD_PATHS[detour]}).`)
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
  if (await isUsernameTaken(ctx, security.username)) {
    throw ValidationError.forField(
      'username',
      `The username ${security.username} is taken. Choose another username.`,
    )
  }
  if (await isEmailTaken(ctx, registration.email)) {
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

function save(ctx: DomainContext, id: string, patch: Partial<Registration>): Promise<Registration> {
  return updateRegistration(ctx, id, (r) => ({ ...r, ...patch }))
}
