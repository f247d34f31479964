import {
  errorFormat,
  onFormError,
  parseInput,
  readBody,
  type SandboxContext,
  type SandboxEnv,
  takeFaultFlag,
  withTenant,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { z } from 'zod'
import { issueAuthorizationCode } from '../domain/authorization-code'
import {
  type AuthorizationRequest,
  closeAuthorizationRequest,
  createAuthorizationRequest,
  getAuthorizationRequest,
  redirectWith,
  resolveAuthorizeTarget,
} from '../domain/authorization-request'
import { findClient } from '../domain/oauth-clients'
import { OAuthError } from '../errors'
import { authorizeErrorFormat } from '../lib/authorize-error-format'
import { checkedBox } from '../lib/checkbox'
import { withAccountPage } from '../lib/require-account'
import { loginUrl } from '../lib/return-to'
import { mfaSignedInAccountId } from '../lib/session'
import { ConsentPage } from '../pages/consent'
import { IntegrationSuccessPage } from '../pages/integration-success'
import { MessagePage } from '../pages/message'
import { domainContext, type UspsRuntime } from '../runtime'

const consentPath = (id: string) => `/oauth2/v3/consent/${id}`
const CONSENT_NEEDS_MFA = { mfa: true } as const

const ConsentInput = z.object({ action: z.enum(['authorize', 'cancel']).default('authorize') })

const gone = (c: SandboxContext) =>
  c.html(
    <MessagePage
      title="Authorization request expired"
      message="This authorization request has expired or was already answered. Start the link again from the application."
    />,
    400,
  )

/** The client's redirect_uri with the answer (code, or error and error_description) and state. */
const backToClient = (
  c: SandboxContext,
  redirectUri: string,
  state: string | undefined,
  params: Record<string, string>,
) => withTenant(redirectWith(redirectUri, { ...params, state }), c.var.tenant)

/** The authorization endpoint, the consent screen and "Successful Integration". */
export function oauthAuthorizeRoutes(runtime: UspsRuntime) {
  const findRequestAndClient = async (c: SandboxContext) => {
    const request = await getAuthorizationRequest(c.var, c.req.param('id') ?? '')
    const client = request && (await findClient(c.var, runtime.clients, request.clientId))
    return request && client ? { request, client } : undefined
  }
  const back = (c: SandboxContext, request: AuthorizationRequest, params: Record<string, string>) =>
    backToClient(c, request.redirectUri, request.state, params)

  return new Hono<SandboxEnv>()
    .use('/oauth2/v3/authorize', errorFormat(authorizeErrorFormat))
    .get('/oauth2/v3/authorize', async (c) => {
      const query = c.req.query()
      // RFC 6749 4.1.2.1: never redirect to an unverified redirect_uri (authorizeErrorFormat).
      const target = await resolveAuthorizeTarget(c.var, runtime.clients, query)
      try {
        const request = await createAuthorizationRequest(domainContext(c, runtime), target, query)
        const next = consentPath(request.id)
        return c.redirect((await mfaSignedInAccountId(c)) ? next : loginUrl(next))
      } catch (error) {
        // Past the redirect_uri check, RFC 6749 4.1.2.1 answers the client, not the user.
        if (!(error instanceof OAuthError)) throw error
        return c.redirect(
          backToClient(c, target.redirectUri, query.state, {
            error: error.oauthError,
            error_description: error.message,
          }),
        )
      }
    })
    .get(
      '/oauth2/v3/consent/:id',
      withAccountPage(async (c) => {
        const found = await findRequestAndClient(c)
        if (!found) return gone(c)
        return c.html(
          <ConsentPage
            requestId={found.request.id}
            clientName={found.client.name}
            scope={found.request.scope}
          />,
        )
      }, CONSENT_NEEDS_MFA),
    )
    .post(
      '/oauth2/v3/consent/:id',
      withAccountPage(async (c, account) => {
        const found = await findRequestAndClient(c)
        if (!found) return gone(c)
        const { request, client } = found
        const body = await readBody(c)
        onFormError(c, (error) => (
          <ConsentPage
            requestId={request.id}
            clientName={client.name}
            scope={request.scope}
            error={error}
          />
        ))
        const { action } = parseInput(ConsentInput, body)
        // Fault catalogue `usps.consent-denied`: Authorize and Continue acts as Cancel.
        const denied =
          action === 'cancel' || (await takeFaultFlag(c.var.store, 'usps.consent-denied'))
        if (denied) {
          if (!(await closeAuthorizationRequest(c.var, request.id))) return gone(c)
          return c.redirect(
            back(c, request, {
              error: 'access_denied',
              error_description: 'The user denied the request.',
            }),
          )
        }
        const agreement = checkedBox(
          `Check the box to give ${client.name} access to your USPS business account, payment accounts, CRIDs and MIDs.`,
        )
        parseInput(z.object({ agree: agreement }), body)
        if (!(await closeAuthorizationRequest(c.var, request.id))) return gone(c)
        const code = await issueAuthorizationCode(domainContext(c, runtime), request, account.id)
        return c.html(
          <IntegrationSuccessPage
            clientName={client.name}
            href={back(c, request, { code: code.code })}
          />,
        )
      }, CONSENT_NEEDS_MFA),
    )
}
