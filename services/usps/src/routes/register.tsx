import { onFormError, parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import {
  RegistrationCodeInput,
  StartRegistrationInput,
  startRegistration,
  validateRegistrationCode,
  validateRegistrationLink,
} from '../domain/email-validation'
import {
  completeRegistration,
  nextWizardStep,
  saveCompany,
  saveContact,
  WIZARD_PATHS,
} from '../domain/setup-wizard'
import { CompanyInfo, ContactInfo, SecurityInfo } from '../domain/setup-wizard-inputs'
import { renewUspsSession } from '../lib/session'
import { CheckEmailPage } from '../pages/check-email'
import { MessagePage } from '../pages/message'
import { RegisterPage } from '../pages/register'
import { CompanyStepPage } from '../pages/wizard-company'
import { ContactStepPage } from '../pages/wizard-contact'
import { SecurityStepPage } from '../pages/wizard-security'
import { domainContext, type UspsRuntime } from '../runtime'
import { currentRegistration, wizardStep } from './wizard-step'

/** "Create New Account", email validation and the three-step setup wizard. */
export function registerRoutes(runtime: UspsRuntime) {
  const app = new Hono<SandboxEnv>()
    .get('/register', async (c) => {
      const registration = await currentRegistration(c, runtime)
      const next = registration && nextWizardStep(registration)
      const resume =
        registration && next && next !== 'done'
          ? { email: registration.email, href: WIZARD_PATHS[next] }
          : undefined
      return c.html(<RegisterPage resume={resume} />)
    })
    .post('/register', async (c) => {
      const body = await readBody(c)
      onFormError(c, (error) => <RegisterPage values={body} error={error} />)
      const input = parseInput(StartRegistrationInput, body)
      const registration = await startRegistration(domainContext(c, runtime), input)
      await renewUspsSession(c, { stage: 'registering', registrationId: registration.id })
      return c.redirect('/register/check-email')
    })
    .get('/register/check-email', async (c) => {
      const registration = await currentRegistration(c, runtime)
      if (!registration) return c.redirect('/register')
      const next = nextWizardStep(registration)
      if (next !== 'validate') return c.redirect(WIZARD_PATHS[next])
      return c.html(<CheckEmailPage email={registration.email} />)
    })
    .get('/register/validate', async (c) => {
      onFormError(c, (error) => (
        <MessagePage
          title="Email validation failed"
          message={error.message}
          link={{ href: '/register', text: 'Create New Account' }}
        />
      ))
      const registration = await validateRegistrationLink(
        domainContext(c, runtime),
        c.req.query('token') ?? '',
      )
      await renewUspsSession(c, { stage: 'registering', registrationId: registration.id })
      return c.redirect(WIZARD_PATHS[nextWizardStep(registration)])
    })
    .post('/register/validate', async (c) => {
      const registration = await currentRegistration(c, runtime)
      if (!registration) return c.redirect('/register')
      onFormError(c, (error) => <CheckEmailPage email={registration.email} error={error} />)
      const { code } = parseInput(RegistrationCodeInput, await readBody(c))
      const validated = await validateRegistrationCode(
        domainContext(c, runtime),
        registration.id,
        code,
      )
      return c.redirect(WIZARD_PATHS[nextWizardStep(validated)])
    })
  wizardStep(app, runtime, 'company', {
    page: CompanyStepPage,
    saved: (r) => r.company,
    save: async (c, r, body) => {
      await saveCompany(domainContext(c, runtime), r.id, parseInput(CompanyInfo, body))
      return c.redirect(WIZARD_PATHS.contact)
    },
  })
  wizardStep(app, runtime, 'contact', {
    page: ContactStepPage,
    saved: (r) => r.contact,
    save: async (c, r, body) => {
      await saveContact(domainContext(c, runtime), r.id, parseInput(ContactInfo, body))
      return c.redirect(WIZARD_PATHS.security)
    },
  })
  wizardStep(app, runtime, 'security', {
    page: SecurityStepPage,
    saved: () => undefined,
    save: async (c, r, body) => {
      const security = parseInput(SecurityInfo, body)
      const account = await completeRegistration(domainContext(c, runtime), r.id, security)
      await renewUspsSession(c, { stage: 'signed_in', accountId: account.id, mfa: false })
      return c.redirect('/portal')
    },
  })
  return app
}
