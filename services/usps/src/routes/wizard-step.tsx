import {
  onFormError,
  readBody,
  type SandboxContext,
  type SandboxEnv,
} from '@partner-sandbox/shared'
import type { Hono } from 'hono'
import type { FC } from 'hono/jsx'
import { getRegistration, type Registration } from '../domain/registration'
import { type FormStep, WIZARD_PATHS, wizardDetour } from '../domain/setup-wizard'
import { readUspsSession } from '../lib/session'
import type { FormState } from '../pages/form-values'
import { domainContext, type UspsRuntime } from '../runtime'

/** The registration this browser is in, from the session kept in the store. */
export async function currentRegistration(
  c: SandboxContext,
  runtime: UspsRuntime,
): Promise<Registration | undefined> {
  const session = await readUspsSession(c)
  if (session?.stage !== 'registering') return undefined
  return getRegistration(domainContext(c, runtime), session.registrationId)
}

export interface StepDefinition {
  page: FC<FormState>
  saved: (registration: Registration) => object | undefined
  save: (
    c: SandboxContext,
    registration: Registration,
    body: Record<string, unknown>,
  ) => Promise<Response>
}

/** GET shows the step (prefilled from the store), POST saves it; out-of-order visits are sent on. */
export function wizardStep(
  app: Hono<SandboxEnv>,
  runtime: UspsRuntime,
  step: FormStep,
  def: StepDefinition,
) {
  const Page = def.page
  const path = WIZARD_PATHS[step]
  const guard = async (c: SandboxContext) => {
    const registration = await currentRegistration(c, runtime)
    if (!registration) return { redirect: '/register' }
    const detour = wizardDetour(registration, step)
    return detour ? { redirect: WIZARD_PATHS[detour] } : { registration }
  }
  app.get(path, async (c) => {
    const found = await guard(c)
    if (!found.registration) return c.redirect(found.redirect)
    const saved = def.saved(found.registration) as Record<string, unknown> | undefined
    return c.html(<Page values={saved} />)
  })
  app.post(path, async (c) => {
    const found = await guard(c)
    if (!found.registration) return c.redirect(found.redirect)
    const body = await readBody(c)
    const values = { ...body, password: undefined, confirmPassword: undefined }
    onFormError(c, (error) => <Page values={values} error={error} />)
    return def.save(c, found.registration, body)
  })
}
