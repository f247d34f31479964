// src/errors.ts
import { SandboxError } from '@partner-sandbox/shared'

var ERROR_CODES = [
  'no_session',
  'invalid_sso_link',
  'invalid_oauth_state',
  'usps_access_denied',
  'usps_token_rejected',
  'usps_not_linked',
  'usps_link_expired',
  'usps_verification_failed',
  'invalid_status_transition',
  'unknown_event',
]
var StampsError = class extends SandboxError {
  constructor(code, status, title, detail, options) {
    super(code, status, title, detail, options)
  }
}
var NoSessionError = class extends StampsError {
  constructor() {
    super(
      'no_session',
      401,
      'Not signed in',
      'Open this page from ShipStation: click See Instructions.',
    )
  }
}
var InvalidSsoLinkError = class extends StampsError {
  reason
  constructor(reason, options) {
    super(
      'invalid_sso_link',
      401,
      'Sign-in link not valid',
      `This sign-in link is not valid: ${reason}. Click See Instructions in ShipStation again to get a new link.`,
      options,
    )
    this.reason = reason
  }
}
var InvalidOAuthStateError = class extends StampsError {
  constructor(reason) {
    super(
      'invalid_oauth_state',
      400,
      'USPS sign-in response not valid',
      `This response from USPS cannot be used: ${reason}. Click Link your business account to try again.`,
    )
  }
}
var UspsAccessDeniedError = class extends StampsError {
  constructor(detail) {
    super('usps_access_denied', 400, 'USPS access not granted', detail)
  }
}
var UspsTokenRejectedError = class extends StampsError {
  uspsError
  constructor(uspsError, description, status) {
    super(
      'usps_token_rejected',
      status,
      'USPS refused the authorization',
      `USPS refused the authorization (${uspsError})${description ? `: ${description}` : ''}. Click Link your business account to try again.`,
    )
    this.uspsError = uspsError
  }
}
var UspsNotLinkedError = class extends StampsError {
  constructor() {
    super(
      'usps_not_linked',
      409,
      'USPS business account not linked',
      'Link your USPS business account first: go back to the guidelines and click Link your business account.',
    )
  }
}
var UspsLinkExpiredError = class extends StampsError {
  constructor(detail) {
    super(
      'usps_link_expired',
      409,
      'USPS authorization expired',
      `${detail} Click Link your business account to sign in to USPS again.`,
    )
  }
}
var UspsVerificationError = class extends StampsError {
  uspsCode
  constructor(uspsCode, detail, hint) {
    super(
      'usps_verification_failed',
      422,
      'USPS could not verify these details',
      `USPS could not verify these details (${uspsCode}): ${detail} ${hint}`,
    )
    this.uspsCode = uspsCode
  }
}
var InvalidStatusTransitionError = class extends StampsError {
  from
  to
  constructor(from, to, detail) {
    super('invalid_status_transition', 409, 'Step not possible now', detail)
    this.from = from
    this.to = to
  }
}
var UnknownEventError = class extends StampsError {
  constructor(event) {
    super(
      'unknown_event',
      422,
      'Unknown event',
      `Stamps.com does not handle the event "${event}"; it accepts "nsa_link.approved".`,
    )
  }
}

// src/domain/cop-status.ts
import { z } from 'zod'

var CopStatus = z.enum(['not_started', 'usps_linked', 'approval_pending', 'approved'])
var NEXT = {
  not_started: ['usps_linked'],
  usps_linked: ['usps_linked', 'approval_pending'],
  approval_pending: ['approved'],
  approved: [],
}
var REFUSAL = {
  not_started: 'Link your USPS business account first: click Link your business account.',
  usps_linked: 'Enter your CRID, MID and EPS Number first.',
  approval_pending:
    'Your USPS account details were already sent; USPS business account approval is pending.',
  approved: 'Your USPS business account is already linked and NSA rates are active.',
}
function canTransition(from, to) {
  return NEXT[from].includes(to)
}
function transition(from, to) {
  if (!canTransition(from, to)) throw new InvalidStatusTransitionError(from, to, REFUSAL[from])
  return to
}

// src/clients/shipstation-events.ts
import { deliverPendingEvents, enqueueEvent, signEvent } from '@partner-sandbox/shared'
// src/domain/submit-identifiers.ts
import { z as z5 } from 'zod'

var SHIPSTATION_EVENTS_PATH = '/partner/events'
async function sendCopEvent(ctx, shipstationAccountId, event, ids) {
  const token = await signEvent(await ctx.keys(), {
    issuer: ctx.baseUrl,
    audience: ctx.peers.shipstation.baseUrl,
    tenant: ctx.store.tenant,
    subject: shipstationAccountId,
    event,
    data: { crid: ids.crid, mid: ids.mid, epsNumber: ids.epsNumber },
    clock: ctx.clock,
  })
  await enqueueEvent(ctx.store, ctx.clock, {
    peer: 'shipstation',
    path: SHIPSTATION_EVENTS_PATH,
    token,
  })
  await deliverPendingEvents(ctx.store, ctx.peers)
}

// src/clients/usps-payments-client.ts
// src/clients/usps-request.ts
import {
  PeerUnavailableError,
  PeerUnavailableError as PeerUnavailableError2,
  TENANT_HEADER,
  USPS_ERROR,
  urlOf,
} from '@partner-sandbox/shared'
import { z as z2, z as z3 } from 'zod'

