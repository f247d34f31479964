import {
  ConflictError,
  parseInput,
  readBody,
  type SandboxContext,
  type SandboxEnv,
  UnauthorizedError,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import * as z from 'zod'
import { publicAccount } from '../domain/account'
import {
  RegistrationCodeInput,
  StartRegistrationInput,
  startRegistration,
  validateRegistrationCode,
  validateRegistrationLink,
} from '../domain/email-validation'
import { getRegistration, type Registration } from '../domain/registration'
import {
  completeRegistration,
  nextWizardStep,
  saveCompany,
  saveContact,
} from '../domain/setup-wizard'
import { CompanyInfo, ContactInfo, SecurityInfo } from '../domain/setup-wizard-inputs'
import { readUspsSession, renewUspsSession } from '../lib/session'
import { domainContext, type UspsRuntime } from '../runtime'

/** The registration as API clients see it (never the validation code). */
function registrationView(r: Registration) {
  return {
    id: r.id,
    email: r.email,
    emailValidated: r.emailValidatedAt !== undefined,
    nextStep: nextWizardStep(r),
    company: r.company ?? null,
    contact: r.contact ?? null,
    accountId: r.accountId ?? null,
  }
}

const ValidationInput = z.union([z.object({ token: z.string().min(1) }), RegistrationCodeInput], {
  error: 'Send {"token"} from the email link or {"code"} from the email.',
})

async function sessionRegistration(c: SandboxContext): Promise<Registration> {
  const session = await readUspsSession(c)
  const registration =
    session?.stage === 'registering'
      ? await getRegistration(c.var, session.registrationId)
      : undefined
  if (!registration) {
    throw new UnauthorizedError('No registration in progress: POST /api/v1/registrations first.')
  }
  return registration
}

/** JSON twins of "Create New Account", email validation and the three wizard steps. */
export function apiRegistrationsRoutes(runtime: UspsRuntime) {
  return new Hono<SandboxEnv>()
    .post('/api/v1/registrations', async (c) => {
      const input = parseInput(StartRegistrationInput, await readBody(c))
      const registration = await startRegistration(domainContext(c, runtime), input)
      const sessionToken = await renewUspsSession(c, {
        stage: 'registering',
        registrationId: registration.id,
      })
      return c.json({ registration: registrationView(registration), sessionToken }, 201)
    })
    .get('/api/v1/registrations/current', async (c) =>
      c.json(registrationView(await sessionRegistration(c))),
    )
    .post('/api/v1/registrations/current/validation', async (c) => {
      const input = parseInput(ValidationInput, await readBody(c))
      const ctx = domainContext(c, runtime)
      if ('token' in input) {
        // The link works without the session that asked for it, as in another browser.
        const registration = await validateRegistrationLink(ctx, input.token)
        const sessionToken = await renewUspsSession(c, {
          stage: 'registering',
          registrationId: registration.id,
        })
        return c.json({ registration: registrationView(registration), sessionToken })
      }
      const current = await sessionRegistration(c)
      const registration = await validateRegistrationCode(ctx, current.id, input.code)
      return c.json({ registration: registrationView(registration) })
    })
    .put('/api/v1/registrations/current/company', async (c) => {
      const current = await sessionRegistration(c)
      const input = parseInput(CompanyInfo, await readBody(c))
      return c.json(
        registrationView(await saveCompany(domainContext(c, runtime), current.id, input)),
      )
    })
    .put('/api/v1/registrations/current/contact', async (c) => {
      const current = await sessionRegistration(c)
      const input = parseInput(ContactInfo, await readBody(c))
      return c.json(
        registrationView(await saveContact(domainContext(c, runtime), current.id, input)),
      )
    })
    .post('/api/v1/registrations/current/account', async (c) => {
      const current = await sessionRegistration(c)
      if (current.accountId)
        throw new ConflictError('This registration already created an account.')
      const input = parseInput(SecurityInfo, await readBody(c))
      const account = await completeRegistration(domainContext(c, runtime), current.id, input)
      const sessionToken = await renewUspsSession(c, {
        stage: 'signed_in',
        mfa: false,
        accountId: account.id,
      })
      return c.json({ account: publicAccount(account), sessionToken }, 201)
    })
}
