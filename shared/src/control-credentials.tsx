import { Hono } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import type { FC } from 'hono/jsx'
import * as z from 'zod'
import type { SandboxContext, SandboxEnv } from './app-env'
import { ADMIN_COOKIE } from './control-access'
import { onFormError } from './error-format'
import { ConflictError, type SandboxError, UnauthorizedError } from './errors'
import { Field, FormErrors } from './form-fields'
import { Page } from './page'
import { parseInput } from './parse-input'
import type { ServiceName } from './peer'
import { readBody } from './read-body'
import { TENANT_COOKIE, TenantName } from './tenant'
import { credentialOf, tenantToken } from './tenant-token'

export interface ControlCredentialRoutesOptions {
  service: ServiceName
  adminToken?: string
}

const SignInInput = z.object({ token: z.string().min(1, 'Enter the admin or tenant token.') })
const TenantTokenInput = z.object({ tenant: TenantName }).strict()

/**
 * The trainer's side of the control plane, mounted at `/__sandbox`: a sign-in page that turns the
 * admin token (or a trainee's tenant token) into a cookie for the outbox page and the
 * representative's desk, and `POST /tenant-tokens`, which mints a trainee's tenant token.
 *
 * @example
 * app.route('/__sandbox', controlCredentialRoutes({ service: 'usps', adminToken }))
 */
export function controlCredentialRoutes({ service, adminToken }: ControlCredentialRoutesOptions) {
  return new Hono<SandboxEnv>()
    .get('/sign-in', (c) => c.html(<SignInPage service={service} open={!adminToken} />))
    .post('/sign-in', async (c) => {
      onFormError(c, (error) => <SignInPage service={service} open={!adminToken} error={error} />)
      if (!adminToken) return c.redirect('/__sandbox/outbox', 303)
      const { token } = parseInput(SignInInput, await readBody(c))
      const credential = credentialOf(adminToken, token.trim())
      if (!credential) {
        throw new UnauthorizedError('That is neither the admin token nor a tenant token.')
      }
      setCookie(c, ADMIN_COOKIE, token.trim(), cookieOptions(c))
      // A trainee's browser lands in their own tenant, whatever tenant it was in before.
      if (credential.role === 'tenant') {
        setCookie(c, TENANT_COOKIE, credential.tenant, { ...cookieOptions(c), sameSite: 'Lax' })
      }
      return c.redirect('/__sandbox/outbox', 303)
    })
    .post('/sign-out', (c) => {
      deleteCookie(c, ADMIN_COOKIE, { path: '/' })
      return c.redirect('/__sandbox/sign-in', 303)
    })
    .post('/tenant-tokens', async (c) => {
      const { tenant } = parseInput(TenantTokenInput, await readBody(c))
      if (!adminToken) {
        throw new ConflictError(
          'This sandbox has no SANDBOX_ADMIN_TOKEN (it binds loopback only), so its control plane ' +
            'is open and needs no tenant tokens.',
        )
      }
      return c.json({ tenant, token: tenantToken(adminToken, tenant) }, 201)
    })
}

function cookieOptions(c: SandboxContext) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict' as const,
    secure: new URL(c.req.url).protocol === 'https:',
  }
}

const SignInPage: FC<{ service: ServiceName; open: boolean; error?: SandboxError }> = ({
  service,
  open,
  error,
}) => (
  <Page service={service} title="Sandbox sign-in for trainers">
    <div class="card">
      <h1>Sandbox sign-in for trainers</h1>
      {open ? (
        <p>
          This sandbox listens on loopback only and has no admin token: the outbox and the control
          API are open. <a href="/__sandbox/outbox">Open the outbox</a>.
        </p>
      ) : (
        <>
          <p class="muted">
            Enter the admin token (SANDBOX_ADMIN_TOKEN) or the tenant token your trainer gave you. A
            tenant token shows only your own tenant's outbox.
          </p>
          <form method="post" action="/__sandbox/sign-in">
            <FormErrors error={error} fields={['token']} />
            <Field label="Token" name="token" type="password" errors={error?.fieldErrors} />
            <button type="submit">Sign in</button>
          </form>
        </>
      )}
    </div>
  </Page>
)