async function requestUsps(ctx, path, request) {
  const usps = ctx.peers.usps
  const headers = {
    authorization: request.authorization,
    accept: 'application/json',
    [TENANT_HEADER]: ctx.store.tenant,
    ...request.headers,
  }
  let body
  if (request.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(request.form).toString()
  } else if (request.json !== void 0) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(request.json)
  }
  let res
  try {
    res = await usps.fetch(urlOf(usps.baseUrl, path), {
      method: request.method ?? 'POST',
      headers,
      body,
    })
  } catch (cause) {
    throw new PeerUnavailableError(request.unreachable, { cause })
  }
  const parsed = await res.json().catch(() => void 0)
  return { status: res.status, ok: res.ok, body: parsed }
}
var Code = z2.union([z2.string(), z2.number()]).transform(String)
var UspsErrorEnvelope = z2.object({
  apiVersion: z2.string().optional(),
  error: z2.object({
    code: Code.optional(),
    message: z2.string().optional(),
    errors: z2
      .array(
        z2.object({
          status: Code.optional(),
          code: Code.optional(),
          title: z2.string().optional(),
          detail: z2.string().optional(),
        }),
      )
      .optional(),
  }),
})
function uspsErrorOf(answer) {
  const envelope = UspsErrorEnvelope.safeParse(answer.body)
  if (!envelope.success) return void 0
  const first = envelope.data.error.errors?.[0]
  return {
    code: first?.code ?? envelope.data.error.code ?? String(answer.status),
    detail: first?.detail ?? envelope.data.error.message ?? 'USPS gave no reason.',
  }
}

// src/clients/usps-payments-client.ts
var PaymentAuthorization = z3.object({ paymentAuthorizationToken: z3.string().min(1) })
var FOREIGN_IDENTIFIER = '403'
var HINTS = {
  [USPS_ERROR.EPS_ACCOUNT_NOT_FOUND]: 'Check the EPS number in the USPS Business Portal.',
  [USPS_ERROR.EPS_NO_PRIMARY_PAYMENT_METHOD]:
    'Add a payment method to your payment account in the USPS Business Portal.',
  [USPS_ERROR.EPS_PAYMENT_METHOD_NOT_ACTIVE]:
    'Check the payment method in the USPS Business Portal; an ACH account stays Pending until the micro-debits are verified.',
  [USPS_ERROR.CARD_VALIDATION_UNAVAILABLE]: 'Try again in a few minutes.',
  [USPS_ERROR.CARD_VALIDATION_FAILED]:
    'Check the credit card of your payment account in the USPS Business Portal.',
  [USPS_ERROR.INSUFFICIENT_FUNDS]: 'Add funds to your payment account in the USPS Business Portal.',
  [FOREIGN_IDENTIFIER]:
    'Enter the CRID and MID shown in the USPS Business Portal of the account you linked.',
}
var DEFAULT_HINT =
  'Check the CRID, MID and EPS Number shown in the USPS Business Portal and try again.'
async function authorizeUspsPayment(ctx, accessToken, ids) {
  const role = {
    CRID: ids.crid,
    MID: ids.mid,
    manifestMID: ids.mid,
    accountType: 'EPS',
    accountNumber: ids.epsNumber,
  }
  const answer = await requestUsps(ctx, '/payments/v3/payment-authorization', {
    authorization: `Bearer ${accessToken}`,
    json: {
      roles: [
        { roleName: 'PAYER', ...role },
        { roleName: 'LABEL_OWNER', ...role },
      ],
    },
    unreachable: 'USPS could not be reached to verify your account details. Try again in a moment.',
  })
  if (answer.ok) {
    const parsed = PaymentAuthorization.safeParse(answer.body)
    if (parsed.success) return parsed.data
    throw new PeerUnavailableError2(
      'USPS answered the payment authorization with an unexpected body.',
    )
  }
  if (answer.status === 401) {
    throw new UspsLinkExpiredError(
      'USPS no longer accepts the authorization Stamps.com holds for your account.',
    )
  }
  const refusal = uspsErrorOf(answer)
  if (answer.status >= 500 || !refusal) {
    throw new PeerUnavailableError2(
      `USPS answered the payment authorization with HTTP ${answer.status}.`,
    )
  }
  throw new UspsVerificationError(refusal.code, refusal.detail, HINTS[refusal.code] ?? DEFAULT_HINT)
}

// src/domain/cop-account.ts
var COP_ACCOUNTS = 'cop_accounts'
function getCopAccount(ctx, id) {
  return ctx.store.get(COP_ACCOUNTS, id)
}
function listCopAccounts(ctx) {
  return ctx.store.list(COP_ACCOUNTS)
}
async function findOrCreateCopAccount(ctx, profile) {
  const now = ctx.clock.now().toISOString()
  const saved = await ctx.store.update(COP_ACCOUNTS, profile.shipstationAccountId, (current) =>
    current
      ? { ...current, ...profile, updatedAt: now }
      : {
          ...profile,
          id: profile.shipstationAccountId,
          status: 'not_started',
          createdAt: now,
          updatedAt: now,
        },
  )
  return saved
}
async function changeCopAccount(ctx, id, change) {
  return ctx.store.update(COP_ACCOUNTS, id, (current) =>
    current ? { ...change(current), updatedAt: ctx.clock.now().toISOString() } : void 0,
  )
}
function viewCopAccount(account) {
  const { usps, ...rest } = account
  return { ...rest, uspsLinked: usps !== void 0, uspsLinkedAt: usps?.linkedAt }
}

// src/clients/usps-token-client.ts
import { PeerUnavailableError as PeerUnavailableError3 } from '@partner-sandbox/shared'
import { z as z4 } from 'zod'

