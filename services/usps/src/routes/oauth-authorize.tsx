import {
  errorFormat,
  onFormError,
  parseInput,
  readBody,
  type SandboxContext,
  type SandboxEnv,
  type SandboxError,
  takeFaultFlag,
  withTenant,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import * as z from 'zod'
import { issueAuthorizationCode } from '../domain/authorization-code'
import {
  type AuthorizationRequest,
  closeAuthorizationRequest,
  createAuthorizationRequest,
  getAuthorizationRequest,
  redirectWith,
  resolveAuthorizeTarget,
} from '../domain/authorization-request'
import { forgetLinkResume, rememberLinkResume } from '../domain/link-resume'
import { findClient, isSandboxTestClient, type OAuthClient } from '../domain/oauth-clients'
import { consentCovering, rememberConsent } from '../domain/oauth-consent'
import { requireEpaForLink } from '../domain/require-epa-for-link'
import { EpaRequiredError, OAuthError } from '../errors'
import { authorizeErrorFormat } from '../lib/authorize-error-format'
import { checkedBox } from '../lib/checkbox'
import { withAccountPage } from '../lib/require-account'
import { loginUrl } from '../lib/return-to'
import { mfaSignedInAccountId } from '../lib/session'
import { ConsentPage } from '../pages/consent'
import { EpaRequiredPage } from '../pages/epa-required'
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
      withAccountPage(async (c, account) => {
        const found = await findRequestAndClient(c)
        if (!found) return gone(c)
        const { request, client } = found
        const ctx = domainContext(c, runtime)
        try {
          await requireEpaForLink(ctx, client, account.id)
        } catch (error) {
          if (!(error instanceof EpaRequiredError)) throw error
          await rememberLinkResume(ctx, account.id, {
            requestId: request.id,
            clientName: client.name,
          })
          return c.html(epaRequired(request, client, error), 409)
        }
        const remembered = await consentCovering(ctx, client.id, account.id, request.scope)
        return c.html(consentPage(request, client, remembered?.grantedAt))
      }, CONSENT_NEEDS_MFA),
    )
    .post(
      '/oauth2/v3/consent/:id',
      withAccountPage(async (c, account) => {
        const found = await findRequestAndClient(c)
        if (!found) return gone(c)
        const { request, client } = found
        const ctx = domainContext(c, runtime)
        const body = await readBody(c)
        const remembered = await consentCovering(ctx, client.id, account.id, request.scope)
        onFormError(c, (error) =>
          error instanceof EpaRequiredError
            ? epaRequired(request, client, error)
            : consentPage(request, client, remembered?.grantedAt, error),
        )
        const { action } = parseInput(ConsentInput, body)
        // Fault catalogue `usps.consent-denied`: Authorize and Continue acts as Cancel.
        const denied =
          action === 'cancel' || (await takeFaultFlag(c.var.store, 'usps.consent-denied'))
        if (denied) {
          if (!(await closeAuthorizationRequest(c.var, request.id))) return gone(c)
          await forgetLinkResume(ctx, account.id)
          return c.redirect(
            back(c, request, {
              error: 'access_denied',
              error_description: 'The user denied the request.',
            }),
          )
        }
        // The page is not the only way in: a client posting here directly is refused the same.
        await requireEpaForLink(ctx, client, account.id)
        if (!remembered) {
          const agreement = checkedBox(
            `Check the box to give ${client.name} access to your USPS business account, payment accounts, CRIDs and MIDs.`,
          )
          parseInput(z.object({ agree: agreement }), body)
        }
        if (!(await closeAuthorizationRequest(c.var, request.id))) return gone(c)
        const code = await issueAuthorizationCode(ctx, request, account.id)
        await rememberConsent(ctx, client.id, account.id, request.scope)
        await forgetLinkResume(ctx, account.id)
        return c.html(
          <IntegrationSuccessPage
            clientName={client.name}
            href={back(c, request, { code: code.code })}
          />,
        )
      }, CONSENT_NEEDS_MFA),
    )
}

const consentPage = (
  request: AuthorizationRequest,
  client: OAuthClient,
  grantedAt: string | undefined,
  error?: SandboxError,
) => (
  <ConsentPage
    requestId={request.id}
    clientName={client.name}
    scope={request.scope}
    testClient={isSandboxTestClient(client)}
    grantedAt={grantedAt}
    error={error}
  />
)

const epaRequired = (
  request: AuthorizationRequest,
  client: OAuthClient,
  error: EpaRequiredError,
) => (
  <EpaRequiredPage
    requestId={request.id}
    clientName={client.name}
    uspsCode={error.uspsCode}
    message={error.message}
  />
)
