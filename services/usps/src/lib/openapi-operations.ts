// The USPS service's operations outside the v3 APIs (which declare theirs beside their routes):
// OAuth, the JSON twins of the pages under /api/v1, and USPS's own control routes.
import { type ApiOperation, looseOperation, problemAnswer } from '@partner-sandbox/shared'
import * as z from 'zod'
import { AchInput } from '../domain/add-ach-account'
import { CreditCardInput } from '../domain/add-credit-card'
import { RegistrationCodeInput, StartRegistrationInput } from '../domain/email-validation'
import { MfaCodeInput } from '../domain/mfa-challenge'
import { MicroDebitInput } from '../domain/micro-debits'
import { NewClientInput } from '../domain/register-client'
import { CompanyInfo, ContactInfo, SecurityInfo } from '../domain/setup-wizard-inputs'
import { SignInInput } from '../domain/sign-in'

const OAUTH = 'OAuth 2.0'
const API = 'Business Portal JSON API (/api/v1)'
const CONTROL = 'Control API (sandbox only)'

const OAuthErrorBody = z.object({ error: z.string(), error_description: z.string() })
const oauthError = (description: string) => ({ description, schema: OAuthErrorBody })

const TokenRequest = z.object({
  grant_type: z.enum(['authorization_code', 'refresh_token', 'client_credentials']),
  code: z.string().optional(),
  redirect_uri: z.string().optional(),
  code_verifier: z.string().optional().describe('PKCE S256 verifier'),
  refresh_token: z.string().optional(),
  scope: z.string().optional(),
  client_id: z.string().optional().describe('client_secret_post or public clients'),
  client_secret: z.string().optional(),
})
const TokenAnswer = z.looseObject({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number(),
  refresh_token: z.string().optional(),
  scope: z.string(),
})
const RevokeRequest = z.object({
  token: z.string(),
  token_type_hint: z.enum(['access_token', 'refresh_token']).optional(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
})

const PublicAccount = z.looseObject({
  id: z.string(),
  username: z.string(),
  email: z.string(),
  crid: z.string(),
  mid: z.string(),
})
const PaymentAccountView = z.looseObject({
  status: z.string(),
  epsNumber: z.string().nullable(),
  method: z.enum(['credit_card', 'ach']).nullable(),
})
const RegistrationView = z.looseObject({
  id: z.string(),
  email: z.string(),
  emailValidated: z.boolean(),
  nextStep: z.string(),
})
const NsaLinkView = z.looseObject({
  id: z.string(),
  status: z.string(),
  clientId: z.string(),
  uspsAccountId: z.string(),
  crid: z.string(),
  mid: z.string(),
  epsNumber: z.string(),
  createdAt: z.string(),
})

const FORM = 'application/x-www-form-urlencoded'
const SESSION = ['session']
const bad = problemAnswer('Invalid input: the fields and what is wrong with each')
const noSession = problemAnswer('No session: sign in first')

function api(
  method: ApiOperation['method'],
  path: string,
  summary: string,
  body: z.ZodType | undefined,
  ok: { status: string; schema: z.ZodType },
  security: string[] | undefined = SESSION,
): ApiOperation {
  return {
    method,
    path,
    tag: API,
    summary,
    ...(security ? { security } : {}),
    ...(body ? { body } : {}),
    responses: {
      [ok.status]: { description: 'Done', schema: ok.schema },
      ...(body ? { '400': bad } : {}),
      ...(security ? { '401': noSession } : {}),
    },
  }
}

/** The operation with one more documented answer (e.g. a 429 only it gives). */
function withAnswer(
  operation: ApiOperation,
  status: string,
  answer: ApiOperation['responses'][string],
): ApiOperation {
  return { ...operation, responses: { ...operation.responses, [status]: answer } }
}

export const OAUTH_OPERATIONS: ApiOperation[] = [
  {
    method: 'post',
    path: '/oauth2/v3/introspect',
    tag: OAUTH,
    summary: 'RFC 7662 token introspection (client-authenticated)',
    security: ['clientBasic'],
    body: z.object({ token: z.string(), token_type_hint: z.string().optional() }),
    bodyContentType: FORM,
    responses: {
      '200': {
        description: '`{active, ...claims}`',
        schema: z.looseObject({ active: z.boolean() }),
      },
      '401': oauthError('invalid_client'),
    },
  },
  {
    method: 'get',
    path: '/.well-known/oauth-authorization-server',
    tag: OAUTH,
    summary: 'RFC 8414 authorization server metadata',
    responses: {
      '200': {
        description: 'Metadata',
        schema: z.looseObject({ issuer: z.string(), token_endpoint: z.string() }),
      },
    },
  },
  {
    method: 'get',
    path: '/.well-known/jwks.json',
    tag: OAUTH,
    summary: 'Public keys of the access tokens and signed events',
    responses: {
      '200': { description: 'JWKS', schema: z.object({ keys: z.array(z.looseObject({})) }) },
    },
  },
  {
    method: 'get',
    path: '/oauth2/v3/authorize',
    tag: OAUTH,
    summary: 'Authorization code flow (PKCE S256): sign-in, MFA and consent pages in a browser',
    query: z.object({
      response_type: z.literal('code'),
      client_id: z.string(),
      redirect_uri: z.string(),
      scope: z.string().optional(),
      state: z.string().optional(),
      code_challenge: z.string().optional(),
      code_challenge_method: z.literal('S256').optional(),
    }),
    responses: {
      '302': { description: 'To sign-in or consent, then to redirect_uri?code=&state=' },
      '400': { description: 'An HTML page: the client or redirect URI is unknown' },
    },
  },
  {
    method: 'post',
    path: '/oauth2/v3/token',
    tag: OAUTH,
    summary: 'Token endpoint: authorization_code, refresh_token (rotated), client_credentials',
    security: ['clientBasic'],
    body: TokenRequest,
    bodyContentType: FORM,
    responses: {
      '200': { description: 'Tokens', schema: TokenAnswer },
      '400': oauthError('RFC 6749 error: invalid_request, invalid_grant, invalid_scope ...'),
      '401': oauthError('invalid_client'),
    },
  },
  {
    method: 'post',
    path: '/oauth2/v3/revoke',
    tag: OAUTH,
    summary: 'RFC 7009 revocation (a refresh token revokes its whole grant)',
    security: ['clientBasic'],
    body: RevokeRequest,
    bodyContentType: FORM,
    responses: {
      '200': { description: 'Revoked (or unknown: the same answer)' },
      '400': oauthError('invalid_request'),
      '401': oauthError('invalid_client'),
    },
  },
]

export const API_V1_OPERATIONS: ApiOperation[] = [
  api(
    'post',
    '/api/v1/registrations',
    'Create New Account: start with the email (a validation link and code go to the outbox)',
    StartRegistrationInput,
    {
      status: '201',
      schema: z.object({ registration: RegistrationView, sessionToken: z.string() }),
    },
    undefined,
  ),
  api('get', '/api/v1/registrations/current', 'The registration in progress', undefined, {
    status: '200',
    schema: RegistrationView,
  }),
  api(
    'post',
    '/api/v1/registrations/current/validation',
    'Validate the email: {"token"} from the link or {"code"} from the email',
    z.union([z.object({ token: z.string() }), RegistrationCodeInput]),
    { status: '200', schema: z.looseObject({ registration: RegistrationView }) },
  ),
  api('put', '/api/v1/registrations/current/company', 'Wizard step 1: company', CompanyInfo, {
    status: '200',
    schema: RegistrationView,
  }),
  api('put', '/api/v1/registrations/current/contact', 'Wizard step 2: contact', ContactInfo, {
    status: '200',
    schema: RegistrationView,
  }),
  api(
    'post',
    '/api/v1/registrations/current/account',
    'Wizard step 3: username and password; creates the account (CRID, MID)',
    SecurityInfo,
    { status: '201', schema: z.object({ account: PublicAccount, sessionToken: z.string() }) },
  ),
  api(
    'post',
    '/api/v1/sessions',
    'Sign in: password, then the emailed MFA code',
    SignInInput,
    {
      status: '201',
      schema: z.looseObject({ sessionToken: z.string(), mfaRequired: z.literal(true) }),
    },
    undefined,
  ),
  api('post', '/api/v1/sessions/current/mfa', 'The MFA code', MfaCodeInput, {
    status: '200',
    schema: z.object({ sessionToken: z.string(), account: PublicAccount.nullable() }),
  }),
  withAnswer(
    api(
      'post',
      '/api/v1/sessions/current/mfa/resend',
      '"Resend code": a new MFA code replaces the old one, 3 times a sign-in',
      undefined,
      {
        status: '200',
        schema: z.object({
          mfa: z.object({
            channel: z.literal('email'),
            expiresAt: z.string(),
            resendsLeft: z.number().int(),
          }),
        }),
      },
    ),
    '429',
    problemAnswer('No more new codes for this sign-in (code mfa_resend_limit)'),
  ),
  api('delete', '/api/v1/sessions/current', 'Sign out', undefined, {
    status: '204',
    schema: z.null(),
  }),
  api('get', '/api/v1/account', 'The account, its identifiers and its EPA', undefined, {
    status: '200',
    schema: PublicAccount.extend({ epaStatus: z.string(), epsNumber: z.string().nullable() }),
  }),
  api(
    'post',
    '/api/v1/payment-account/credit-card',
    'Add a credit card to the EPA (test card 4242 4242 4242 4242)',
    CreditCardInput,
    { status: '201', schema: PaymentAccountView },
  ),
  api(
    'post',
    '/api/v1/payment-account/ach',
    'Add a bank account (ACH): two micro-debits post 24 to 48 hours later',
    AchInput,
    { status: '201', schema: PaymentAccountView },
  ),
  api(
    'post',
    '/api/v1/payment-account/verification',
    'Verify the two micro-debit amounts',
    MicroDebitInput,
    { status: '200', schema: PaymentAccountView },
  ),
]

export const USPS_CONTROL_OPERATIONS: ApiOperation[] = [
  {
    method: 'get',
    path: '/__sandbox/nsa-links',
    tag: CONTROL,
    summary: 'NSA link requests',
    responses: { '200': { description: 'Links', schema: z.array(NsaLinkView) } },
  },
  {
    method: 'post',
    path: '/__sandbox/nsa-links/:id/approve',
    tag: CONTROL,
    summary:
      'Approve an NSA link (sends nsa_link.approved to Stamps.com; while the fault usps.rep-rejects is armed, rejects it instead)',
    params: z.object({ id: z.string() }),
    responses: {
      '200': { description: 'Approved', schema: NsaLinkView },
      '404': problemAnswer('No such link'),
      '409': problemAnswer('Already approved'),
    },
  },
  {
    method: 'post',
    path: '/__sandbox/oauth-clients',
    tag: CONTROL,
    summary: 'Register an OAuth client for this tenant',
    body: NewClientInput,
    responses: {
      '201': {
        description: 'The client (its secret shown once)',
        schema: z.looseObject({ clientId: z.string(), clientSecret: z.string().optional() }),
      },
      '400': bad,
    },
  },
  ...(
    [
      [
        'get',
        '/__sandbox/rep/links',
        "The representative's desk: link requests, newest first (?state=&q=)",
      ],
      [
        'post',
        '/__sandbox/rep/links/:id/approve',
        'Approve a link (nsa_link.approved to Stamps.com)',
      ],
      [
        'post',
        '/__sandbox/rep/links/:id/reject',
        'Reject a link with a reason (nsa_link.rejected)',
      ],
      ['get', '/__sandbox/rep/contracts/:eps', "The EPS number's NSA contract"],
      ['put', '/__sandbox/rep/contracts/:eps', 'Edit the NSA contract (discounts in percent off)'],
      ['get', '/__sandbox/rep/promo-codes', 'Promo codes minted'],
      [
        'post',
        '/__sandbox/rep/promo-codes',
        'Mint a promo code (promo_code.issued to ShipStation)',
      ],
      ['post', '/__sandbox/promo-codes', 'Mint a promo code (same as the desk)'],
      ['post', '/__sandbox/fixtures/usps-accounts', 'An account already at a step of the guide'],
    ] as const
  ).map(([method, path, summary]) => looseOperation(method, path, summary, CONTROL)),
]