var TokenResponse = z4.object({
  access_token: z4.string().min(1),
  token_type: z4.string().optional(),
  expires_in: z4.coerce.number().int().positive(),
  refresh_token: z4.string().min(1).optional(),
  scope: z4.string().optional(),
})
var OAuthError = z4.object({
  error: z4.string().min(1),
  error_description: z4.string().optional(),
})
async function requestUspsTokens(ctx, grant) {
  const { clientId, clientSecret } = ctx.uspsClient
  const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64')
  const answer = await requestUsps(ctx, '/oauth2/v3/token', {
    authorization: `Basic ${basic}`,
    form: grant,
    unreachable: 'USPS could not be reached to finish linking your account. Try again in a moment.',
  })
  if (!answer.ok) throw rejection(answer.status, answer.body)
  const parsed = TokenResponse.safeParse(answer.body)
  if (!parsed.success) {
    throw new PeerUnavailableError3('USPS answered the token request with an unexpected body.')
  }
  const now = ctx.clock.now()
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token,
    accessTokenExpiresAt: new Date(now.getTime() + parsed.data.expires_in * 1e3).toISOString(),
    scope: parsed.data.scope,
    linkedAt: now.toISOString(),
  }
}
function rejection(status, body) {
  const parsed = OAuthError.safeParse(body)
  if (!parsed.success) {
    return new PeerUnavailableError3(`USPS answered the token request with HTTP ${status}.`)
  }
  const { error, error_description } = parsed.data
  const userCanFix = error === 'invalid_grant' || error === 'invalid_request'
  return new UspsTokenRejectedError(error, error_description, userCanFix ? 400 : 502)
}

// src/domain/usps-access-token.ts
var AUTHORIZATION_EXPIRED = 'Your USPS authorization has expired.'
async function currentUspsAccessToken(ctx, account) {
  const usps = account.usps
  if (!usps) throw new UspsNotLinkedError()
  if (Date.parse(usps.accessTokenExpiresAt) > ctx.clock.now().getTime()) return usps.accessToken
  if (!usps.refreshToken) throw new UspsLinkExpiredError(AUTHORIZATION_EXPIRED)
  let fresh
  try {
    fresh = await requestUspsTokens(ctx, {
      grant_type: 'refresh_token',
      refresh_token: usps.refreshToken,
    })
  } catch (error) {
    if (error instanceof UspsTokenRejectedError && error.status === 400) {
      throw new UspsLinkExpiredError(AUTHORIZATION_EXPIRED)
    }
    throw error
  }
  await changeCopAccount(ctx, account.id, (current) => ({
    ...current,
    usps: {
      ...fresh,
      // USPS may keep the refresh token; the link itself dates from the first consent.
      refreshToken: fresh.refreshToken ?? usps.refreshToken,
      linkedAt: usps.linkedAt,
    },
  }))
  return fresh.accessToken
}

// src/domain/submit-identifiers.ts
var CRID_MAX_DIGITS = 15
var MID_SHORT_DIGITS = 6
var MID_LONG_DIGITS = 9
var EPS_NUMBER_DIGITS = 10
var digits = (label, pattern, rule) =>
  z5
    .string({ error: `Enter your ${label}.` })
    .trim()
    .min(1, `Enter your ${label}.`)
    .regex(pattern, `The ${label} ${rule}. Copy it from the USPS Business Portal.`)
var ConnectionIdentifiers = z5.object({
  crid: digits(
    'CRID',
    new RegExp(`^\\d{1,${CRID_MAX_DIGITS}}$`),
    `is a number of up to ${CRID_MAX_DIGITS} digits`,
  ),
  // A short MID starts with 0-8, a long one with 9.
  mid: digits(
    'MID',
    new RegExp(`^([0-8]\\d{${MID_SHORT_DIGITS - 1}}|9\\d{${MID_LONG_DIGITS - 1}})$`),
    `has ${MID_SHORT_DIGITS} digits starting with 0-8, or ${MID_LONG_DIGITS} digits starting with 9`,
  ),
  epsNumber: digits(
    'EPS Number',
    new RegExp(`^\\d{${EPS_NUMBER_DIGITS}}$`),
    `has exactly ${EPS_NUMBER_DIGITS} digits`,
  ),
})
async function submitIdentifiers(ctx, account, ids) {
  if (account.status === 'not_started' || !account.usps) throw new UspsNotLinkedError()
  transition(account.status, 'approval_pending')
  const accessToken = await currentUspsAccessToken(ctx, account)
  await authorizeUspsPayment(ctx, accessToken, ids)
  const pending = await changeCopAccount(ctx, account.id, (current) => ({
    ...current,
    status: transition(current.status, 'approval_pending'),
    identifiers: { crid: ids.crid, mid: ids.mid, epsNumber: ids.epsNumber },
    approvalRequestedAt: ctx.clock.now().toISOString(),
  }))
  if (!pending) throw new UspsNotLinkedError()
  await sendCopEvent(ctx, pending.id, 'cop.approval_pending', ids)
  return pending
}

// src/lib/session.ts
import { readSession, startSession } from '@partner-sandbox/shared'

var SESSION_COOKIE = 'stamps_session'
var SESSION_TTL_SECONDS = 8 * 3600
function startCopSession(c, account) {
  return startSession(
    c,
    { cookieName: SESSION_COOKIE, ttlSeconds: SESSION_TTL_SECONDS },
    { accountId: account.id },
  )
}
async function currentCopAccount(c) {
  const session = await readSession(c, SESSION_COOKIE)
  const account = session ? await getCopAccount(c.var, session.accountId) : void 0
  if (!account) throw new NoSessionError()
  return account
}

// src/runtime.ts
var DEFAULT_USPS_CLIENT = Object.freeze({
  clientId: 'auctane',
  clientSecret: 'auctane-sandbox-secret',
})
function domainContext(c, runtime) {
  return {
    store: c.var.store,
    clock: c.var.clock,
    baseUrl: runtime.peers.stamps.baseUrl,
    peers: runtime.peers,
    keys: runtime.keys,
    shipstationKeys: runtime.shipstationKeys,
    uspsKeys: runtime.uspsKeys,
    uspsClient: runtime.uspsClient,
  }
}

// src/pages/status-banner.tsx
import { jsx } from 'hono/jsx/jsx-runtime'

var APPROVAL_PENDING_TEXT = 'USPS business account approval is pending'
var APPROVED_TEXT = 'Your USPS business account is linked. NSA rates are active.'
var StatusBanner = ({ status }) => {
  if (status === 'approval_pending') {
    return /* @__PURE__ */ jsx('div', {
      class: 'banner info',
      role: 'status',
      children: APPROVAL_PENDING_TEXT,
    })
  }
  if (status === 'approved') {
    return /* @__PURE__ */ jsx('div', {
      class: 'banner success',
      role: 'status',
      children: APPROVED_TEXT,
    })
  }
  return null
}

// src/app.ts
// src/routes/connect.tsx
import {
  createServiceApp,
  lazyServiceKeys,
  onFormError,
  parseInput,
  peerKeySet,
  readBody,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'

// src/lib/connection-view.ts
function connectionOf(account) {
  return {
    accountId: account.id,
    status: account.status,
    linked: account.usps !== void 0,
    identifiers: account.identifiers ?? null,
    uspsLinkedAt: account.usps?.linkedAt ?? null,
    approvalRequestedAt: account.approvalRequestedAt ?? null,
    approvedAt: account.approvedAt ?? null,
  }
}

// src/pages/connect-page.tsx
import { Field, FormErrors, Page } from '@partner-sandbox/shared'

// src/pages/cop-nav.tsx
import { Fragment, jsx as jsx2, jsxs } from 'hono/jsx/jsx-runtime'

var CopNav = () =>
  /* @__PURE__ */ jsxs(Fragment, {
    children: [
      /* @__PURE__ */ jsx2('a', { href: '/guidelines', children: 'Guidelines' }),
      /* @__PURE__ */ jsx2('a', { href: '/status', children: 'Connection status' }),
    ],
  })

// src/pages/connect-page.tsx
import { jsx as jsx3, jsxs as jsxs2 } from 'hono/jsx/jsx-runtime'

var IDENTIFIERS = [
  { name: 'crid', label: 'CRID', hint: 'Customer Registration ID, up to 15 digits.' },
  { name: 'mid', label: 'MID', hint: 'Mailer ID: 6 digits, or 9 digits starting with 9.' },
  {
    name: 'epsNumber',
    label: 'EPS Number',
    hint: 'Enterprise Payment System account number, 10 digits.',
  },
]
var FIELDS = IDENTIFIERS.map((field) => field.name)
var ConnectPage = ({ values = {}, error }) =>
  /* @__PURE__ */ jsx3(Page, {
    service: 'stamps',
    title: 'Enter your USPS account details',
    nav: /* @__PURE__ */ jsx3(CopNav, {}),
    children: /* @__PURE__ */ jsxs2('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx3('h1', { children: 'Enter your USPS account details' }),
        /* @__PURE__ */ jsx3('p', {
          children:
            'Enter the CRID, MID and EPS Number your USPS sales representative gave you; they are also shown in the USPS Business Portal.',
        }),
        /* @__PURE__ */ jsx3(FormErrors, { error, fields: FIELDS }),
        error?.code === 'usps_link_expired'
          ? /* @__PURE__ */ jsx3('p', {
              children: /* @__PURE__ */ jsx3('a', {
                href: '/usps/link',
                children: 'Link your business account',
              }),
            })
          : null,
        /* @__PURE__ */ jsxs2('form', {
          method: 'post',
          action: '/connect',
          children: [
            IDENTIFIERS.map((field) =>
              /* @__PURE__ */ jsx3(Field, {
                label: field.label,
                name: field.name,
                value: values[field.name],
                errors: error?.fieldErrors,
                inputmode: 'numeric',
                required: true,
                hint: field.hint,
              }),
            ),
            /* @__PURE__ */ jsx3('button', { type: 'submit', children: 'Complete Connection' }),
          ],
        }),
      ],
    }),
  })

// src/pages/error-page.tsx
import { Page as Page2 } from '@partner-sandbox/shared'
import { jsx as jsx4, jsxs as jsxs3 } from 'hono/jsx/jsx-runtime'

var LINK_USPS = { href: '/usps/link', label: 'Link your business account' }
var GUIDELINES = { href: '/guidelines', label: 'Back to the guidelines' }
var NEXT_STEP = {
  invalid_oauth_state: LINK_USPS,
  usps_access_denied: LINK_USPS,
  usps_token_rejected: LINK_USPS,
  usps_link_expired: LINK_USPS,
  peer_unavailable: GUIDELINES,
  usps_not_linked: GUIDELINES,
  invalid_status_transition: { href: '/status', label: 'See your connection status' },
  validation_failed: GUIDELINES,
}
var ErrorPage = ({ error }) => {
  const next = NEXT_STEP[error.code]
  return /* @__PURE__ */ jsx4(Page2, {
    service: 'stamps',
    title: error.title,
    children: /* @__PURE__ */ jsxs3('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx4('h1', { children: error.title }),
        /* @__PURE__ */ jsx4('p', { role: 'alert', children: error.message }),
        next
          ? /* @__PURE__ */ jsx4('p', {
              children: /* @__PURE__ */ jsx4('a', { href: next.href, children: next.label }),
            })
          : null,
      ],
    }),
  })
}
var errorPage = (error) => /* @__PURE__ */ jsx4(ErrorPage, { error })

// src/routes/connect.tsx
import { jsx as jsx5 } from 'hono/jsx/jsx-runtime'

var asText = (value) => (typeof value === 'string' ? value : void 0)
function connectRoutes(runtime) {
  return new Hono()
    .get('/connect', async (c) => {
      onFormError(c, errorPage)
      const account = await currentCopAccount(c)
      if (account.status === 'approval_pending' || account.status === 'approved') {
        return c.redirect('/status', 302)
      }
      if (!account.usps) throw new UspsNotLinkedError()
      return c.html(/* @__PURE__ */ jsx5(ConnectPage, {}))
    })
    .post('/connect', async (c) => {
      onFormError(c, errorPage)
      const account = await currentCopAccount(c)
      const body = await readBody(c)
      const values = {
        crid: asText(body.crid),
        mid: asText(body.mid),
        epsNumber: asText(body.epsNumber),
      }
      onFormError(c, (error) =>
        // Refusals about the flow (not the typed values) get a page with the way forward.
        error instanceof UspsNotLinkedError || error instanceof InvalidStatusTransitionError
          ? /* @__PURE__ */ jsx5(ErrorPage, { error })
          : /* @__PURE__ */ jsx5(ConnectPage, { values, error }),
      )
      const ids = parseInput(ConnectionIdentifiers, body)
      await submitIdentifiers(domainContext(c, runtime), account, ids)
      return c.redirect('/status', 302)
    })
    .post('/api/v1/connection/identifiers', async (c) => {
      const account = await currentCopAccount(c)
      const ids = parseInput(ConnectionIdentifiers, await readBody(c))
      const pending = await submitIdentifiers(domainContext(c, runtime), account, ids)
      return c.json(connectionOf(pending))
    })
}

// src/routes/guidelines.tsx
// src/pages/guidelines-page.tsx
import {
  onFormError as onFormError2,
  Page as Page3,
  urlOf as urlOf2,
  withTenant,
} from '@partner-sandbox/shared'
import { Hono as Hono2 } from 'hono'
import { jsx as jsx6, jsxs as jsxs4 } from 'hono/jsx/jsx-runtime'

var GuidelinesPage = ({ account, uspsLoginUrl }) =>
  /* @__PURE__ */ jsxs4(Page3, {
    service: 'stamps',
    title: 'Connect your USPS business account',
    nav: /* @__PURE__ */ jsx6(CopNav, {}),
    banners: /* @__PURE__ */ jsx6(StatusBanner, { status: account.status }),
    children: [
      /* @__PURE__ */ jsxs4('div', {
        class: 'card',
        children: [
          /* @__PURE__ */ jsx6('h1', { children: 'Connect your USPS business account' }),
          /* @__PURE__ */ jsx6('p', {
            children:
              'Link your USPS Enterprise Payment Account (EPA) and your NSA contract rates to your ShipStation account through Stamps.com.',
          }),
          /* @__PURE__ */ jsx6(CurrentStep, { account }),
          /* @__PURE__ */ jsx6('p', {
            class: 'muted',
            children:
              'Have these from your USPS sales representative: Promo Code, CRID (Customer Registration ID), MID (Mailer ID) and EPS (Enterprise Payment System) Number.',
          }),
        ],
      }),
      /* @__PURE__ */ jsxs4('section', {
        class: 'card',
        'aria-labelledby': 'new-to-usps',
        children: [
          /* @__PURE__ */ jsx6('h2', { id: 'new-to-usps', children: 'New to USPS?' }),
          /* @__PURE__ */ jsx6('p', {
            children:
              'Create your USPS business account (or sign in to it), then add your payment account in the section "Add your payment account to get started". This step is mandatory to complete the connection to Stamps.com.',
          }),
          /* @__PURE__ */ jsx6('a', {
            href: uspsLoginUrl,
            target: '_blank',
            rel: 'noopener',
            children: 'Setup your USPS business account',
          }),
        ],
      }),
      /* @__PURE__ */ jsxs4('section', {
        class: 'card',
        'aria-labelledby': 'finalize',
        children: [
          /* @__PURE__ */ jsx6('h2', { id: 'finalize', children: 'Finalize Your Connection' }),
          /* @__PURE__ */ jsx6('p', {
            children:
              'With your USPS business account and EPA set up, sign in to USPS and grant Auctane access. You then come back here to enter your CRID, MID and EPS Number.',
          }),
          /* @__PURE__ */ jsx6('a', {
            class: 'button',
            href: '/usps/link',
            children: 'Link your business account',
          }),
        ],
      }),
    ],
  })
var CurrentStep = ({ account }) => {
  switch (account.status) {
    case 'not_started':
      return /* @__PURE__ */ jsx6('p', {
        children: 'Status: your USPS business account is not linked yet.',
      })
    case 'usps_linked':
      return /* @__PURE__ */ jsxs4('p', {
        children: [
          'Status: your USPS business account is linked to Stamps.com.',
          ' ',
          /* @__PURE__ */ jsx6('a', {
            href: '/connect',
            children: 'Enter your USPS account details',
          }),
          ' to finish.',
        ],
      })
    case 'approval_pending':
      return /* @__PURE__ */ jsxs4('p', {
        children: [
          'Status: USPS business account approval is pending. ',
          /* @__PURE__ */ jsx6('a', { href: '/status', children: 'See status' }),
        ],
      })
    case 'approved':
      return /* @__PURE__ */ jsx6('p', {
        children: 'Status: Your USPS business account is linked. NSA rates are active.',
      })
  }
}

// src/routes/guidelines.tsx
import { jsx as jsx7 } from 'hono/jsx/jsx-runtime'

function guidelinesRoutes(runtime) {
  return new Hono2()
    .get('/', (c) => c.redirect('/guidelines', 302))
    .get('/guidelines', async (c) => {
      onFormError2(c, errorPage)
      const account = await currentCopAccount(c)
      const uspsLoginUrl = withTenant(urlOf2(runtime.peers.usps.baseUrl, '/login'), c.var.tenant)
      return c.html(/* @__PURE__ */ jsx7(GuidelinesPage, { account, uspsLoginUrl }))
    })
}

// src/routes/partner-events.ts
// src/domain/receive-partner-event.ts
import {
  applySignedEvent,
  NotFoundError,
  parseInput as parseInput2,
  readBody as readBody2,
} from '@partner-sandbox/shared'
import { Hono as Hono3 } from 'hono'
import { z as z6 } from 'zod'

var NsaLinkApproved = z6.object({
  linkId: z6.string().optional(),
  crid: z6.string().min(1),
  mid: z6.string().min(1),
  epsNumber: z6.string().min(1),
  uspsAccountId: z6.string().optional(),
})
async function receivePartnerEvent(ctx, body) {
  const { store, clock } = ctx
  return applySignedEvent(
    body,
    ctx.uspsKeys,
    { issuer: ctx.peers.usps.baseUrl, audience: ctx.baseUrl, store, clock },
    async (received) => {
      if (received.event !== 'nsa_link.approved') throw new UnknownEventError(received.event)
      const ids = parseInput2(NsaLinkApproved, received.data)
      const account = (await listCopAccounts(ctx)).find(
        (a) =>
          a.status === 'approval_pending' &&
          a.identifiers?.crid === ids.crid &&
          a.identifiers.mid === ids.mid &&
          a.identifiers.epsNumber === ids.epsNumber,
      )
      if (!account) {
        throw new NotFoundError(
          `No Stamps.com account is waiting for approval of CRID ${ids.crid}, MID ${ids.mid}, EPS Number ${ids.epsNumber}.`,
        )
      }
      const approved = await changeCopAccount(ctx, account.id, (current) => ({
        ...current,
        status: transition(current.status, 'approved'),
        approvedAt: ctx.clock.now().toISOString(),
      }))
      if (!approved)
        throw new NotFoundError(`The Stamps.com account ${account.id} no longer exists.`)
      await sendCopEvent(ctx, approved.id, 'cop.approved', ids)
      return approved.id
    },
  )
}

// src/routes/partner-events.ts
function partnerEventRoutes(runtime) {
  return new Hono3().post('/partner/events', async (c) => {
    const outcome = await receivePartnerEvent(domainContext(c, runtime), await readBody2(c))
    if (outcome.status === 'duplicate') return c.json(outcome)
    return c.json({ status: outcome.status, event: outcome.event, accountId: outcome.result })
  })
}

// src/routes/sso.tsx
// src/domain/accept-sso-token.ts
import {
  consumeTokenId,
  InvalidTokenError,
  onFormError as onFormError3,
  readBody as readBody3,
  TokenReplayedError,
  verifyServiceToken,
} from '@partner-sandbox/shared'
import { Hono as Hono4 } from 'hono'
import { z as z7 } from 'zod'

var SSO_TOKEN_TYPE = 'sso+jwt'
var SsoTokenInput = z7.object({
  token: z7.string({ error: 'token is required' }).trim().min(1, 'token is required'),
})
var SsoClaims = z7.object({
  sub: z7.string().min(1),
  email: z7.string().min(1),
  name: z7.string().default(''),
  company: z7.string().default(''),
  promoCode: z7.string().default(''),
})
async function acceptSsoToken(ctx, token) {
  const payload = await verify(ctx, token)
  if (payload.tenant !== ctx.store.tenant) {
    throw new InvalidSsoLinkError(
      `it was issued for sandbox tenant "${payload.tenant}", not "${ctx.store.tenant}"`,
    )
  }
  const claims = SsoClaims.safeParse(payload)
  if (!claims.success) throw new InvalidSsoLinkError('it does not name a ShipStation account')
  try {
    await consumeTokenId(ctx.store, payload)
  } catch (cause) {
    if (cause instanceof TokenReplayedError) {
      throw new InvalidSsoLinkError('it was already used', { cause })
    }
    throw cause
  }
  const { sub, ...profile } = claims.data
  return findOrCreateCopAccount(ctx, {
    shipstationAccountId: sub,
    ...profile,
  })
}
async function verify(ctx, token) {
  try {
    return await verifyServiceToken(token, ctx.shipstationKeys, {
      type: SSO_TOKEN_TYPE,
      issuer: ctx.peers.shipstation.baseUrl,
      audience: ctx.baseUrl,
      clock: ctx.clock,
    })
  } catch (cause) {
    if (cause instanceof InvalidTokenError) {
      throw new InvalidSsoLinkError(reasonOf(cause), { cause })
    }
    throw cause
  }
}
function reasonOf(error) {
  const cause = error.cause
  switch (cause?.code) {
    case 'ERR_JWT_EXPIRED': {
      const { iat, exp } = cause.payload ?? {}
      if (iat === void 0 || exp === void 0) return 'it has expired'
      return `it has expired (sign-in links work for ${exp - iat} seconds)`
    }
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'it was not signed by ShipStation'
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `its "${cause.claim}" claim does not match this Stamps.com sandbox`
    case 'ERR_JWKS_TIMEOUT':
    case 'ERR_JOSE_GENERIC':
      return 'ShipStation keys could not be fetched to check it'
    default:
      return 'it is not a ShipStation sign-in token'
  }
}

// src/routes/sso.tsx
function ssoRoutes(runtime) {
  const signIn = async (c, input) => {
    const parsed = SsoTokenInput.safeParse(input)
    if (!parsed.success) throw new InvalidSsoLinkError('it has no token')
    const account = await acceptSsoToken(domainContext(c, runtime), parsed.data.token)
    return { account, sessionToken: await startCopSession(c, account) }
  }
  return new Hono4()
    .get('/sso', async (c) => {
      onFormError3(c, errorPage)
      await signIn(c, c.req.query())
      return c.redirect('/guidelines', 302)
    })
    .post('/api/v1/sso', async (c) => {
      const { account, sessionToken } = await signIn(c, await readBody3(c))
      return c.json({ sessionToken, account: viewCopAccount(account) })
    })
}

// src/routes/status.tsx
// src/pages/status-page.tsx
import { onFormError as onFormError4, Page as Page4 } from '@partner-sandbox/shared'
import { Hono as Hono5 } from 'hono'
import { jsx as jsx8, jsxs as jsxs5 } from 'hono/jsx/jsx-runtime'

var StatusPage = ({ account }) =>
  /* @__PURE__ */ jsx8(Page4, {
    service: 'stamps',
    title: 'Connection status',
    nav: /* @__PURE__ */ jsx8(CopNav, {}),
    banners: /* @__PURE__ */ jsx8(StatusBanner, { status: account.status }),
    children: /* @__PURE__ */ jsxs5('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx8('h1', { children: 'Connection status' }),
        account.identifiers
          ? /* @__PURE__ */ jsxs5('dl', {
              class: 'facts',
              children: [
                /* @__PURE__ */ jsx8('dt', { children: 'CRID' }),
                /* @__PURE__ */ jsx8('dd', { children: account.identifiers.crid }),
                /* @__PURE__ */ jsx8('dt', { children: 'MID' }),
                /* @__PURE__ */ jsx8('dd', { children: account.identifiers.mid }),
                /* @__PURE__ */ jsx8('dt', { children: 'EPS Number' }),
                /* @__PURE__ */ jsx8('dd', { children: account.identifiers.epsNumber }),
              ],
            })
          : null,
        /* @__PURE__ */ jsx8(NextStep, { account }),
      ],
    }),
  })
var NextStep = ({ account }) => {
  switch (account.status) {
    case 'not_started':
      return /* @__PURE__ */ jsxs5('p', {
        children: [
          'Your USPS business account is not linked yet. ',
          /* @__PURE__ */ jsx8('a', { href: '/guidelines', children: 'See the guidelines' }),
        ],
      })
    case 'usps_linked':
      return /* @__PURE__ */ jsxs5('p', {
        children: [
          'Your USPS business account is linked; one step is left.',
          ' ',
          /* @__PURE__ */ jsx8('a', {
            href: '/connect',
            children: 'Enter your USPS account details',
          }),
        ],
      })
    case 'approval_pending':
      return /* @__PURE__ */ jsx8('p', {
        children:
          'Return to your ShipStation browser tab and refresh the page. Contact your USPS sales representative to confirm that your EPA and contract are successfully linked.',
      })
    case 'approved':
      return /* @__PURE__ */ jsx8('p', {
        children: 'You can now print with your NSA rates in ShipStation.',
      })
  }
}

// src/routes/status.tsx
import { jsx as jsx9 } from 'hono/jsx/jsx-runtime'

function statusRoutes() {
  return new Hono5()
    .get('/status', async (c) => {
      onFormError4(c, errorPage)
      return c.html(/* @__PURE__ */ jsx9(StatusPage, { account: await currentCopAccount(c) }))
    })
    .get('/api/v1/connection', async (c) => c.json(connectionOf(await currentCopAccount(c))))
}

// src/lib/pkce.ts
import { createHash } from 'node:crypto'
// src/routes/usps-link.ts
// src/domain/usps-link.ts
import {
  onFormError as onFormError5,
  parseInput as parseInput3,
  readBody as readBody4,
  secretToken,
  secretToken as secretToken2,
  urlOf as urlOf3,
  withTenant as withTenant2,
} from '@partner-sandbox/shared'
import { Hono as Hono6 } from 'hono'
import { z as z8 } from 'zod'

function pkceChallenge(verifier) {
  return createHash('sha256').update(verifier).digest('base64url')
}
function newPkceVerifier() {
  return secretToken(32)
}

// src/domain/usps-link.ts
var OAUTH_ATTEMPTS = 'oauth_attempts'
var ATTEMPT_TTL_MINUTES = 10
var ATTEMPT_TTL_MS = ATTEMPT_TTL_MINUTES * 6e4
var USPS_SCOPE = 'payments labels prices tracking'
var UspsCallbackInput = z8
  .object({
    state: z8.string({ error: 'state is required' }).min(1, 'state is required'),
    code: z8.string().min(1).optional(),
    error: z8.string().min(1).optional(),
    error_description: z8.string().optional(),
  })
  .refine((input) => input.code !== void 0 || input.error !== void 0, {
    message: 'code is required',
    path: ['code'],
  })
async function startUspsLink(ctx, account) {
  transition(account.status, 'usps_linked')
  const now = ctx.clock.now()
  const attempt = {
    state: secretToken2(),
    accountId: account.id,
    codeVerifier: newPkceVerifier(),
    redirectUri: urlOf3(ctx.baseUrl, '/usps/callback'),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ATTEMPT_TTL_MS).toISOString(),
  }
  await ctx.store.put(OAUTH_ATTEMPTS, attempt.state, attempt)
  const url = new URL(urlOf3(ctx.peers.usps.baseUrl, '/oauth2/v3/authorize'))
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: ctx.uspsClient.clientId,
    redirect_uri: attempt.redirectUri,
    scope: USPS_SCOPE,
    state: attempt.state,
    code_challenge: pkceChallenge(attempt.codeVerifier),
    code_challenge_method: 'S256',
  }).toString()
  return withTenant2(url.toString(), ctx.store.tenant)
}
async function completeUspsLink(ctx, account, input) {
  const attempt = await claimAttempt(ctx, account.id, input.state)
  if (input.error !== void 0) throw deniedError(input.error, input.error_description)
  transition(account.status, 'usps_linked')
  const tokens = await requestUspsTokens(ctx, {
    grant_type: 'authorization_code',
    code: input.code ?? '',
    redirect_uri: attempt.redirectUri,
    code_verifier: attempt.codeVerifier,
  })
  const linked = await changeCopAccount(ctx, account.id, (current) => ({
    ...current,
    status: transition(current.status, 'usps_linked'),
    usps: tokens,
  }))
  if (!linked) throw new InvalidOAuthStateError('the Stamps.com account no longer exists')
  return linked
}
async function claimAttempt(ctx, accountId, state) {
  const attempt = await ctx.store.get(OAUTH_ATTEMPTS, state)
  if (!attempt) throw new InvalidOAuthStateError('it was already used or was not started here')
  if (attempt.accountId !== accountId) {
    throw new InvalidOAuthStateError('it was started by another Stamps.com session')
  }
  if (!(await ctx.store.delete(OAUTH_ATTEMPTS, state))) {
    throw new InvalidOAuthStateError('it was already used')
  }
  if (Date.parse(attempt.expiresAt) <= ctx.clock.now().getTime()) {
    throw new InvalidOAuthStateError(
      `it expired; finish the USPS sign-in within ${ATTEMPT_TTL_MINUTES} minutes`,
    )
  }
  return attempt
}
function deniedError(error, description) {
  if (error === 'access_denied') {
    return new UspsAccessDeniedError(
      'You cancelled on USPS, so Stamps.com was not given access to your USPS business account. Click Link your business account to try again.',
    )
  }
  return new UspsAccessDeniedError(
    `USPS did not grant access (${error}${description ? `: ${description}` : ''}). Click Link your business account to try again.`,
  )
}

// src/routes/usps-link.ts
function uspsLinkRoutes(runtime) {
  return new Hono6()
    .get('/usps/link', async (c) => {
      onFormError5(c, errorPage)
      const account = await currentCopAccount(c)
      return c.redirect(await startUspsLink(domainContext(c, runtime), account), 302)
    })
    .get('/usps/callback', async (c) => {
      onFormError5(c, errorPage)
      const account = await currentCopAccount(c)
      const input = parseInput3(UspsCallbackInput, c.req.query())
      await completeUspsLink(domainContext(c, runtime), account, input)
      return c.redirect('/connect', 302)
    })
    .post('/api/v1/usps/authorization', async (c) => {
      const account = await currentCopAccount(c)
      return c.json({ authorizeUrl: await startUspsLink(domainContext(c, runtime), account) })
    })
    .post('/api/v1/usps/callback', async (c) => {
      const account = await currentCopAccount(c)
      const input = parseInput3(UspsCallbackInput, await readBody4(c))
      const linked = await completeUspsLink(domainContext(c, runtime), account, input)
      return c.json(connectionOf(linked))
    })
}

// src/app.ts
function createApp(options) {
  const keys = lazyServiceKeys(options.store)
  const runtime = {
    peers: options.peers,
    keys,
    // Built once so jose's JWKS cache lives as long as the app, not one request.
    shipstationKeys: peerKeySet(options.peers.shipstation),
    uspsKeys: peerKeySet(options.peers.usps),
    uspsClient: options.uspsClient ?? DEFAULT_USPS_CLIENT,
  }
  const app = createServiceApp({
    service: 'stamps',
    store: options.store,
    realTime: options.realTime ?? Date.now,
    keys,
  })
  app.route('/', ssoRoutes(runtime))
  app.route('/', guidelinesRoutes(runtime))
  app.route('/', uspsLinkRoutes(runtime))
  app.route('/', connectRoutes(runtime))
  app.route('/', statusRoutes())
  app.route('/', partnerEventRoutes(runtime))
  return app
}

export {
  APPROVAL_PENDING_TEXT,
  APPROVED_TEXT,
  ConnectionIdentifiers,
  CopStatus,
  createApp,
  DEFAULT_USPS_CLIENT,
  ERROR_CODES,
  InvalidOAuthStateError,
  InvalidSsoLinkError,
  InvalidStatusTransitionError,
  NoSessionError,
  SESSION_COOKIE,
  StampsError,
  UnknownEventError,
  UspsAccessDeniedError,
  UspsLinkExpiredError,
  UspsNotLinkedError,
  UspsTokenRejectedError,
  UspsVerificationError,
}
//# sourceMappingURL=chunk-PQGVAUJL.js.map
