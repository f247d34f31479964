// src/errors.ts
import { SandboxError } from '@partner-sandbox/shared'

var ERROR_CODES = [
  'oauth_error',
  'usps_api_error',
  'registration_expired',
  'mfa_restart',
  'epa_state_conflict',
  'nsa_link_state_conflict',
  'unique_number_exhausted',
]
var UspsError = class extends SandboxError {
  constructor(code, status, title, detail, options = {}) {
    super(code, status, title, detail, options)
  }
}
var OAuthError = class extends UspsError {
  oauthError
  constructor(error, description, options = {}) {
    super('oauth_error', error === 'invalid_client' ? 401 : 400, error, description, options)
    this.oauthError = error
  }
}
var UspsApiError = class _UspsApiError extends UspsError {
  items
  constructor(status, message, items) {
    super('usps_api_error', status, message, items[0]?.detail ?? message)
    this.items = items
  }
  /** 400 BAD_REQUEST with USPS error codes such as 160228 or 100001. */
  static badRequest(items) {
    return new _UspsApiError(
      400,
      'BAD_REQUEST',
      items.map((i) => ({
        status: '400',
        code: i.code,
        title: 'BAD_REQUEST',
        detail: i.detail,
        source: { parameter: 'roles' },
      })),
    )
  }
  static forbidden(detail) {
    return new _UspsApiError(403, 'FORBIDDEN', [
      { status: '403', code: '403', title: 'FORBIDDEN', detail, source: { parameter: 'roles' } },
    ])
  }
  static unauthorized(detail) {
    return new _UspsApiError(401, 'UNAUTHORIZED', [
      { status: '401', code: '401', title: 'UNAUTHORIZED', detail },
    ])
  }
}
var RegistrationExpiredError = class extends UspsError {
  constructor(detail) {
    super('registration_expired', 400, 'Validation expired', detail)
  }
}
var MfaRestartError = class extends UspsError {
  constructor(detail) {
    super('mfa_restart', 400, 'Sign in again', detail, {
      fieldErrors: [{ field: 'code', message: detail }],
    })
  }
}
var EpaStateError = class extends UspsError {
  constructor(detail) {
    super('epa_state_conflict', 409, 'Payment account state conflict', detail)
  }
}
var NsaLinkStateError = class extends UspsError {
  constructor(detail) {
    super('nsa_link_state_conflict', 409, 'NSA link state conflict', detail)
  }
}
var UniqueNumberExhaustedError = class extends UspsError {
  constructor(collection, attempts) {
    super(
      'unique_number_exhausted',
      500,
      'No free number',
      `Could not find a free number in ${collection} after ${attempts} tries.`,
    )
  }
}

// src/domain/epa.ts
var TRANSITIONS = {
  none: { credit_card_added: 'active', ach_added: 'pending_verification' },
  pending_verification: {
    micro_debits_verified: 'active',
    verification_failed: 'verification_failed',
  },
  active: {},
  verification_failed: { credit_card_added: 'active', ach_added: 'pending_verification' },
}
var EPA_STATUS_LABELS = {
  none: 'Not set up',
  pending_verification: 'Pending',
  active: 'Active',
  verification_failed: 'Verification failed',
}
var REFUSALS = {
  none: 'Add a payment account first.',
  pending_verification:
    'Your ACH Debit payment account is pending. Verify the two micro-debits under My Account > Payment Account first.',
  active: 'Your payment account is already active. Nothing else to add.',
  verification_failed:
    'The bank account could not be verified. Add a payment account again (Credit Card or ACH Debit).',
}
function canApply(status, event) {
  return TRANSITIONS[status][event] !== void 0
}
function nextEpaStatus(status, event) {
  const next = TRANSITIONS[status][event]
  if (!next) throw new EpaStateError(REFUSALS[status])
  return next
}

// src/domain/oauth-clients.ts
import { urlOf } from '@partner-sandbox/shared'

var REGISTERED_CLIENTS = 'oauth_clients'
var SUPPORTED_SCOPES = [
  'addresses',
  'international-prices',
  'subscriptions',
  'payments',
  'pickup',
  'tracking',
  'labels',
  'scan-forms',
  'companies',
  'service-delivery-standards',
  'locations',
  'international-labels',
  'prices',
]
function seededClients(options) {
  const stamps = options.peers.stamps.baseUrl
  const auctaneRedirects = [
    .../* @__PURE__ */ new Set([
      `${stamps.replace(/\/$/, '')}/usps/callback`,
      urlOf(stamps, '/usps/callback'),
    ]),
  ]
  const all = [...SUPPORTED_SCOPES]
  return [
    {
      id: 'auctane',
      name: 'Auctane',
      type: 'confidential',
      secret: options.auctaneClientSecret,
      redirectUris: auctaneRedirects,
      allowLoopbackRedirects: false,
      scopes: all,
      pkceRequired: true,
      events: { peer: 'stamps', path: '/partner/events' },
      nsaPartner: true,
    },
    {
      id: 'sandbox-client',
      name: 'Sandbox Client',
      type: 'confidential',
      secret: 'sandbox-secret',
      redirectUris: [],
      allowLoopbackRedirects: true,
      scopes: all,
      pkceRequired: false,
      nsaPartner: false,
    },
    {
      id: 'sandbox-public-client',
      name: 'Sandbox Public Client',
      type: 'public',
      redirectUris: [],
      allowLoopbackRedirects: true,
      scopes: all,
      pkceRequired: true,
      nsaPartner: false,
    },
  ]
}
async function findClient(ctx, seeded, clientId) {
  return (
    seeded.find((c) => c.id === clientId) ?? (await ctx.store.get(REGISTERED_CLIENTS, clientId))
  )
}
var LOOPBACK_HOSTS = /* @__PURE__ */ new Set(['127.0.0.1', 'localhost', '[::1]'])
function isAllowedRedirect(client, redirectUri) {
  if (client.redirectUris.includes(redirectUri)) return true
  if (!client.allowLoopbackRedirects) return false
  try {
    const url = new URL(redirectUri)
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && url.hash === ''
  } catch {
    return false
  }
}

// src/lib/session.ts
import { endSession, readSession, startSession } from '@partner-sandbox/shared'

var SESSION_COOKIE = 'usps_session'
var SESSION_OPTIONS = { cookieName: SESSION_COOKIE, ttlSeconds: 8 * 3600 }
var USPS_SESSION = SESSION_OPTIONS
function readUspsSession(c) {
  return readSession(c, SESSION_COOKIE)
}
async function renewUspsSession(c, session) {
  await endSession(c, SESSION_COOKIE)
  return startSession(c, SESSION_OPTIONS, session)
}
function endUspsSession(c) {
  return endSession(c, SESSION_COOKIE)
}
async function mfaSignedInAccountId(c) {
  const session = await readUspsSession(c)
  return session?.stage === 'signed_in' && session.mfa ? session.accountId : void 0
}

// src/app.ts
// src/domain/micro-debits.ts
import {
  createServiceApp,
  cryptoRandom,
  lazyServiceKeys,
  sendMessage,
  ValidationError as ValidationError2,
} from '@partner-sandbox/shared'
import { z as z3 } from 'zod'

// src/domain/account.ts
var ACCOUNTS = 'accounts'
var ACCOUNT_EMAILS = 'account_emails'
var ACCOUNT_USERNAMES = 'account_usernames'
var CRIDS = 'crids'
var MIDS = 'mids'
function publicAccount(account) {
  const { passwordHash: _hidden, ...rest } = account
  return rest
}
async function getAccount(ctx, id2) {
  return ctx.store.get(ACCOUNTS, id2)
}
async function findAccountByLogin(ctx, login) {
  const key = login.trim().toLowerCase()
  const ref =
    (await ctx.store.get(ACCOUNT_USERNAMES, key)) ?? (await ctx.store.get(ACCOUNT_EMAILS, key))
  return ref ? getAccount(ctx, ref.accountId) : void 0
}
async function isEmailTaken(ctx, email) {
  return (await ctx.store.get(ACCOUNT_EMAILS, email.toLowerCase())) !== void 0
}
async function isUsernameTaken(ctx, username) {
  return (await ctx.store.get(ACCOUNT_USERNAMES, username.toLowerCase())) !== void 0
}

// src/domain/payment-account.ts
import { randomDigits, ValidationError } from '@partner-sandbox/shared'
// src/lib/checkbox.ts
import { z, z as z2 } from 'zod'

function checkedBox(message) {
  return z
    .unknown()
    .refine((v) => v === 'on' || v === true || v === 'true', { message })
    .transform(() => true)
}

// src/lib/unique-number.ts
var MAX_ATTEMPTS = 50
async function claimUniqueNumber(store, collection, generate, owner) {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const candidate = generate()
    if (await store.insert(collection, candidate, { owner })) return candidate
  }
  throw new UniqueNumberExhaustedError(collection, MAX_ATTEMPTS)
}
async function ownerOfNumber(store, collection, value) {
  return (await store.get(collection, value))?.owner
}

// src/domain/payment-account.ts
var PAYMENT_ACCOUNTS = 'payment_accounts'
var EPS_NUMBERS = 'eps_numbers'
var PaymentTermsInput = z2.object({
  acceptTerms: checkedBox(
    'Check the box to agree to the payment account terms and conditions before you continue.',
  ),
  method: z2.enum(['credit_card', 'ach'], 'Choose Credit Card or ACH Debit.'),
})
async function getPaymentAccount(ctx, accountId) {
  return (
    (await ctx.store.get(PAYMENT_ACCOUNTS, accountId)) ?? {
      accountId,
      status: 'none',
      updatedAt: /* @__PURE__ */ new Date(0).toISOString(),
    }
  )
}
async function acceptPaymentTerms(ctx, accountId, input) {
  const current = await getPaymentAccount(ctx, accountId)
  nextEpaStatus(current.status, input.method === 'ach' ? 'ach_added' : 'credit_card_added')
  const now = ctx.clock.now().toISOString()
  const next = { ...current, termsAcceptedAt: now, updatedAt: now }
  await ctx.store.put(PAYMENT_ACCOUNTS, accountId, next)
  return next
}
async function applyPaymentMethod(ctx, current, event, patch) {
  const status = nextEpaStatus(current.status, event)
  const now = ctx.clock.now().toISOString()
  const epsNumber =
    current.epsNumber ??
    (await claimUniqueNumber(
      ctx.store,
      EPS_NUMBERS,
      () => randomDigits(ctx.random, 10),
      current.accountId,
    ))
  const next = {
    ...current,
    ...patch,
    status,
    epsNumber,
    termsAcceptedAt: current.termsAcceptedAt ?? now,
    activatedAt: status === 'active' ? now : void 0,
    updatedAt: now,
  }
  await ctx.store.put(PAYMENT_ACCOUNTS, current.accountId, next)
  return next
}
async function paymentAccountReadyFor(ctx, accountId, event, acceptTerms) {
  const current = await getPaymentAccount(ctx, accountId)
  if (!current.termsAcceptedAt && acceptTerms !== true) {
    throw ValidationError.forField(
      'acceptTerms',
      'Agree to the payment account terms and conditions first (Business Portal > Add your payment account to get started).',
    )
  }
  nextEpaStatus(current.status, event)
  return current
}

// src/domain/time.ts
var MINUTE_MS = 6e4
var HOUR_MS = 36e5
function isoAfter(clock, ms) {
  return new Date(clock.now().getTime() + ms).toISOString()
}
function isPast(clock, iso) {
  return Date.parse(iso) <= clock.now().getTime()
}

// src/domain/micro-debits.ts
var MICRO_DEBIT_SCHEDULE = 'micro_debit_schedule'
var MAX_VERIFICATION_ATTEMPTS = 3
var MICRO_DEBITS_EARLIEST_HOURS = 24
var MICRO_DEBITS_LATEST_HOURS = 48
var POSTING_WINDOW = `${MICRO_DEBITS_EARLIEST_HOURS} to ${MICRO_DEBITS_LATEST_HOURS} hours`
function drawMicroDebits(ctx) {
  const windowMinutes = (MICRO_DEBITS_LATEST_HOURS - MICRO_DEBITS_EARLIEST_HOURS) * 60
  const delayMs =
    MICRO_DEBITS_EARLIEST_HOURS * HOUR_MS + ctx.random.int(windowMinutes + 1) * MINUTE_MS
  const cents = () => 1 + ctx.random.int(99)
  const first = cents()
  const second = cents()
  return { microDebitsCents: [first, second], postedAt: isoAfter(ctx.clock, delayMs) }
}
async function scheduleMicroDebits(ctx, accountId, postedAt) {
  await ctx.store.put(MICRO_DEBIT_SCHEDULE, accountId, { accountId, postedAt })
}
var Amount = (label) =>
  z3
    .string(`Enter the ${label} micro-debit amount.`)
    .trim()
    .regex(/^\$?0?\.\d{2}$/, `Enter the ${label} micro-debit amount in dollars, e.g. 0.32.`)
    .transform((v) => Math.round(Number(v.replace('$', '')) * 100))
var MicroDebitInput = z3.object({
  firstAmount: Amount('first'),
  secondAmount: Amount('second'),
})
var dollars = (cents) => `$${(cents / 100).toFixed(2)}`
async function postDueMicroDebits(ctx) {
  let posted = 0
  for (const due of await ctx.store.list(MICRO_DEBIT_SCHEDULE)) {
    if (!isPast(ctx.clock, due.postedAt)) continue
    let claimed = false
    const epa = await ctx.store.update(PAYMENT_ACCOUNTS, due.accountId, (p) => {
      if (!p?.ach || p.ach.noticeSentAt) return p
      claimed = true
      return { ...p, ach: { ...p.ach, noticeSentAt: ctx.clock.now().toISOString() } }
    })
    await ctx.store.delete(MICRO_DEBIT_SCHEDULE, due.accountId)
    const account = await getAccount(ctx, due.accountId)
    if (!claimed || !epa?.ach || !account) continue
    const [first, second] = epa.ach.microDebitsCents
    await sendMessage(ctx.store, ctx.clock, {
      channel: 'email',
      to: account.email,
      subject: `Bank notice: two debits from USPS EPS on account ending ${epa.ach.accountLast4}`,
      text: `Sandbox Bank: two debits posted to your ${epa.ach.accountType} account ending ${epa.ach.accountLast4}: USPS EPS VERIFY ${dollars(first)} and USPS EPS VERIFY ${dollars(second)}. Enter both amounts in the USPS Business Portal (My Account > Payment Account > Verify your bank account).`,
    })
    posted++
  }
  return posted
}
function microDebitsPosted(ctx, epa) {
  return epa.ach !== void 0 && isPast(ctx.clock, epa.ach.postedAt)
}
async function verifyMicroDebits(ctx, accountId, input) {
  await postDueMicroDebits(ctx)
  const epa = await getPaymentAccount(ctx, accountId)
  nextEpaStatus(epa.status, 'micro_debits_verified')
  if (!epa.ach || !microDebitsPosted(ctx, epa)) {
    throw new EpaStateError(
      `The micro-debits have not posted yet: they reach your bank ${POSTING_WINDOW} after you added it. Check again later.`,
    )
  }
  const expected = [...epa.ach.microDebitsCents].sort((a, b) => a - b)
  const given = [input.firstAmount, input.secondAmount].sort((a, b) => a - b)
  const now = ctx.clock.now().toISOString()
  if (expected[0] === given[0] && expected[1] === given[1]) {
    const status = nextEpaStatus(epa.status, 'micro_debits_verified')
    const next = { ...epa, status, activatedAt: now, updatedAt: now }
    await ctx.store.put(PAYMENT_ACCOUNTS, accountId, next)
    return next
  }
  const failedAttempts = epa.ach.failedAttempts + 1
  const locked = failedAttempts >= MAX_VERIFICATION_ATTEMPTS
  await ctx.store.put(PAYMENT_ACCOUNTS, accountId, {
    ...epa,
    status: locked ? nextEpaStatus(epa.status, 'verification_failed') : epa.status,
    ach: { ...epa.ach, failedAttempts },
    updatedAt: now,
  })
  if (locked) {
    throw new EpaStateError(
      `The amounts did not match ${MAX_VERIFICATION_ATTEMPTS} times, so the bank account could not be verified. Add a payment account again.`,
    )
  }
  const left = MAX_VERIFICATION_ATTEMPTS - failedAttempts
  throw ValidationError2.forField(
    'firstAmount',
    `The amounts do not match the micro-debits. ${left} ${left === 1 ? 'try' : 'tries'} left.`,
  )
}

// src/routes/api-account.ts
import { parseInput, readBody } from '@partner-sandbox/shared'
import { Hono } from 'hono'

// src/domain/add-ach-account.ts
import { z as z4 } from 'zod'

// src/lib/aba-routing.ts
function passesAbaChecksum(routing) {
  if (!/^\d{9}$/.test(routing)) return false
  const d = [...routing].map(Number)
  const at = (i) => d[i] ?? 0
  const sum = 3 * (at(0) + at(3) + at(6)) + 7 * (at(1) + at(4) + at(7)) + (at(2) + at(5) + at(8))
  return sum % 10 === 0
}

// src/domain/add-ach-account.ts
var AchInput = z4.object({
  routingNumber: z4
    .string('Enter the 9-digit routing number.')
    .trim()
    .regex(/^\d{9}$/, 'Enter the 9-digit routing number.')
    .refine(
      passesAbaChecksum,
      'This is not a valid ABA routing number: check the digits (e.g. 011000015).',
    ),
  accountNumber: z4
    .string('Enter the account number.')
    .trim()
    .regex(/^\d{4,17}$/, 'Enter the 4 to 17 digit account number.'),
  accountType: z4.enum(['checking', 'savings'], 'Choose Checking or Savings.'),
  acceptTerms: z4.literal(true).optional(),
})
async function addAchAccount(ctx, accountId, input) {
  const current = await paymentAccountReadyFor(ctx, accountId, 'ach_added', input.acceptTerms)
  const { microDebitsCents, postedAt } = drawMicroDebits(ctx)
  const epa = await applyPaymentMethod(ctx, current, 'ach_added', {
    method: 'ach',
    card: void 0,
    ach: {
      routingNumber: input.routingNumber,
      accountLast4: input.accountNumber.slice(-4),
      accountType: input.accountType,
      microDebitsCents,
      createdAt: ctx.clock.now().toISOString(),
      postedAt,
      failedAttempts: 0,
    },
  })
  await scheduleMicroDebits(ctx, accountId, postedAt)
  return epa
}

// src/domain/add-credit-card.ts
import { assertCardUsable, CardDetails, cardBrand } from '@partner-sandbox/shared'
import { z as z5 } from 'zod'

var CreditCardInput = CardDetails.extend({
  anticipatedDailySpend: z5.coerce
    .number('Enter the anticipated daily spend in US dollars, e.g. 250.')
    .positive('Enter an anticipated daily spend above $0.')
    .max(1e7, 'Enter an anticipated daily spend of at most $10,000,000.'),
  /** JSON clients agree to the terms in the same call; the portal records it one step before. */
  acceptTerms: z5.literal(true).optional(),
})
async function addCreditCard(ctx, accountId, input) {
  const current = await paymentAccountReadyFor(
    ctx,
    accountId,
    'credit_card_added',
    input.acceptTerms,
  )
  assertCardUsable(input, ctx.clock.now())
  return applyPaymentMethod(ctx, current, 'credit_card_added', {
    method: 'credit_card',
    card: {
      brand: cardBrand(input.cardNumber),
      last4: input.cardNumber.slice(-4),
      expiry: input.expiry,
      anticipatedDailySpend: input.anticipatedDailySpend,
    },
    ach: void 0,
  })
}

// src/lib/require-account.ts
import { UnauthorizedError } from '@partner-sandbox/shared'

// src/lib/return-to.ts
function safeReturnTo(value) {
  if (typeof value !== 'string' || value.length > 2e3) return void 0
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return void 0
  if ([...value].some((ch) => ch.charCodeAt(0) < 32)) return void 0
  return value
}
function loginUrl(returnTo) {
  const safe = safeReturnTo(returnTo)
  return safe ? `/login?return_to=${encodeURIComponent(safe)}` : '/login'
}

// src/lib/require-account.ts
async function accountForPage(c, needs = {}) {
  const session = await readUspsSession(c)
  if (session?.stage === 'mfa_pending') return { redirect: '/login/mfa' }
  const signedIn = session?.stage === 'signed_in' && (session.mfa || !needs.mfa)
  const account = signedIn ? await getAccount(c.var, session.accountId) : void 0
  if (!account) {
    const url = new URL(c.req.url)
    return { redirect: loginUrl(url.pathname + url.search) }
  }
  return { account }
}
async function accountForApi(c) {
  const session = await readUspsSession(c)
  if (session?.stage === 'mfa_pending') {
    throw new UnauthorizedError(
      'Sign-in is not finished: send the emailed code to POST /api/v1/sessions/current/mfa.',
    )
  }
  const account =
    session?.stage === 'signed_in' ? await getAccount(c.var, session.accountId) : void 0
  if (!account) {
    throw new UnauthorizedError('Sign in first: POST /api/v1/sessions, then the MFA code.')
  }
  return account
}
function withAccountPage(handler, needs = {}) {
  return async (c) => {
    const found = await accountForPage(c, needs)
    if ('redirect' in found) return c.redirect(found.redirect)
    return handler(c, found.account)
  }
}

// src/runtime.ts
function domainContext(c, runtime) {
  return {
    store: c.var.store,
    clock: c.var.clock,
    random: runtime.random,
    baseUrl: runtime.baseUrl,
    tenant: c.var.tenant,
  }
}

// src/routes/api-account.ts
function paymentAccountView(ctx, epa) {
  return {
    status: epa.status,
    epsNumber: epa.epsNumber ?? null,
    method: epa.method ?? null,
    termsAcceptedAt: epa.termsAcceptedAt ?? null,
    card: epa.card ?? null,
    ach: epa.ach
      ? {
          routingNumber: epa.ach.routingNumber,
          accountLast4: epa.ach.accountLast4,
          accountType: epa.ach.accountType,
          microDebitsPostedAt: microDebitsPosted(ctx, epa) ? epa.ach.postedAt : null,
          failedAttempts: epa.ach.failedAttempts,
        }
      : null,
    activatedAt: epa.activatedAt ?? null,
  }
}
function apiAccountRoutes(runtime) {
  return new Hono()
    .get('/api/v1/account', async (c) => {
      const account = await accountForApi(c)
      const epa = await getPaymentAccount(c.var, account.id)
      return c.json({
        ...publicAccount(account),
        epaStatus: epa.status,
        epsNumber: epa.epsNumber ?? null,
        paymentAccount: paymentAccountView(c.var, epa),
      })
    })
    .post('/api/v1/payment-account/credit-card', async (c) => {
      const account = await accountForApi(c)
      const ctx = domainContext(c, runtime)
      const epa = await addCreditCard(
        ctx,
        account.id,
        parseInput(CreditCardInput, await readBody(c)),
      )
      return c.json(paymentAccountView(ctx, epa), 201)
    })
    .post('/api/v1/payment-account/ach', async (c) => {
      const account = await accountForApi(c)
      const ctx = domainContext(c, runtime)
      const epa = await addAchAccount(ctx, account.id, parseInput(AchInput, await readBody(c)))
      return c.json(paymentAccountView(ctx, epa), 201)
    })
    .post('/api/v1/payment-account/verification', async (c) => {
      const account = await accountForApi(c)
      const ctx = domainContext(c, runtime)
      const input = parseInput(MicroDebitInput, await readBody(c))
      return c.json(paymentAccountView(ctx, await verifyMicroDebits(ctx, account.id, input)))
    })
}

// src/routes/api-registrations.ts
// src/domain/email-validation.ts
import {
  ConflictError as ConflictError2,
  parseInput as parseInput2,
  randomDigits as randomDigits2,
  readBody as readBody2,
  secretToken,
  sendMessage as sendMessage2,
  UnauthorizedError as UnauthorizedError2,
  urlOf as urlOf2,
  ValidationError as ValidationError3,
} from '@partner-sandbox/shared'
import { Hono as Hono2 } from 'hono'
import { z as z6, z as z8 } from 'zod'

// src/domain/registration.ts
var REGISTRATIONS = 'registrations'
async function getRegistration(ctx, id2) {
  return ctx.store.get(REGISTRATIONS, id2)
}
async function updateRegistration(ctx, id2, change) {
  const updated = await ctx.store.update(REGISTRATIONS, id2, (r) => (r ? change(r) : r))
  if (!updated) throw new RegistrationExpiredError('Create New Account again to continue.')
  return updated
}

// src/domain/email-validation.ts
var REGISTRATION_TOKENS = 'registration_tokens'
var VALIDATION_TTL_MINUTES = 10
var VALIDATION_TTL_MS = VALIDATION_TTL_MINUTES * MINUTE_MS
var MAX_CODE_ATTEMPTS = 5
var VALIDATION_CODE_DIGITS = 6
var StartRegistrationInput = z6.object({
  email: z6
    .string('Enter your email address.')
    .trim()
    .toLowerCase()
    .pipe(z6.email('Enter a valid email address, e.g. name@example.com.')),
})
var RegistrationCodeInput = z6.object({
  code: z6
    .string('Enter the validation code from the email.')
    .trim()
    .regex(
      new RegExp(`^\\d{${VALIDATION_CODE_DIGITS}}$`),
      `Enter the ${VALIDATION_CODE_DIGITS}-digit validation code from the email.`,
    ),
})
async function startRegistration(ctx, input) {
  if (await isEmailTaken(ctx, input.email)) {
    throw ValidationError3.forField(
      'email',
      `An account already uses ${input.email}. Sign in instead, or use another email address.`,
    )
  }
  const token = secretToken()
  const registration = {
    id: `reg_${secretToken(9)}`,
    email: input.email,
    createdAt: ctx.clock.now().toISOString(),
    validation: {
      code: randomDigits2(ctx.random, VALIDATION_CODE_DIGITS, true),
      expiresAt: isoAfter(ctx.clock, VALIDATION_TTL_MS),
      attempts: 0,
    },
  }
  await ctx.store.put(REGISTRATIONS, registration.id, registration)
  await ctx.store.put(REGISTRATION_TOKENS, token, { registrationId: registration.id })
  const link = urlOf2(ctx.baseUrl, `/register/validate?token=${token}`)
  await sendMessage2(ctx.store, ctx.clock, {
    channel: 'email',
    to: registration.email,
    subject: 'USPS.com: validate your email address',
    text: `Click here to complete your e-mail validation: ${link}
Or enter this validation code: ${registration.validation.code}
The link and code expire within ${VALIDATION_TTL_MINUTES} minutes.`,
    code: registration.validation.code,
    link,
  })
  return registration
}
async function validateRegistrationLink(ctx, token) {
  const ref = await ctx.store.get(REGISTRATION_TOKENS, token)
  const registration = ref ? await getRegistration(ctx, ref.registrationId) : void 0
  if (!registration) {
    throw new ValidationError3(
      'This validation link is not valid. Use the newest link we emailed, or start again.',
      [],
    )
  }
  if (registration.emailValidatedAt) return registration
  if (isPast(ctx.clock, registration.validation.expiresAt)) {
    throw new RegistrationExpiredError(
      `This validation link has expired (links are valid for ${VALIDATION_TTL_MINUTES} minutes). Create New Account again to get a new one.`,
    )
  }
  return markValidated(ctx, registration.id)
}
async function validateRegistrationCode(ctx, registrationId, code) {
  const registration = await getRegistration(ctx, registrationId)
  if (!registration) throw new RegistrationExpiredError('Create New Account again to continue.')
  if (registration.emailValidatedAt) return registration
  if (isPast(ctx.clock, registration.validation.expiresAt)) {
    throw new RegistrationExpiredError(
      `This validation code has expired (codes are valid for ${VALIDATION_TTL_MINUTES} minutes). Create New Account again to get a new one.`,
    )
  }
  if (registration.validation.attempts >= MAX_CODE_ATTEMPTS) {
    throw new RegistrationExpiredError(
      'Too many incorrect codes. Create New Account again to get a new code.',
    )
  }
  if (registration.validation.code !== code) {
    await ctx.store.update(REGISTRATIONS, registration.id, (r) =>
      r ? { ...r, validation: { ...r.validation, attempts: r.validation.attempts + 1 } } : r,
    )
    throw ValidationError3.forField('code', 'That code is not correct. Check the email and retry.')
  }
  return markValidated(ctx, registration.id)
}
function markValidated(ctx, id2) {
  const now = ctx.clock.now().toISOString()
  return updateRegistration(ctx, id2, (r) => ({
    ...r,
    emailValidatedAt: r.emailValidatedAt ?? now,
  }))
}

// src/domain/setup-wizard.ts
// src/domain/create-account.ts
import {
  ConflictError,
  hashPassword,
  randomDigits as randomDigits3,
  secretToken as secretToken2,
  ValidationError as ValidationError4,
  ValidationError as ValidationError5,
} from '@partner-sandbox/shared'

async function createAccount(ctx, input) {
  const { store, clock, random } = ctx
  const id2 = `usps_${secretToken2(9)}`
  const username = input.username.toLowerCase()
  const email = input.email.toLowerCase()
  if (!(await store.insert(ACCOUNT_USERNAMES, username, { accountId: id2 }))) {
    throw ValidationError4.forField('username', `The username ${input.username} is taken.`)
  }
  if (!(await store.insert(ACCOUNT_EMAILS, email, { accountId: id2 }))) {
    await store.delete(ACCOUNT_USERNAMES, username)
    throw ValidationError4.forField('email', `An account already uses ${email}.`)
  }
  const now = clock.now().toISOString()
  const account = {
    id: id2,
    email,
    username: input.username,
    passwordHash: await hashPassword(input.password),
    company: input.company,
    contact: input.contact,
    crid: await claimUniqueNumber(store, CRIDS, () => randomDigits3(random, 8), id2),
    mid: await claimUniqueNumber(store, MIDS, () => `9${randomDigits3(random, 8, true)}`, id2),
    mfa: { method: 'email', enrolledAt: now },
    createdAt: now,
  }
  await store.put(ACCOUNTS, id2, account)
  return account
}

// src/domain/setup-wizard.ts
var WIZARD_STEPS = ['validate', 'company', 'contact', 'security', 'done']
var WIZARD_PATHS = {
  validate: '/register/check-email',
  company: '/register/company',
  contact: '/register/contact',
  security: '/register/security',
  done: '/portal',
}
function nextWizardStep(registration) {
  if (registration.accountId) return 'done'
  if (!registration.emailValidatedAt) return 'validate'
  if (!registration.company) return 'company'
  if (!registration.contact) return 'contact'
  return 'security'
}
function wizardDetour(registration, step) {
  const next = nextWizardStep(registration)
  if (next === 'done' || WIZARD_STEPS.indexOf(next) < WIZARD_STEPS.indexOf(step)) return next
  return void 0
}
async function requireWizardStep(ctx, registrationId, step) {
  const registration = await getRegistration(ctx, registrationId)
  if (!registration) throw new RegistrationExpiredError('Create New Account again to continue.')
  const detour = wizardDetour(registration, step)
  if (detour === 'done') {
    throw new ConflictError('This registration is complete. Sign in to your account.')
  }
  if (detour) throw new ConflictError(`Finish the earlier step first (${WIZARD_PATHS[detour]}).`)
  return registration
}
async function saveCompany(ctx, registrationId, company) {
  await requireWizardStep(ctx, registrationId, 'company')
  return save(ctx, registrationId, { company })
}
async function saveContact(ctx, registrationId, contact) {
  await requireWizardStep(ctx, registrationId, 'contact')
  return save(ctx, registrationId, { contact })
}
async function completeRegistration(ctx, registrationId, security) {
  const registration = await requireWizardStep(ctx, registrationId, 'security')
  if (await isUsernameTaken(ctx, security.username)) {
    throw ValidationError5.forField(
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
function save(ctx, id2, patch) {
  return updateRegistration(ctx, id2, (r) => ({ ...r, ...patch }))
}

// src/domain/setup-wizard-inputs.ts
import { NewPassword } from '@partner-sandbox/shared'
import { z as z7 } from 'zod'

var US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP'.split(
    ' ',
  ),
)
var PO_BOX = /\b(p\.?\s*o\.?\s*b(ox)?|post\s*office\s*box|pobox)\b/i
function isPoBox(street) {
  return PO_BOX.test(street)
}
var text = (label, max = 100) =>
  z7
    .string(`Enter the ${label}.`)
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `Use at most ${max} characters for the ${label}.`)
var CompanyInfo = z7.object({
  companyName: text('company name'),
  streetAddress: text('street address').refine(
    (v) => !isPoBox(v),
    'Enter the physical street address of your business; PO Boxes are not accepted.',
  ),
  city: text('city', 60),
  state: z7
    .string('Enter the state.')
    .trim()
    .toUpperCase()
    .refine((v) => US_STATES.has(v), 'Enter the two-letter state code, e.g. NY.'),
  zipCode: z7
    .string('Enter the ZIP Code.')
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, 'Enter a 5-digit ZIP Code (or ZIP+4), e.g. 10001.'),
})
var ContactInfo = z7.object({
  firstName: text('first name', 50),
  lastName: text('last name', 50),
  phone: z7
    .string('Enter the phone number.')
    .transform((v) => v.replace(/[\s().+-]/g, '').replace(/^1(?=\d{10}$)/, ''))
    .pipe(z7.string().regex(/^\d{10}$/, 'Enter a 10-digit US phone number, e.g. 212-555-0100.')),
})
var SecurityInfo = z7
  .object({
    username: z7
      .string('Enter a username.')
      .trim()
      .regex(
        /^[A-Za-z0-9._-]{6,50}$/,
        'Use 6 to 50 letters, digits, ".", "_" or "-" for the username.',
      ),
    password: NewPassword,
    confirmPassword: z7.string('Enter the password again.'),
    acceptTerms: checkedBox('Check the box to agree to the USPS.com Terms of Use.'),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match. Enter the same password twice.',
  })

// src/routes/api-registrations.ts
function registrationView(r) {
  return {
    id: r.id,
    email: r.email,
    emailValidated: r.emailValidatedAt !== void 0,
    nextStep: nextWizardStep(r),
    company: r.company ?? null,
    contact: r.contact ?? null,
    accountId: r.accountId ?? null,
  }
}
var ValidationInput = z8.union([z8.object({ token: z8.string().min(1) }), RegistrationCodeInput], {
  error: 'Send {"token"} from the email link or {"code"} from the email.',
})
async function sessionRegistration(c) {
  const session = await readUspsSession(c)
  const registration =
    session?.stage === 'registering' ? await getRegistration(c.var, session.registrationId) : void 0
  if (!registration) {
    throw new UnauthorizedError2('No registration in progress: POST /api/v1/registrations first.')
  }
  return registration
}
function apiRegistrationsRoutes(runtime) {
  return new Hono2()
    .post('/api/v1/registrations', async (c) => {
      const input = parseInput2(StartRegistrationInput, await readBody2(c))
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
      const input = parseInput2(ValidationInput, await readBody2(c))
      const ctx = domainContext(c, runtime)
      if ('token' in input) {
        const registration2 = await validateRegistrationLink(ctx, input.token)
        const sessionToken = await renewUspsSession(c, {
          stage: 'registering',
          registrationId: registration2.id,
        })
        return c.json({ registration: registrationView(registration2), sessionToken })
      }
      const current = await sessionRegistration(c)
      const registration = await validateRegistrationCode(ctx, current.id, input.code)
      return c.json({ registration: registrationView(registration) })
    })
    .put('/api/v1/registrations/current/company', async (c) => {
      const current = await sessionRegistration(c)
      const input = parseInput2(CompanyInfo, await readBody2(c))
      return c.json(
        registrationView(await saveCompany(domainContext(c, runtime), current.id, input)),
      )
    })
    .put('/api/v1/registrations/current/contact', async (c) => {
      const current = await sessionRegistration(c)
      const input = parseInput2(ContactInfo, await readBody2(c))
      return c.json(
        registrationView(await saveContact(domainContext(c, runtime), current.id, input)),
      )
    })
    .post('/api/v1/registrations/current/account', async (c) => {
      const current = await sessionRegistration(c)
      if (current.accountId)
        throw new ConflictError2('This registration already created an account.')
      const input = parseInput2(SecurityInfo, await readBody2(c))
      const account = await completeRegistration(domainContext(c, runtime), current.id, input)
      const sessionToken = await renewUspsSession(c, {
        stage: 'signed_in',
        mfa: false,
        accountId: account.id,
      })
      return c.json({ account: publicAccount(account), sessionToken }, 201)
    })
}

// src/routes/api-sessions.ts
// src/domain/mfa-challenge.ts
import {
  parseInput as parseInput3,
  randomDigits as randomDigits4,
  readBody as readBody3,
  secretToken as secretToken3,
  sendMessage as sendMessage3,
  UnauthorizedError as UnauthorizedError3,
  ValidationError as ValidationError6,
} from '@partner-sandbox/shared'
import { Hono as Hono3 } from 'hono'
import { z as z9 } from 'zod'

var MFA_CHALLENGES = 'mfa_challenges'
var MFA_TTL_MINUTES = 10
var MFA_TTL_MS = MFA_TTL_MINUTES * MINUTE_MS
var MAX_MFA_ATTEMPTS = 5
var MFA_CODE_DIGITS = 6
var MfaCodeInput = z9.object({
  code: z9
    .string('Enter the verification code.')
    .trim()
    .regex(
      new RegExp(`^\\d{${MFA_CODE_DIGITS}}$`),
      `Enter the ${MFA_CODE_DIGITS}-digit verification code from the email.`,
    ),
})
async function startMfaChallenge(ctx, account) {
  const challenge = {
    id: secretToken3(),
    accountId: account.id,
    code: randomDigits4(ctx.random, MFA_CODE_DIGITS, true),
    expiresAt: isoAfter(ctx.clock, MFA_TTL_MS),
    attempts: 0,
  }
  await ctx.store.put(MFA_CHALLENGES, challenge.id, challenge)
  await sendMessage3(ctx.store, ctx.clock, {
    channel: 'email',
    to: account.email,
    subject: 'USPS.com: your verification code',
    text: `Your USPS.com verification code is ${challenge.code}. It expires in ${MFA_TTL_MINUTES} minutes.`,
    code: challenge.code,
  })
  return challenge
}
async function verifyMfaCode(ctx, challengeId, code) {
  const challenge = await ctx.store.get(MFA_CHALLENGES, challengeId)
  if (!challenge) throw new MfaRestartError('This sign-in has ended. Sign in again for a new code.')
  if (isPast(ctx.clock, challenge.expiresAt)) {
    await ctx.store.delete(MFA_CHALLENGES, challengeId)
    throw new MfaRestartError('The verification code has expired. Sign in again for a new code.')
  }
  if (challenge.code !== code) {
    const attempts = challenge.attempts + 1
    if (attempts >= MAX_MFA_ATTEMPTS) {
      await ctx.store.delete(MFA_CHALLENGES, challengeId)
      throw new MfaRestartError('Too many incorrect codes. Sign in again for a new code.')
    }
    await ctx.store.update(MFA_CHALLENGES, challengeId, (c) => (c ? { ...c, attempts } : c))
    const left = MAX_MFA_ATTEMPTS - attempts
    throw ValidationError6.forField(
      'code',
      `That code is not correct. ${left} ${left === 1 ? 'try' : 'tries'} left.`,
    )
  }
  if (!(await ctx.store.delete(MFA_CHALLENGES, challengeId))) {
    throw new MfaRestartError('This sign-in has ended. Sign in again for a new code.')
  }
  return challenge.accountId
}

// src/domain/sign-in.ts
import { ValidationError as ValidationError7, verifyPassword } from '@partner-sandbox/shared'
import { z as z10 } from 'zod'

var SignInInput = z10.object({
  username: z10
    .string('Enter your username or email.')
    .trim()
    .min(1, 'Enter your username or email.'),
  password: z10.string('Enter your password.').min(1, 'Enter your password.'),
})
async function checkPassword(ctx, input) {
  const account = await findAccountByLogin(ctx, input.username)
  if (!account || !(await verifyPassword(input.password, account.passwordHash))) {
    throw ValidationError7.forField(
      'password',
      'The username or password is incorrect. Check both and try again.',
    )
  }
  return account
}

// src/routes/api-sessions.ts
function apiSessionRoutes(runtime) {
  return new Hono3()
    .post('/api/v1/sessions', async (c) => {
      const ctx = domainContext(c, runtime)
      const account = await checkPassword(ctx, parseInput3(SignInInput, await readBody3(c)))
      const challenge = await startMfaChallenge(ctx, account)
      const sessionToken = await renewUspsSession(c, {
        stage: 'mfa_pending',
        accountId: account.id,
        challengeId: challenge.id,
      })
      return c.json(
        {
          sessionToken,
          mfaRequired: true,
          mfa: { channel: 'email', expiresAt: challenge.expiresAt },
        },
        201,
      )
    })
    .post('/api/v1/sessions/current/mfa', async (c) => {
      const session = await readUspsSession(c)
      if (session?.stage !== 'mfa_pending') {
        throw new UnauthorizedError3('No sign-in waits for a code: POST /api/v1/sessions first.')
      }
      const { code } = parseInput3(MfaCodeInput, await readBody3(c))
      let accountId
      try {
        accountId = await verifyMfaCode(domainContext(c, runtime), session.challengeId, code)
      } catch (error) {
        if (error instanceof MfaRestartError) await endUspsSession(c)
        throw error
      }
      const sessionToken = await renewUspsSession(c, {
        stage: 'signed_in',
        accountId,
        mfa: true,
      })
      const account = await getAccount(c.var, accountId)
      return c.json({ sessionToken, account: account ? publicAccount(account) : null })
    })
    .delete('/api/v1/sessions/current', async (c) => {
      await endUspsSession(c)
      return c.body(null, 204)
    })
}

// src/routes/control.ts
// src/domain/approve-nsa-link.ts
// src/clients/stamps-events.ts
import {
  deliverPendingEvents,
  enqueueEvent,
  NotFoundError,
  parseInput as parseInput4,
  readBody as readBody4,
  signEvent,
} from '@partner-sandbox/shared'
import { Hono as Hono4 } from 'hono'

function signNsaLinkApproved(keys, options, link) {
  const data = {
    linkId: link.id,
    crid: link.crid,
    mid: link.mid,
    epsNumber: link.epsNumber,
    uspsAccountId: link.uspsAccountId,
  }
  return signEvent(keys, {
    ...options,
    subject: link.uspsAccountId,
    event: 'nsa_link.approved',
    data,
  })
}

// src/domain/nsa-link.ts
import { secretToken as secretToken4 } from '@partner-sandbox/shared'

var NSA_LINKS = 'nsa_links'
var NSA_LINK_KEYS = 'nsa_link_keys'
var TRANSITIONS2 = {
  pending: { approve: 'approved' },
  approved: {},
}
function nextNsaLinkStatus(status, event) {
  const next = TRANSITIONS2[status][event]
  if (!next) throw new NsaLinkStateError(`The NSA link is already ${status}; nothing to ${event}.`)
  return next
}
async function requestNsaLink(ctx, input) {
  const key = `${input.clientId}|${input.uspsAccountId}|${input.epsNumber}`
  const id2 = `nsa_${secretToken4(9)}`
  if (!(await ctx.store.insert(NSA_LINK_KEYS, key, { linkId: id2 }))) {
    const existing = await ctx.store.get(NSA_LINK_KEYS, key)
    const link2 = existing && (await ctx.store.get(NSA_LINKS, existing.linkId))
    if (link2) return link2
  }
  const link = {
    id: id2,
    status: 'pending',
    ...input,
    createdAt: ctx.clock.now().toISOString(),
  }
  await ctx.store.put(NSA_LINKS, id2, link)
  await ctx.store.put(NSA_LINK_KEYS, key, { linkId: id2 })
  return link
}
async function listNsaLinks(ctx) {
  return ctx.store.list(NSA_LINKS)
}

// src/domain/approve-nsa-link.ts
async function approveNsaLink(ctx, partners, id2) {
  const link = await markApproved(ctx, id2)
  const client = await findClient(ctx, partners.clients, link.clientId)
  if (!client?.events) return { link, queued: false }
  const token = await signNsaLinkApproved(
    await partners.keys(),
    {
      issuer: ctx.baseUrl,
      audience: partners.peers[client.events.peer].baseUrl,
      tenant: ctx.tenant,
      clock: ctx.clock,
    },
    link,
  )
  await enqueueEvent(ctx.store, ctx.clock, { ...client.events, token })
  return { link, queued: true }
}
async function markApproved(ctx, id2) {
  const now = ctx.clock.now().toISOString()
  let refusal
  const updated = await ctx.store.update(NSA_LINKS, id2, (link) => {
    if (!link) return link
    try {
      return { ...link, status: nextNsaLinkStatus(link.status, 'approve'), approvedAt: now }
    } catch (error) {
      refusal = error
      return link
    }
  })
  if (refusal) throw refusal
  if (!updated) throw new NotFoundError(`No NSA link request ${id2} exists in this tenant.`)
  return updated
}

// src/domain/register-client.ts
import { ConflictError as ConflictError3 } from '@partner-sandbox/shared'
import { z as z11 } from 'zod'

var Scope = z11.enum(SUPPORTED_SCOPES)
var NewClientInput = z11
  .object({
    clientId: z11
      .string()
      .regex(/^[A-Za-z0-9._-]{3,64}$/, 'Use 3 to 64 letters, digits, ".", "_" or "-".'),
    name: z11.string().trim().min(1).max(80),
    type: z11.enum(['confidential', 'public']).default('confidential'),
    clientSecret: z11
      .string()
      .min(8, 'Use at least 8 characters for the client secret.')
      .optional(),
    redirectUris: z11
      .array(z11.url({ protocol: /^https?$/ }).refine((u) => !u.includes('#'), 'No fragments.'))
      .max(10)
      .default([]),
    allowLoopbackRedirects: z11.boolean().default(false),
    scopes: z11
      .array(Scope)
      .min(1)
      .default([...SUPPORTED_SCOPES]),
  })
  .refine((c) => c.type === 'public' || c.clientSecret !== void 0, {
    path: ['clientSecret'],
    message: 'A confidential client needs a clientSecret.',
  })
  .refine((c) => c.type === 'confidential' || c.clientSecret === void 0, {
    path: ['clientSecret'],
    message: 'A public client has no secret; leave clientSecret out.',
  })
  .refine((c) => c.redirectUris.length > 0 || c.allowLoopbackRedirects, {
    path: ['redirectUris'],
    message: 'Give at least one redirect URI, or set allowLoopbackRedirects.',
  })
async function registerClient(ctx, seeded, input) {
  const client = {
    id: input.clientId,
    name: input.name,
    type: input.type,
    secret: input.clientSecret,
    redirectUris: input.redirectUris,
    allowLoopbackRedirects: input.allowLoopbackRedirects,
    scopes: input.scopes,
    pkceRequired: input.type === 'public',
    nsaPartner: false,
  }
  const taken =
    seeded.some((c) => c.id === client.id) ||
    !(await ctx.store.insert(REGISTERED_CLIENTS, client.id, client))
  if (taken) throw new ConflictError3(`The client_id ${client.id} is already registered.`)
  return client
}

// src/routes/control.ts
function controlRoutes(runtime) {
  return new Hono4()
    .get('/__sandbox/nsa-links', async (c) => c.json(await listNsaLinks(c.var)))
    .post('/__sandbox/nsa-links/:id/approve', async (c) => {
      const { link, queued } = await approveNsaLink(
        domainContext(c, runtime),
        runtime,
        c.req.param('id'),
      )
      if (queued) await deliverPendingEvents(c.var.store, runtime.peers)
      return c.json(link)
    })
    .post('/__sandbox/oauth-clients', async (c) => {
      const input = parseInput4(NewClientInput, await readBody4(c))
      const client = await registerClient(c.var, runtime.clients, input)
      return c.json(
        {
          clientId: client.id,
          clientSecret: client.secret,
          name: client.name,
          type: client.type,
          redirectUris: client.redirectUris,
          allowLoopbackRedirects: client.allowLoopbackRedirects,
          scopes: client.scopes,
        },
        201,
      )
    })
}

// src/routes/oauth-authorize.tsx
// src/domain/authorization-code.ts
// src/domain/oauth-grants.ts
import {
  errorFormat,
  onFormError,
  parseInput as parseInput5,
  readBody as readBody5,
  secretToken as secretToken5,
  secretToken as secretToken6,
  withTenant,
} from '@partner-sandbox/shared'
import { Hono as Hono5 } from 'hono'
import { z as z12 } from 'zod'

var GRANTS = 'oauth_grants'
var REFRESH_TOKENS = 'refresh_tokens'
async function createGrant(ctx, clientId, accountId) {
  const grant = {
    id: `grant_${secretToken5(12)}`,
    clientId,
    accountId,
    status: 'active',
    createdAt: ctx.clock.now().toISOString(),
  }
  await ctx.store.put(GRANTS, grant.id, grant)
  return grant
}
async function isGrantActive(ctx, grantId) {
  return (await ctx.store.get(GRANTS, grantId))?.status === 'active'
}
async function revokeGrant(ctx, grantId) {
  const now = ctx.clock.now().toISOString()
  await ctx.store.update(GRANTS, grantId, (g) =>
    g && g.status === 'active' ? { ...g, status: 'revoked', revokedAt: now } : g,
  )
}
async function saveRefreshToken(ctx, token) {
  await ctx.store.put(REFRESH_TOKENS, token.token, token)
}
async function getRefreshToken(ctx, token) {
  return ctx.store.get(REFRESH_TOKENS, token)
}
async function retireRefreshToken(ctx, token, status) {
  let retired
  await ctx.store.update(REFRESH_TOKENS, token, (t) => {
    if (t?.status !== 'active') return t
    retired = t
    return { ...t, status }
  })
  return retired
}

// src/domain/authorization-code.ts
var AUTHORIZATION_CODES = 'authorization_codes'
var CODE_USES = 'authorization_code_uses'
var CODE_TTL_MS = 10 * MINUTE_MS
async function issueAuthorizationCode(ctx, request, accountId) {
  const grant = await createGrant(ctx, request.clientId, accountId)
  const code = {
    code: secretToken6(),
    grantId: grant.id,
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    redirectUriGiven: request.redirectUriGiven,
    codeChallenge: request.codeChallenge,
    accountId,
    scope: request.scope,
    expiresAt: isoAfter(ctx.clock, CODE_TTL_MS),
  }
  await ctx.store.put(AUTHORIZATION_CODES, code.code, code)
  return code
}
async function findAuthorizationCode(ctx, code) {
  return ctx.store.get(AUTHORIZATION_CODES, code)
}
async function wasCodeUsed(ctx, code) {
  return (await ctx.store.get(CODE_USES, code)) !== void 0
}
async function markCodeUsed(ctx, code) {
  return ctx.store.insert(CODE_USES, code, { usedAt: ctx.clock.now().toISOString() })
}

// src/lib/pkce.ts
import { createHash, timingSafeEqual } from 'node:crypto'
// src/domain/authorization-request.ts
import {
  secretToken as secretToken7,
  ValidationError as ValidationError8,
} from '@partner-sandbox/shared'

var PKCE_MIN_LENGTH = 43
var PKCE_MAX_LENGTH = 128
var PKCE_PATTERN = new RegExp(`^[A-Za-z0-9._~-]{${PKCE_MIN_LENGTH},${PKCE_MAX_LENGTH}}$`)
function s256(verifier) {
  return createHash('sha256').update(verifier).digest('base64url')
}
function verifierMatches(verifier, challenge) {
  const actual = Buffer.from(s256(verifier))
  const expected = Buffer.from(challenge)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

// src/domain/authorization-request.ts
var AUTHORIZATION_REQUESTS = 'authorization_requests'
var REQUEST_TTL_MS = 30 * MINUTE_MS
async function resolveAuthorizeTarget(ctx, seeded, query) {
  const clientId = query.client_id
  if (!clientId) throw ValidationError8.forField('client_id', 'The request has no client_id.')
  const client = await findClient(ctx, seeded, clientId)
  if (!client) {
    throw ValidationError8.forField('client_id', `No application is registered as ${clientId}.`)
  }
  const given = query.redirect_uri
  const onlyOne = client.redirectUris.length === 1 && !client.allowLoopbackRedirects
  const redirectUri = given ?? (onlyOne ? client.redirectUris[0] : void 0)
  if (!redirectUri) {
    throw ValidationError8.forField('redirect_uri', 'The request has no redirect_uri.')
  }
  if (!isAllowedRedirect(client, redirectUri)) {
    throw ValidationError8.forField(
      'redirect_uri',
      `The redirect_uri ${redirectUri} is not registered for ${client.name}.`,
    )
  }
  return { client, redirectUri, redirectUriGiven: given !== void 0 }
}
async function createAuthorizationRequest(ctx, target, query) {
  const { client } = target
  if (!query.response_type) throw new OAuthError('invalid_request', 'response_type is required.')
  if (query.response_type !== 'code') {
    throw new OAuthError(
      'unsupported_response_type',
      `response_type ${query.response_type} is not supported; use code.`,
    )
  }
  const requested = (query.scope ?? '').split(' ').filter(Boolean)
  const unknown = requested.filter((s) => !client.scopes.includes(s))
  if (unknown.length > 0) {
    throw new OAuthError('invalid_scope', `Unknown or not allowed scope: ${unknown.join(' ')}.`)
  }
  const method = query.code_challenge_method
  const challenge = query.code_challenge
  if (method !== void 0 && method !== 'S256') {
    throw new OAuthError(
      'invalid_request',
      'code_challenge_method must be S256 (plain is refused).',
    )
  }
  if (challenge === void 0 && client.pkceRequired) {
    throw new OAuthError(
      'invalid_request',
      `PKCE is required for ${client.name}: send code_challenge and code_challenge_method=S256.`,
    )
  }
  if (challenge !== void 0 && (method !== 'S256' || !PKCE_PATTERN.test(challenge))) {
    throw new OAuthError(
      'invalid_request',
      `code_challenge must be a ${PKCE_MIN_LENGTH} to ${PKCE_MAX_LENGTH} character base64url S256 challenge with code_challenge_method=S256.`,
    )
  }
  const request = {
    id: secretToken7(),
    clientId: client.id,
    redirectUri: target.redirectUri,
    redirectUriGiven: target.redirectUriGiven,
    scope: (requested.length > 0 ? requested : client.scopes).join(' '),
    state: query.state,
    codeChallenge: challenge,
    expiresAt: isoAfter(ctx.clock, REQUEST_TTL_MS),
  }
  await ctx.store.put(AUTHORIZATION_REQUESTS, request.id, request)
  return request
}
async function getAuthorizationRequest(ctx, id2) {
  const request = await ctx.store.get(AUTHORIZATION_REQUESTS, id2)
  return request && !isPast(ctx.clock, request.expiresAt) ? request : void 0
}
async function closeAuthorizationRequest(ctx, id2) {
  return ctx.store.delete(AUTHORIZATION_REQUESTS, id2)
}
function redirectWith(redirectUri, params) {
  const url = new URL(redirectUri)
  for (const [k, v] of Object.entries(params)) if (v !== void 0) url.searchParams.set(k, v)
  return url.toString()
}

// src/lib/authorize-error-format.tsx
// src/pages/message.tsx
import { Page, problemResponse } from '@partner-sandbox/shared'
import { jsx, jsxs } from 'hono/jsx/jsx-runtime'

var MessagePage = (props) =>
  /* @__PURE__ */ jsx(Page, {
    service: 'usps',
    title: props.title,
    children: /* @__PURE__ */ jsxs('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx('h1', { children: props.title }),
        /* @__PURE__ */ jsx('p', { role: 'alert', children: props.message }),
        props.link
          ? /* @__PURE__ */ jsx('p', {
              children: /* @__PURE__ */ jsx('a', {
                href: props.link.href,
                children: props.link.text,
              }),
            })
          : null,
      ],
    }),
  })

// src/lib/authorize-error-format.tsx
import { jsx as jsx2 } from 'hono/jsx/jsx-runtime'

var authorizeErrorFormat = (error, c) =>
  error.status >= 500
    ? problemResponse(error, c.req.path)
    : c.html(
        /* @__PURE__ */ jsx2(MessagePage, {
          title: 'Invalid authorization request',
          message: error.message,
        }),
        error.status,
      )

// src/pages/consent.tsx
// src/pages/nav.tsx
import { Checkbox, FormErrors, HeaderLinks, Page as Page2 } from '@partner-sandbox/shared'
import { jsx as jsx3 } from 'hono/jsx/jsx-runtime'

var SignedInNav = () =>
  /* @__PURE__ */ jsx3(HeaderLinks, {
    links: [
      ['/portal', 'Business Portal'],
      ['/portal/account', 'My Account'],
    ],
    signOut: { action: '/logout', label: 'Sign Out' },
  })

// src/pages/consent.tsx
import { jsx as jsx4, jsxs as jsxs2 } from 'hono/jsx/jsx-runtime'

var ConsentPage = (props) =>
  /* @__PURE__ */ jsx4(Page2, {
    service: 'usps',
    title: `Grant ${props.clientName} Access`,
    nav: /* @__PURE__ */ jsx4(SignedInNav, {}),
    children: /* @__PURE__ */ jsxs2('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx4('h1', { children: `Grant ${props.clientName} Access` }),
        /* @__PURE__ */ jsxs2('p', {
          children: [
            props.clientName,
            ' asks to use the USPS APIs on your behalf with these scopes:',
            ' ',
            /* @__PURE__ */ jsx4('code', { children: props.scope }),
            '.',
          ],
        }),
        /* @__PURE__ */ jsx4(FormErrors, { error: props.error, fields: ['agree'] }),
        /* @__PURE__ */ jsxs2('form', {
          method: 'post',
          action: `/oauth2/v3/consent/${props.requestId}`,
          children: [
            /* @__PURE__ */ jsx4(Checkbox, {
              label: `I agree to give ${props.clientName} access to my USPS business account, payment accounts, CRIDs and MIDs`,
              name: 'agree',
              errors: props.error?.fieldErrors,
            }),
            /* @__PURE__ */ jsx4('button', {
              type: 'submit',
              name: 'action',
              value: 'authorize',
              children: 'Authorize and Continue',
            }),
            ' ',
            /* @__PURE__ */ jsx4('button', {
              type: 'submit',
              name: 'action',
              value: 'cancel',
              formnovalidate: true,
              children: 'Cancel',
            }),
          ],
        }),
      ],
    }),
  })

// src/pages/integration-success.tsx
import { Page as Page3 } from '@partner-sandbox/shared'
import { jsx as jsx5, jsxs as jsxs3 } from 'hono/jsx/jsx-runtime'

var IntegrationSuccessPage = (props) =>
  /* @__PURE__ */ jsx5(Page3, {
    service: 'usps',
    title: 'Successful Integration',
    nav: /* @__PURE__ */ jsx5(SignedInNav, {}),
    children: /* @__PURE__ */ jsxs3('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx5('h1', { children: 'Successful Integration' }),
        /* @__PURE__ */ jsxs3('p', {
          children: ['You gave ', props.clientName, ' access to your USPS business account.'],
        }),
        /* @__PURE__ */ jsx5('a', {
          class: 'button',
          href: props.href,
          style: 'font-size:22px;padding:16px 32px',
          children: `Go to ${props.clientName}`,
        }),
      ],
    }),
  })

// src/routes/oauth-authorize.tsx
import { jsx as jsx6 } from 'hono/jsx/jsx-runtime'

var consentPath = (id2) => `/oauth2/v3/consent/${id2}`
var CONSENT_NEEDS_MFA = { mfa: true }
var ConsentInput = z12.object({ action: z12.enum(['authorize', 'cancel']).default('authorize') })
var gone = (c) =>
  c.html(
    /* @__PURE__ */ jsx6(MessagePage, {
      title: 'Authorization request expired',
      message:
        'This authorization request has expired or was already answered. Start the link again from the application.',
    }),
    400,
  )
var backToClient = (c, redirectUri, state, params) =>
  withTenant(redirectWith(redirectUri, { ...params, state }), c.var.tenant)
function oauthAuthorizeRoutes(runtime) {
  const findRequestAndClient = async (c) => {
    const request = await getAuthorizationRequest(c.var, c.req.param('id') ?? '')
    const client = request && (await findClient(c.var, runtime.clients, request.clientId))
    return request && client ? { request, client } : void 0
  }
  const back = (c, request, params) => backToClient(c, request.redirectUri, request.state, params)
  return new Hono5()
    .use('/oauth2/v3/authorize', errorFormat(authorizeErrorFormat))
    .get('/oauth2/v3/authorize', async (c) => {
      const query = c.req.query()
      const target = await resolveAuthorizeTarget(c.var, runtime.clients, query)
      try {
        const request = await createAuthorizationRequest(domainContext(c, runtime), target, query)
        const next = consentPath(request.id)
        return c.redirect((await mfaSignedInAccountId(c)) ? next : loginUrl(next))
      } catch (error) {
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
          /* @__PURE__ */ jsx6(ConsentPage, {
            requestId: found.request.id,
            clientName: found.client.name,
            scope: found.request.scope,
          }),
        )
      }, CONSENT_NEEDS_MFA),
    )
    .post(
      '/oauth2/v3/consent/:id',
      withAccountPage(async (c, account) => {
        const found = await findRequestAndClient(c)
        if (!found) return gone(c)
        const { request, client } = found
        const body = await readBody5(c)
        onFormError(c, (error) =>
          /* @__PURE__ */ jsx6(ConsentPage, {
            requestId: request.id,
            clientName: client.name,
            scope: request.scope,
            error,
          }),
        )
        const { action } = parseInput5(ConsentInput, body)
        if (action === 'cancel') {
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
        parseInput5(z12.object({ agree: agreement }), body)
        if (!(await closeAuthorizationRequest(c.var, request.id))) return gone(c)
        const code = await issueAuthorizationCode(domainContext(c, runtime), request, account.id)
        return c.html(
          /* @__PURE__ */ jsx6(IntegrationSuccessPage, {
            clientName: client.name,
            href: back(c, request, { code: code.code }),
          }),
        )
      }, CONSENT_NEEDS_MFA),
    )
}

// src/lib/safe-equal.ts
import { timingSafeEqual as timingSafeEqual2 } from 'node:crypto'
// src/routes/oauth-token.ts
import { errorFormat as errorFormat2, readBody as readBody6 } from '@partner-sandbox/shared'
import { Hono as Hono6 } from 'hono'

function safeEqual(a, b) {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual2(x, y)
}

// src/domain/client-auth.ts
var INVALID_CLIENT =
  'InvalidApiKey: The client application credentials provided in the request are missing, invalid, inactive or not approved for access.'
async function authenticateClient(ctx, seeded, authorization, body) {
  const bodyId = stringOf(body.client_id)
  const bodySecret = stringOf(body.client_secret)
  let id2 = bodyId
  let secret = bodySecret
  if (authorization?.toLowerCase().startsWith('basic ')) {
    if (bodySecret) {
      throw new OAuthError('invalid_request', 'Use one client authentication method, not two.')
    }
    const basic = decodeBasic(authorization.slice(6).trim())
    if (!basic || (bodyId && bodyId !== basic.id))
      throw new OAuthError('invalid_client', INVALID_CLIENT)
    ;({ id: id2, secret } = basic)
  }
  if (!id2) throw new OAuthError('invalid_client', INVALID_CLIENT)
  const client = await findClient(ctx, seeded, id2)
  if (!client) throw new OAuthError('invalid_client', INVALID_CLIENT)
  if (client.type === 'public') {
    if (secret) throw new OAuthError('invalid_client', 'A public client sends no client_secret.')
    return client
  }
  if (!secret || !client.secret || !safeEqual(secret, client.secret)) {
    throw new OAuthError('invalid_client', INVALID_CLIENT)
  }
  return client
}
function stringOf(value) {
  return typeof value === 'string' && value !== '' ? value : void 0
}
function decodeBasic(encoded) {
  const text2 = Buffer.from(encoded, 'base64').toString('utf8')
  const colon = text2.indexOf(':')
  if (colon < 1) return void 0
  try {
    const decode = (v) => decodeURIComponent(v.replace(/\+/g, ' '))
    return { id: decode(text2.slice(0, colon)), secret: decode(text2.slice(colon + 1)) }
  } catch {
    return void 0
  }
}

// src/domain/access-token.ts
import { InvalidTokenError, signServiceToken, verifyServiceToken } from '@partner-sandbox/shared'
import { createLocalJWKSet } from 'jose'

var ACCESS_TOKEN_TYPE = 'at+jwt'
var ACCESS_TOKEN_TTL_SECONDS = 8 * 3600
function signAccessToken(ctx, keys, tenant, grant) {
  const acting = grant.accountId ? { account_id: grant.accountId } : {}
  return signServiceToken(keys, {
    type: ACCESS_TOKEN_TYPE,
    issuer: ctx.baseUrl,
    audience: ctx.baseUrl,
    subject: grant.accountId ?? grant.clientId,
    tenant,
    ttlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    clock: ctx.clock,
    claims: { client_id: grant.clientId, scope: grant.scope, gid: grant.grantId, ...acting },
  })
}
async function verifyAccessToken(ctx, keys, token) {
  const payload = await verifyServiceToken(token, createLocalJWKSet({ keys: [keys.publicJwk] }), {
    type: ACCESS_TOKEN_TYPE,
    issuer: ctx.baseUrl,
    audience: ctx.baseUrl,
    clock: ctx.clock,
  })
  if (payload.tenant !== ctx.store.tenant) {
    throw new InvalidTokenError(`The token belongs to sandbox tenant ${payload.tenant}.`)
  }
  const { client_id: clientId, scope, gid } = payload
  if (typeof clientId !== 'string' || typeof scope !== 'string' || typeof gid !== 'string') {
    throw new InvalidTokenError('The token has no client_id, scope or grant.')
  }
  if (!(await isGrantActive(ctx, gid))) {
    throw new InvalidTokenError('The token was revoked.')
  }
  return {
    accountId: typeof payload.account_id === 'string' ? payload.account_id : void 0,
    clientId,
    scopes: scope.split(' ').filter(Boolean),
    grantId: gid,
  }
}

// src/domain/revoke-token.ts
async function revokeToken(ctx, keys, client, body) {
  const token = typeof body.token === 'string' ? body.token : ''
  if (!token) throw new OAuthError('invalid_request', 'token is required.')
  const refresh2 = await getRefreshToken(ctx, token)
  if (refresh2) {
    if (refresh2.clientId !== client.id) return
    await retireRefreshToken(ctx, token, 'revoked')
    await revokeGrant(ctx, refresh2.grantId)
    return
  }
  try {
    const claims = await verifyAccessToken(ctx, keys, token)
    if (claims.clientId === client.id) await revokeGrant(ctx, claims.grantId)
  } catch {}
}

// src/domain/token-response.ts
import { secretToken as secretToken8 } from '@partner-sandbox/shared'

var REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 3600
async function issueTokens(ctx, keys, input) {
  const now = ctx.clock.now()
  const accessToken = await signAccessToken(ctx, keys, ctx.store.tenant, {
    accountId: input.accountId,
    clientId: input.client.id,
    scope: input.scope,
    grantId: input.grantId,
  })
  const response = {
    access_token: accessToken,
    token_type: 'Bearer',
    issued_at: now.getTime(),
    expires_in: 28799,
    status: 'approved',
    scope: input.scope,
    issuer: ctx.baseUrl,
    client_id: input.client.id,
    application_name: input.client.name,
  }
  if (input.refreshCount === void 0) return response
  const refreshToken = secretToken8(24)
  await saveRefreshToken(ctx, {
    token: refreshToken,
    grantId: input.grantId,
    clientId: input.client.id,
    accountId: input.accountId,
    scope: input.scope,
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1e3).toISOString(),
    refreshCount: input.refreshCount,
    status: 'active',
  })
  return {
    ...response,
    refresh_token: refreshToken,
    refresh_token_issued_at: now.getTime(),
    refresh_token_expires_in: 604799,
    refresh_token_status: 'approved',
    refresh_count: input.refreshCount,
  }
}

// src/domain/token-grants.ts
var str = (v) => (typeof v === 'string' && v !== '' ? v : void 0)
var BAD_CODE =
  'Authorizaton Code Error: either the authorization code has expired, is invalid, or the redirect_uri is not registered.'
async function grantTokens(ctx, keys, client, body) {
  const grantType = str(body.grant_type)
  if (!grantType) throw new OAuthError('invalid_request', 'grant_type is required.')
  if (grantType === 'authorization_code') return redeemCode(ctx, keys, client, body)
  if (grantType === 'refresh_token') return refresh(ctx, keys, client, body)
  if (grantType === 'client_credentials') return clientCredentials(ctx, keys, client, body)
  throw new OAuthError(
    'unsupported_grant_type',
    `grant_type ${grantType} is not supported; use authorization_code, refresh_token or client_credentials.`,
  )
}
async function redeemCode(ctx, keys, client, body) {
  const value = str(body.code)
  if (!value) throw new OAuthError('invalid_request', 'code is required.')
  const code = await findAuthorizationCode(ctx, value)
  if (!code || isPast(ctx.clock, code.expiresAt)) throw new OAuthError('invalid_grant', BAD_CODE)
  if (await wasCodeUsed(ctx, value)) {
    await revokeGrant(ctx, code.grantId)
    throw new OAuthError('invalid_grant', 'The authorization code was already used.')
  }
  if (code.clientId !== client.id) throw new OAuthError('invalid_grant', BAD_CODE)
  const redirectUri = str(body.redirect_uri)
  if ((code.redirectUriGiven || redirectUri) && redirectUri !== code.redirectUri) {
    throw new OAuthError('invalid_grant', BAD_CODE)
  }
  checkVerifier(code.codeChallenge, str(body.code_verifier))
  if (!(await markCodeUsed(ctx, value))) {
    await revokeGrant(ctx, code.grantId)
    throw new OAuthError('invalid_grant', 'The authorization code was already used.')
  }
  return issueTokens(ctx, keys, {
    client,
    accountId: code.accountId,
    scope: code.scope,
    grantId: code.grantId,
    refreshCount: 0,
  })
}
function checkVerifier(challenge, verifier) {
  if (!challenge) {
    if (verifier)
      throw new OAuthError('invalid_grant', 'code_verifier sent, but no code_challenge.')
    return
  }
  if (!verifier) throw new OAuthError('invalid_request', 'code_verifier is required (PKCE).')
  if (!PKCE_PATTERN.test(verifier) || !verifierMatches(verifier, challenge)) {
    throw new OAuthError('invalid_grant', 'The code_verifier does not match the code_challenge.')
  }
}
async function refresh(ctx, keys, client, body) {
  const value = str(body.refresh_token)
  if (!value) throw new OAuthError('invalid_request', 'refresh_token is required.')
  const stored = await getRefreshToken(ctx, value)
  const invalid = `Invalid Refresh Token: the refresh token is unknown, expired or revoked.`
  if (!stored || stored.clientId !== client.id) throw new OAuthError('invalid_grant', invalid)
  if (isPast(ctx.clock, stored.expiresAt)) throw new OAuthError('invalid_grant', invalid)
  if (stored.status === 'rotated') {
    await revokeGrant(ctx, stored.grantId)
    throw new OAuthError('invalid_grant', invalid)
  }
  if (!(await isGrantActive(ctx, stored.grantId))) throw new OAuthError('invalid_grant', invalid)
  const scope = narrowScope(stored.scope, str(body.scope))
  if (!(await retireRefreshToken(ctx, value, 'rotated'))) {
    await revokeGrant(ctx, stored.grantId)
    throw new OAuthError('invalid_grant', invalid)
  }
  return issueTokens(ctx, keys, {
    client,
    accountId: stored.accountId,
    scope,
    grantId: stored.grantId,
    refreshCount: stored.refreshCount + 1,
  })
}
async function clientCredentials(ctx, keys, client, body) {
  if (client.type !== 'confidential') {
    throw new OAuthError('unauthorized_client', 'Public clients cannot use client_credentials.')
  }
  const scope = narrowScope(client.scopes.join(' '), str(body.scope))
  const grant = await createGrant(ctx, client.id, void 0)
  return issueTokens(ctx, keys, { client, scope, grantId: grant.id })
}
function narrowScope(granted, requested) {
  if (!requested) return granted
  const allowed = new Set(granted.split(' '))
  const asked = requested.split(' ').filter(Boolean)
  const extra = asked.filter((s) => !allowed.has(s))
  if (extra.length > 0)
    throw new OAuthError('invalid_scope', `Scope not granted: ${extra.join(' ')}.`)
  return asked.join(' ')
}

// src/lib/oauth-error-format.ts
var NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' }
function oauthErrorFormat(realm) {
  return (error, c) => {
    if (error.code === 'internal_error') {
      return c.json(
        { error: 'server_error', error_description: 'The token endpoint failed; try again.' },
        500,
        NO_STORE,
      )
    }
    const oauth =
      error instanceof OAuthError ? error : new OAuthError('invalid_request', error.message)
    const headers = { ...NO_STORE }
    if (oauth.status === 401) headers['WWW-Authenticate'] = `Basic realm="${realm}"`
    return c.json(
      { error: oauth.oauthError, error_description: oauth.message },
      oauth.status,
      headers,
    )
  }
}

// src/routes/oauth-token.ts
async function oauthBody(c) {
  try {
    return await readBody6(c)
  } catch (cause) {
    throw new OAuthError(
      'invalid_request',
      'Send the body as application/x-www-form-urlencoded or application/json.',
      { cause },
    )
  }
}
function oauthTokenRoutes(runtime) {
  const clientOf = (c, body) =>
    authenticateClient(c.var, runtime.clients, c.req.header('authorization'), body)
  const format = errorFormat2(oauthErrorFormat(runtime.baseUrl))
  return new Hono6()
    .use('/oauth2/v3/token', format)
    .use('/oauth2/v3/revoke', format)
    .post('/oauth2/v3/token', async (c) => {
      const body = await oauthBody(c)
      const client = await clientOf(c, body)
      const tokens = await grantTokens(
        domainContext(c, runtime),
        await runtime.keys(),
        client,
        body,
      )
      return c.json(tokens, 200, NO_STORE)
    })
    .post('/oauth2/v3/revoke', async (c) => {
      const body = await oauthBody(c)
      const client = await clientOf(c, body)
      await revokeToken(domainContext(c, runtime), await runtime.keys(), client, body)
      return c.body(null, 200, NO_STORE)
    })
    .get('/.well-known/oauth-authorization-server', (c) => {
      const base = runtime.baseUrl
      return c.json({
        issuer: base,
        authorization_endpoint: `${base}/oauth2/v3/authorize`,
        token_endpoint: `${base}/oauth2/v3/token`,
        revocation_endpoint: `${base}/oauth2/v3/revoke`,
        jwks_uri: `${base}/.well-known/jwks.json`,
        response_types_supported: ['code'],
        response_modes_supported: ['query'],
        grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: [
          'client_secret_basic',
          'client_secret_post',
          'none',
        ],
        revocation_endpoint_auth_methods_supported: [
          'client_secret_basic',
          'client_secret_post',
          'none',
        ],
        scopes_supported: [...SUPPORTED_SCOPES],
      })
    })
}

// src/routes/payments.ts
// src/domain/authorize-payment.ts
import {
  errorFormat as errorFormat3,
  InvalidTokenError as InvalidTokenError2,
  signServiceToken as signServiceToken2,
  USPS_ERROR,
  uspsErrorMessage,
} from '@partner-sandbox/shared'
import { Hono as Hono7 } from 'hono'

var PAYMENT_AUTHORIZATION_TOKEN_TYPE = 'payment-authorization+jwt'
async function authorizePayment(ctx, keys, caller, client, roles) {
  if (!caller.scopes.includes('payments')) {
    throw UspsApiError.forbidden('The access token does not include the payments scope.')
  }
  const account = caller.accountId ? await getAccount(ctx, caller.accountId) : void 0
  if (!account) {
    throw UspsApiError.forbidden(
      'The access token does not act for a USPS business account. Use a token from the authorization code grant.',
    )
  }
  await checkPaymentAccounts(ctx, account, roles)
  checkIdentifiers(account, roles)
  const paymentAuthorizationToken = await signServiceToken2(keys, {
    type: PAYMENT_AUTHORIZATION_TOKEN_TYPE,
    issuer: ctx.baseUrl,
    audience: ctx.baseUrl,
    subject: account.id,
    tenant: ctx.store.tenant,
    ttlSeconds: 8 * 3600,
    clock: ctx.clock,
    claims: { client_id: caller.clientId, roles },
  })
  const payer = roles.find((r) => r.roleName === 'PAYER')
  const labelOwner = roles.find((r) => r.roleName === 'LABEL_OWNER')
  let nsaLink
  if (client?.nsaPartner && payer?.accountType === 'EPS' && payer.accountNumber) {
    nsaLink = await requestNsaLink(ctx, {
      clientId: client.id,
      uspsAccountId: account.id,
      crid: account.crid,
      mid: labelOwner?.MID ?? payer.MID ?? account.mid,
      epsNumber: payer.accountNumber,
    })
  }
  return { paymentAuthorizationToken, roles, nsaLink }
}
async function checkPaymentAccounts(ctx, account, roles) {
  for (const role of roles) {
    if (role.accountType !== 'EPS' || !role.accountNumber) continue
    const number = role.accountNumber
    if ((await ownerOfNumber(ctx.store, EPS_NUMBERS, number)) !== account.id) {
      throw UspsApiError.badRequest([
        {
          code: USPS_ERROR.EPS_ACCOUNT_NOT_FOUND,
          detail: uspsErrorMessage(USPS_ERROR.EPS_ACCOUNT_NOT_FOUND, number),
        },
      ])
    }
    const epa = await getPaymentAccount(ctx, account.id)
    if (epa.status === 'pending_verification') {
      throw UspsApiError.badRequest([
        {
          code: USPS_ERROR.EPS_PAYMENT_METHOD_NOT_ACTIVE,
          detail: uspsErrorMessage(USPS_ERROR.EPS_PAYMENT_METHOD_NOT_ACTIVE),
        },
      ])
    }
    if (epa.status !== 'active') {
      throw UspsApiError.badRequest([
        {
          code: USPS_ERROR.EPS_NO_PRIMARY_PAYMENT_METHOD,
          detail: uspsErrorMessage(USPS_ERROR.EPS_NO_PRIMARY_PAYMENT_METHOD),
        },
      ])
    }
  }
}
function checkIdentifiers(account, roles) {
  for (const role of roles) {
    if (role.CRID && role.CRID !== account.crid) {
      throw UspsApiError.forbidden(
        `The CRID ${role.CRID} is not associated with the authorized USPS account.`,
      )
    }
    for (const mid of [role.MID, role.manifestMID]) {
      if (mid && mid !== account.mid) {
        throw UspsApiError.forbidden(
          `The MID ${mid} is not associated with the authorized USPS account.`,
        )
      }
    }
  }
}

// src/domain/payment-roles.ts
import { USPS_ERROR as USPS_ERROR2 } from '@partner-sandbox/shared'
import { z as z13 } from 'zod'

var ROLE_NAMES = [
  'PAYER',
  'RATE_HOLDER',
  'LABEL_OWNER',
  'SHIPPER',
  'MAIL_OWNER',
  'PLATFORM',
  'RETURN_LABEL_PAYER',
  'RETURN_LABEL_RATE_HOLDER',
  'RETURN_LABEL_OWNER',
  'LABEL_PROVIDER',
]
var ACCOUNT_TYPES = ['EPS', 'PERMIT', 'METER', 'OMAS']
var id = z13
  .union([z13.string(), z13.number()])
  .transform((v) => String(v).trim())
  .optional()
var RoleShape = z13.looseObject({
  roleName: z13.string().optional(),
  CRID: id,
  MID: id,
  manifestMID: id,
  accountType: z13.string().optional(),
  accountNumber: id,
})
var Body = z13.object({ roles: z13.array(RoleShape) })
var NEEDS_PAYMENT = /* @__PURE__ */ new Set([
  'PAYER',
  'RATE_HOLDER',
  'RETURN_LABEL_PAYER',
  'RETURN_LABEL_RATE_HOLDER',
])
var NEEDS_MIDS = /* @__PURE__ */ new Set(['LABEL_OWNER', 'RETURN_LABEL_OWNER'])
function validateRoles(body) {
  const parsed = Body.safeParse(body)
  if (!parsed.success) {
    throw UspsApiError.badRequest([
      { code: USPS_ERROR2.PAYER_REQUIRED, detail: 'PAYER is required' },
      { code: USPS_ERROR2.LABEL_OWNER_REQUIRED, detail: 'LABEL_OWNER is required' },
    ])
  }
  const roles = parsed.data.roles
  const errors = []
  const seen = /* @__PURE__ */ new Set()
  for (const role of roles) {
    const name = role.roleName?.trim()
    if (!name) {
      errors.push({
        code: USPS_ERROR2.ROLE_WITHOUT_NAME,
        detail: 'Cannot have a role without roleName',
      })
      continue
    }
    if (!ROLE_NAMES.includes(name)) {
      errors.push({
        code: USPS_ERROR2.ROLE_WITHOUT_NAME,
        detail: `${name} is not a valid roleName`,
      })
      continue
    }
    if (seen.has(name))
      errors.push({ code: USPS_ERROR2.DUPLICATE_ROLES, detail: 'no duplicate roles allowed' })
    seen.add(name)
    if (!role.CRID)
      errors.push({ code: USPS_ERROR2.ROLE_REQUIRES_CRID, detail: `${name} requires CRID` })
    if (NEEDS_MIDS.has(name)) {
      if (!role.MID)
        errors.push({ code: USPS_ERROR2.ROLE_REQUIRES_MID, detail: `${name} requires MID` })
      if (!role.manifestMID)
        errors.push({
          code: USPS_ERROR2.ROLE_REQUIRES_MANIFEST_MID,
          detail: `${name} requires manifestMID`,
        })
    }
    if (NEEDS_PAYMENT.has(name) && !role.accountType) {
      errors.push({
        code: USPS_ERROR2.ROLE_REQUIRES_ACCOUNT_TYPE,
        detail: `${name} requires accountType`,
      })
    } else if (role.accountType && !ACCOUNT_TYPES.includes(role.accountType)) {
      errors.push({
        code: USPS_ERROR2.ROLE_REQUIRES_ACCOUNT_TYPE_OF,
        detail: `${name} requires accountType of PERMIT, METER, OMAS, or EPS`,
      })
    } else if (role.accountType === 'EPS' && !role.accountNumber) {
      errors.push({
        code: USPS_ERROR2.ROLE_REQUIRES_ACCOUNT_NUMBER,
        detail: `${name} requires accountNumber when accountType is EPS`,
      })
    }
  }
  if (!seen.has('PAYER'))
    errors.push({ code: USPS_ERROR2.PAYER_REQUIRED, detail: 'PAYER is required' })
  if (!seen.has('LABEL_OWNER'))
    errors.push({ code: USPS_ERROR2.LABEL_OWNER_REQUIRED, detail: 'LABEL_OWNER is required' })
  if (errors.length > 0) throw UspsApiError.badRequest(errors)
  return roles
}

// src/lib/usps-api-error-format.ts
function uspsTitle(status) {
  if (status >= 500) return 'INTERNAL_SERVER_ERROR'
  if (status === 401) return 'UNAUTHORIZED'
  if (status === 403) return 'FORBIDDEN'
  return 'BAD_REQUEST'
}
function asUspsApiError(error) {
  if (error instanceof UspsApiError) return error
  const title = uspsTitle(error.status)
  const detail = error.code === 'internal_error' ? 'Try again later.' : error.message
  return new UspsApiError(error.status, title, [
    { status: String(error.status), code: String(error.status), title, detail },
  ])
}
var uspsApiErrorFormat = (error, c) => {
  const usps = asUspsApiError(error)
  const headers = usps.status === 401 ? { 'WWW-Authenticate': 'Bearer error="invalid_token"' } : {}
  return c.json(
    {
      apiVersion: '3.0',
      error: { code: String(usps.status), message: usps.title, errors: usps.items },
    },
    usps.status,
    headers,
  )
}

// src/routes/payments.ts
function paymentsRoutes(runtime) {
  return new Hono7()
    .use('/payments/v3/*', errorFormat3(uspsApiErrorFormat))
    .post('/payments/v3/payment-authorization', async (c) => {
      const auth = c.req.header('authorization') ?? ''
      if (!/^Bearer\s+\S+$/i.test(auth)) {
        throw UspsApiError.unauthorized(
          'Send the OAuth access token as Authorization: Bearer <token>.',
        )
      }
      const ctx = domainContext(c, runtime)
      const keys = await runtime.keys()
      const caller = await verifyAccessToken(ctx, keys, auth.replace(/^Bearer\s+/i, '')).catch(
        (error) => {
          if (error instanceof InvalidTokenError2) {
            throw UspsApiError.unauthorized(
              `Client authentication failed, reason InvalidToken. ${error.message}`,
            )
          }
          throw error
        },
      )
      let body
      try {
        body = await c.req.json()
      } catch {
        throw UspsApiError.badRequest([
          { code: '400', detail: 'The request body is not valid JSON.' },
        ])
      }
      const roles = validateRoles(body)
      const client = await findClient(c.var, runtime.clients, caller.clientId)
      const result = await authorizePayment(ctx, keys, caller, client, roles)
      return c.json({
        paymentAuthorizationToken: result.paymentAuthorizationToken,
        roles: result.roles,
      })
    })
}

// src/routes/portal.tsx
// src/pages/ach.tsx
import {
  Field,
  FormErrors as FormErrors2,
  fieldMessage,
  onFormError as onFormError2,
  Page as Page4,
  parseInput as parseInput6,
  readBody as readBody7,
} from '@partner-sandbox/shared'
import { Hono as Hono8 } from 'hono'

// src/pages/form-values.ts
function fieldValue(state, name) {
  const v = state.values?.[name]
  return typeof v === 'string' ? v : void 0
}
function isChecked(state, name) {
  const v = state.values?.[name]
  return v === 'on' || v === true || v === 'true'
}

// src/pages/ach.tsx
import { jsx as jsx7, jsxs as jsxs4 } from 'hono/jsx/jsx-runtime'

var FIELDS = ['routingNumber', 'accountNumber', 'accountType']
var AchPage = (props) => {
  const errors = props.error?.fieldErrors
  const typeError = fieldMessage(errors, 'accountType')
  const type = fieldValue(props, 'accountType') ?? 'checking'
  return /* @__PURE__ */ jsx7(Page4, {
    service: 'usps',
    title: 'Add a bank account (ACH Debit)',
    nav: /* @__PURE__ */ jsx7(SignedInNav, {}),
    children: /* @__PURE__ */ jsxs4('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx7('h1', { children: 'Add a bank account (ACH Debit)' }),
        /* @__PURE__ */ jsxs4('p', {
          children: [
            'Two micro-debits (less than $1.00) will be made to the bank account within',
            ' ',
            MICRO_DEBITS_EARLIEST_HOURS,
            ' to ',
            MICRO_DEBITS_LATEST_HOURS,
            ' hours. Note the amounts: you need them to verify the account.',
          ],
        }),
        /* @__PURE__ */ jsx7(FormErrors2, { error: props.error, fields: FIELDS }),
        /* @__PURE__ */ jsxs4('form', {
          method: 'post',
          action: '/portal/payment-account/ach',
          children: [
            /* @__PURE__ */ jsx7(Field, {
              label: 'Routing number',
              name: 'routingNumber',
              value: fieldValue(props, 'routingNumber'),
              errors,
              inputmode: 'numeric',
              required: true,
            }),
            /* @__PURE__ */ jsx7(Field, {
              label: 'Account number',
              name: 'accountNumber',
              value: fieldValue(props, 'accountNumber'),
              errors,
              inputmode: 'numeric',
              required: true,
            }),
            /* @__PURE__ */ jsx7('label', { for: 'field-accountType', children: 'Account type' }),
            /* @__PURE__ */ jsxs4('select', {
              id: 'field-accountType',
              name: 'accountType',
              'aria-invalid': typeError ? 'true' : void 0,
              children: [
                /* @__PURE__ */ jsx7('option', {
                  value: 'checking',
                  selected: type === 'checking',
                  children: 'Checking',
                }),
                /* @__PURE__ */ jsx7('option', {
                  value: 'savings',
                  selected: type === 'savings',
                  children: 'Savings',
                }),
              ],
            }),
            typeError
              ? /* @__PURE__ */ jsx7('p', {
                  class: 'field-error',
                  role: 'alert',
                  children: typeError,
                })
              : null,
            /* @__PURE__ */ jsx7('button', { type: 'submit', children: 'Add Payment Account' }),
          ],
        }),
      ],
    }),
  })
}

// src/pages/credit-card.tsx
import { Field as Field2, FormErrors as FormErrors3, Page as Page5 } from '@partner-sandbox/shared'
import { jsx as jsx8, jsxs as jsxs5 } from 'hono/jsx/jsx-runtime'

var FIELDS2 = [
  'cardholderName',
  'cardNumber',
  'expiry',
  'cvc',
  'billingZip',
  'anticipatedDailySpend',
]
var CreditCardPage = (props) => {
  const errors = props.error?.fieldErrors
  return /* @__PURE__ */ jsx8(Page5, {
    service: 'usps',
    title: 'Add a credit card',
    nav: /* @__PURE__ */ jsx8(SignedInNav, {}),
    children: /* @__PURE__ */ jsxs5('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx8('h1', { children: 'Add a credit card' }),
        /* @__PURE__ */ jsx8(FormErrors3, { error: props.error, fields: FIELDS2 }),
        /* @__PURE__ */ jsxs5('form', {
          method: 'post',
          action: '/portal/payment-account/credit-card',
          children: [
            /* @__PURE__ */ jsx8(Field2, {
              label: 'Name on card',
              name: 'cardholderName',
              value: fieldValue(props, 'cardholderName'),
              errors,
              autocomplete: 'cc-name',
              required: true,
            }),
            /* @__PURE__ */ jsx8(Field2, {
              label: 'Card number',
              name: 'cardNumber',
              value: fieldValue(props, 'cardNumber'),
              errors,
              autocomplete: 'cc-number',
              inputmode: 'numeric',
              required: true,
            }),
            /* @__PURE__ */ jsx8(Field2, {
              label: 'Expiry (MM/YY)',
              name: 'expiry',
              value: fieldValue(props, 'expiry'),
              errors,
              autocomplete: 'cc-exp',
              required: true,
            }),
            /* @__PURE__ */ jsx8(Field2, {
              label: 'Security code (CVC)',
              name: 'cvc',
              errors,
              autocomplete: 'cc-csc',
              inputmode: 'numeric',
              required: true,
            }),
            /* @__PURE__ */ jsx8(Field2, {
              label: 'Billing ZIP code',
              name: 'billingZip',
              value: fieldValue(props, 'billingZip'),
              errors,
              autocomplete: 'postal-code',
              inputmode: 'numeric',
              required: true,
            }),
            /* @__PURE__ */ jsx8(Field2, {
              label: 'Anticipated daily spend (USD)',
              name: 'anticipatedDailySpend',
              type: 'number',
              value: fieldValue(props, 'anticipatedDailySpend'),
              errors,
              hint: 'USPS places a daily authorization hold of this amount on the card.',
              required: true,
            }),
            /* @__PURE__ */ jsx8('button', { type: 'submit', children: 'Add Payment Account' }),
          ],
        }),
      ],
    }),
  })
}

// src/pages/my-account.tsx
import { Page as Page6 } from '@partner-sandbox/shared'

// src/pages/payment-account-facts.tsx
import { jsx as jsx9, jsxs as jsxs6 } from 'hono/jsx/jsx-runtime'

var PaymentAccountFacts = ({ epa }) =>
  epa.epsNumber
    ? /* @__PURE__ */ jsxs6('dl', {
        class: 'facts',
        children: [
          /* @__PURE__ */ jsx9('dt', { children: 'EPS Number' }),
          /* @__PURE__ */ jsx9('dd', { 'data-testid': 'eps-number', children: epa.epsNumber }),
          /* @__PURE__ */ jsx9('dt', { children: 'Status' }),
          /* @__PURE__ */ jsx9('dd', {
            'data-testid': 'epa-status',
            children: EPA_STATUS_LABELS[epa.status],
          }),
          /* @__PURE__ */ jsx9('dt', { children: 'Payment method' }),
          /* @__PURE__ */ jsx9('dd', {
            children: epa.card
              ? `Credit Card (${epa.card.brand} ending ${epa.card.last4})`
              : epa.ach
                ? `ACH Debit (${epa.ach.accountType} account ending ${epa.ach.accountLast4})`
                : 'None',
          }),
        ],
      })
    : /* @__PURE__ */ jsx9('p', { children: 'No payment account yet.' })

// src/pages/my-account.tsx
import { jsx as jsx10, jsxs as jsxs7 } from 'hono/jsx/jsx-runtime'

var MyAccountPage = ({ account, epa }) =>
  /* @__PURE__ */ jsxs7(Page6, {
    service: 'usps',
    title: 'My Account',
    nav: /* @__PURE__ */ jsx10(SignedInNav, {}),
    children: [
      /* @__PURE__ */ jsxs7('div', {
        class: 'card',
        children: [
          /* @__PURE__ */ jsx10('h1', { children: 'My Account' }),
          /* @__PURE__ */ jsxs7('dl', {
            class: 'facts',
            children: [
              /* @__PURE__ */ jsx10('dt', { children: 'Username' }),
              /* @__PURE__ */ jsx10('dd', { children: account.username }),
              /* @__PURE__ */ jsx10('dt', { children: 'Email' }),
              /* @__PURE__ */ jsx10('dd', { children: account.email }),
              /* @__PURE__ */ jsx10('dt', { children: 'Name' }),
              /* @__PURE__ */ jsx10('dd', {
                children: `${account.contact.firstName} ${account.contact.lastName}`,
              }),
              /* @__PURE__ */ jsx10('dt', { children: 'Company' }),
              /* @__PURE__ */ jsx10('dd', { children: account.company.companyName }),
              /* @__PURE__ */ jsx10('dt', { children: 'Address' }),
              /* @__PURE__ */ jsx10('dd', {
                children: `${account.company.streetAddress}, ${account.company.city}, ${account.company.state} ${account.company.zipCode}`,
              }),
              /* @__PURE__ */ jsx10('dt', { children: 'CRID' }),
              /* @__PURE__ */ jsx10('dd', { children: account.crid }),
              /* @__PURE__ */ jsx10('dt', { children: 'Outbound Mailer ID (MASTER MID)' }),
              /* @__PURE__ */ jsx10('dd', { children: account.mid }),
              /* @__PURE__ */ jsx10('dt', { children: 'Multi-factor authentication' }),
              /* @__PURE__ */ jsx10('dd', { children: 'Email code' }),
            ],
          }),
        ],
      }),
      /* @__PURE__ */ jsxs7('div', {
        class: 'card',
        children: [
          /* @__PURE__ */ jsx10('h2', { children: 'Payment Account' }),
          /* @__PURE__ */ jsx10(PaymentAccountFacts, { epa }),
          epa.status === 'pending_verification'
            ? /* @__PURE__ */ jsx10('p', {
                children: /* @__PURE__ */ jsx10('a', {
                  href: '/portal/payment-account/verify',
                  children: 'Verify your bank account',
                }),
              })
            : null,
          epa.status === 'none' || epa.status === 'verification_failed'
            ? /* @__PURE__ */ jsx10('p', {
                children: /* @__PURE__ */ jsx10('a', {
                  href: '/portal',
                  children: 'Add your payment account to get started',
                }),
              })
            : null,
        ],
      }),
    ],
  })

// src/pages/portal.tsx
import {
  Checkbox as Checkbox2,
  FormErrors as FormErrors4,
  fieldMessage as fieldMessage2,
  Page as Page7,
} from '@partner-sandbox/shared'
import { jsx as jsx11, jsxs as jsxs8 } from 'hono/jsx/jsx-runtime'

var PortalPage = (props) => {
  const { account, epa } = props
  const methodError = fieldMessage2(props.error?.fieldErrors, 'method')
  const method = fieldValue(props, 'method')
  return /* @__PURE__ */ jsxs8(Page7, {
    service: 'usps',
    title: 'Business Portal',
    nav: /* @__PURE__ */ jsx11(SignedInNav, {}),
    children: [
      /* @__PURE__ */ jsxs8('div', {
        class: 'card',
        children: [
          /* @__PURE__ */ jsx11('h1', { children: 'Business Portal' }),
          /* @__PURE__ */ jsx11('p', { children: account.company.companyName }),
          /* @__PURE__ */ jsxs8('dl', {
            class: 'facts',
            children: [
              /* @__PURE__ */ jsx11('dt', { children: 'CRID' }),
              /* @__PURE__ */ jsx11('dd', { 'data-testid': 'crid', children: account.crid }),
              /* @__PURE__ */ jsx11('dt', { children: 'Outbound Mailer ID (MASTER MID)' }),
              /* @__PURE__ */ jsx11('dd', { 'data-testid': 'mid', children: account.mid }),
            ],
          }),
        ],
      }),
      /* @__PURE__ */ jsxs8('div', {
        class: 'card',
        children: [
          /* @__PURE__ */ jsx11('h2', { children: 'Payment Account' }),
          /* @__PURE__ */ jsx11(PaymentAccountFacts, { epa }),
          canApply(epa.status, 'credit_card_added')
            ? null
            : /* @__PURE__ */ jsx11(FormErrors4, { error: props.error }),
          epa.status === 'pending_verification'
            ? /* @__PURE__ */ jsx11('p', {
                children: /* @__PURE__ */ jsx11('a', {
                  href: '/portal/payment-account/verify',
                  children: 'Verify your bank account',
                }),
              })
            : null,
        ],
      }),
      canApply(epa.status, 'credit_card_added')
        ? /* @__PURE__ */ jsxs8('div', {
            class: 'card',
            children: [
              /* @__PURE__ */ jsx11('h2', { children: 'Add your payment account to get started' }),
              /* @__PURE__ */ jsx11(FormErrors4, {
                error: props.error,
                fields: ['acceptTerms', 'method'],
              }),
              /* @__PURE__ */ jsxs8('form', {
                method: 'post',
                action: '/portal/payment-account',
                children: [
                  /* @__PURE__ */ jsx11(Checkbox2, {
                    label:
                      'I have read, understand and agree to the payment account terms and conditions',
                    name: 'acceptTerms',
                    checked: isChecked(props, 'acceptTerms'),
                    errors: props.error?.fieldErrors,
                  }),
                  /* @__PURE__ */ jsxs8('fieldset', {
                    'aria-invalid': methodError ? 'true' : void 0,
                    children: [
                      /* @__PURE__ */ jsx11('legend', { children: 'Payment method' }),
                      /* @__PURE__ */ jsxs8('label', {
                        class: 'check',
                        for: 'method-credit-card',
                        children: [
                          /* @__PURE__ */ jsx11('input', {
                            type: 'radio',
                            id: 'method-credit-card',
                            name: 'method',
                            value: 'credit_card',
                            checked: method === 'credit_card',
                          }),
                          /* @__PURE__ */ jsx11('span', { children: 'Credit Card' }),
                        ],
                      }),
                      /* @__PURE__ */ jsxs8('label', {
                        class: 'check',
                        for: 'method-ach',
                        children: [
                          /* @__PURE__ */ jsx11('input', {
                            type: 'radio',
                            id: 'method-ach',
                            name: 'method',
                            value: 'ach',
                            checked: method === 'ach',
                          }),
                          /* @__PURE__ */ jsx11('span', { children: 'ACH Debit' }),
                        ],
                      }),
                      methodError
                        ? /* @__PURE__ */ jsx11('p', {
                            class: 'field-error',
                            role: 'alert',
                            children: methodError,
                          })
                        : null,
                    ],
                  }),
                  /* @__PURE__ */ jsx11('button', { type: 'submit', children: 'Continue' }),
                ],
              }),
            ],
          })
        : null,
    ],
  })
}

// src/pages/verify-bank.tsx
import { Field as Field3, FormErrors as FormErrors5, Page as Page8 } from '@partner-sandbox/shared'
import { Fragment, jsx as jsx12, jsxs as jsxs9 } from 'hono/jsx/jsx-runtime'

var VerifyBankPage = (props) => {
  const { epa } = props
  const errors = props.error?.fieldErrors
  return /* @__PURE__ */ jsx12(Page8, {
    service: 'usps',
    title: 'Verify your bank account',
    nav: /* @__PURE__ */ jsx12(SignedInNav, {}),
    children: /* @__PURE__ */ jsxs9('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx12('h1', { children: 'Verify your bank account' }),
        /* @__PURE__ */ jsxs9('p', {
          children: [
            'Status: ',
            /* @__PURE__ */ jsx12('strong', { children: EPA_STATUS_LABELS[epa.status] }),
            epa.epsNumber ? ` (EPS Number ${epa.epsNumber})` : '',
          ],
        }),
        epa.status !== 'pending_verification'
          ? /* @__PURE__ */ jsxs9(Fragment, {
              children: [
                /* @__PURE__ */ jsx12(FormErrors5, { error: props.error }),
                /* @__PURE__ */ jsx12('p', {
                  children: /* @__PURE__ */ jsx12('a', {
                    href: '/portal',
                    children: 'Back to the Business Portal',
                  }),
                }),
              ],
            })
          : /* @__PURE__ */ jsxs9(Fragment, {
              children: [
                props.posted
                  ? /* @__PURE__ */ jsx12('p', {
                      children: 'Enter the two amounts debited from your bank account.',
                    })
                  : /* @__PURE__ */ jsxs9('p', {
                      role: 'status',
                      children: [
                        'The micro-debits have not posted yet: they reach your bank',
                        ' ',
                        MICRO_DEBITS_EARLIEST_HOURS,
                        ' to ',
                        MICRO_DEBITS_LATEST_HOURS,
                        ' hours after you added it. Come back when you see them.',
                      ],
                    }),
                /* @__PURE__ */ jsx12(FormErrors5, {
                  error: props.error,
                  fields: ['firstAmount', 'secondAmount'],
                }),
                /* @__PURE__ */ jsxs9('form', {
                  method: 'post',
                  action: '/portal/payment-account/verify',
                  children: [
                    /* @__PURE__ */ jsx12(Field3, {
                      label: 'First micro-debit amount',
                      name: 'firstAmount',
                      value: fieldValue(props, 'firstAmount'),
                      errors,
                      hint: 'In dollars, e.g. 0.32',
                      required: true,
                    }),
                    /* @__PURE__ */ jsx12(Field3, {
                      label: 'Second micro-debit amount',
                      name: 'secondAmount',
                      value: fieldValue(props, 'secondAmount'),
                      errors,
                      required: true,
                    }),
                    /* @__PURE__ */ jsx12('button', { type: 'submit', children: 'Verify' }),
                  ],
                }),
              ],
            }),
      ],
    }),
  })
}

// src/routes/portal.tsx
import { jsx as jsx13 } from 'hono/jsx/jsx-runtime'

var METHOD_PATHS = {
  credit_card: '/portal/payment-account/credit-card',
  ach: '/portal/payment-account/ach',
}
var formOpen = (epa) => epa.termsAcceptedAt !== void 0 && canApply(epa.status, 'ach_added')
function portalRoutes(runtime) {
  return new Hono8()
    .get(
      '/portal',
      withAccountPage(async (c, account) => {
        const epa = await getPaymentAccount(c.var, account.id)
        return c.html(/* @__PURE__ */ jsx13(PortalPage, { account: publicAccount(account), epa }))
      }),
    )
    .post(
      '/portal/payment-account',
      withAccountPage(async (c, account) => {
        const body = await readBody7(c)
        const epa = await getPaymentAccount(c.var, account.id)
        onFormError2(c, (error) =>
          /* @__PURE__ */ jsx13(PortalPage, {
            account: publicAccount(account),
            epa,
            values: body,
            error,
          }),
        )
        const input = parseInput6(PaymentTermsInput, body)
        await acceptPaymentTerms(domainContext(c, runtime), account.id, input)
        return c.redirect(METHOD_PATHS[input.method])
      }),
    )
    .get(
      '/portal/account',
      withAccountPage(async (c, account) => {
        const epa = await getPaymentAccount(c.var, account.id)
        return c.html(
          /* @__PURE__ */ jsx13(MyAccountPage, { account: publicAccount(account), epa }),
        )
      }),
    )
    .get(
      METHOD_PATHS.credit_card,
      withAccountPage(async (c, account) => {
        if (!formOpen(await getPaymentAccount(c.var, account.id))) return c.redirect('/portal')
        return c.html(/* @__PURE__ */ jsx13(CreditCardPage, {}))
      }),
    )
    .post(
      METHOD_PATHS.credit_card,
      withAccountPage(async (c, account) => {
        const body = await readBody7(c)
        onFormError2(c, (error) => /* @__PURE__ */ jsx13(CreditCardPage, { values: body, error }))
        const input = parseInput6(CreditCardInput, { ...body, acceptTerms: void 0 })
        await addCreditCard(domainContext(c, runtime), account.id, input)
        return c.redirect('/portal')
      }),
    )
    .get(
      METHOD_PATHS.ach,
      withAccountPage(async (c, account) => {
        if (!formOpen(await getPaymentAccount(c.var, account.id))) return c.redirect('/portal')
        return c.html(/* @__PURE__ */ jsx13(AchPage, {}))
      }),
    )
    .post(
      METHOD_PATHS.ach,
      withAccountPage(async (c, account) => {
        const body = await readBody7(c)
        onFormError2(c, (error) => /* @__PURE__ */ jsx13(AchPage, { values: body, error }))
        const input = parseInput6(AchInput, { ...body, acceptTerms: void 0 })
        await addAchAccount(domainContext(c, runtime), account.id, input)
        return c.redirect('/portal')
      }),
    )
    .get(
      '/portal/payment-account/verify',
      withAccountPage(async (c, account) => {
        const epa = await getPaymentAccount(c.var, account.id)
        return c.html(
          /* @__PURE__ */ jsx13(VerifyBankPage, { epa, posted: microDebitsPosted(c.var, epa) }),
        )
      }),
    )
    .post(
      '/portal/payment-account/verify',
      withAccountPage(async (c, account) => {
        const body = await readBody7(c)
        const ctx = domainContext(c, runtime)
        onFormError2(c, async (error) => {
          const epa = await getPaymentAccount(ctx, account.id)
          const posted = microDebitsPosted(ctx, epa)
          return /* @__PURE__ */ jsx13(VerifyBankPage, { epa, posted, values: body, error })
        })
        await verifyMicroDebits(ctx, account.id, parseInput6(MicroDebitInput, body))
        return c.redirect('/portal')
      }),
    )
}

// src/routes/register.tsx
// src/pages/check-email.tsx
import {
  Field as Field4,
  FormErrors as FormErrors6,
  onFormError as onFormError4,
  Page as Page9,
  parseInput as parseInput7,
  readBody as readBody9,
} from '@partner-sandbox/shared'
import { Hono as Hono9 } from 'hono'
import { jsx as jsx14, jsxs as jsxs10 } from 'hono/jsx/jsx-runtime'

var CheckEmailPage = (props) =>
  /* @__PURE__ */ jsx14(Page9, {
    service: 'usps',
    title: 'Validate your email',
    children: /* @__PURE__ */ jsxs10('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx14('h1', { children: 'Validate your email' }),
        /* @__PURE__ */ jsxs10('p', {
          children: [
            'We sent a validation email to ',
            /* @__PURE__ */ jsx14('strong', { children: props.email }),
            '. Click the link in it, or enter the code below. Both expire within ',
            VALIDATION_TTL_MINUTES,
            ' minutes.',
          ],
        }),
        /* @__PURE__ */ jsx14(FormErrors6, { error: props.error, fields: ['code'] }),
        /* @__PURE__ */ jsxs10('form', {
          method: 'post',
          action: '/register/validate',
          children: [
            /* @__PURE__ */ jsx14(Field4, {
              label: 'Validation code',
              name: 'code',
              inputmode: 'numeric',
              autocomplete: 'one-time-code',
              errors: props.error?.fieldErrors,
              required: true,
            }),
            /* @__PURE__ */ jsx14('button', { type: 'submit', children: 'Validate Email' }),
          ],
        }),
        /* @__PURE__ */ jsxs10('p', {
          children: [
            'Wrong address or code expired? ',
            /* @__PURE__ */ jsx14('a', { href: '/register', children: 'Create New Account' }),
            ' again.',
          ],
        }),
      ],
    }),
  })

// src/pages/register.tsx
import { Field as Field5, FormErrors as FormErrors7, Page as Page10 } from '@partner-sandbox/shared'
import { jsx as jsx15, jsxs as jsxs11 } from 'hono/jsx/jsx-runtime'

var RegisterPage = (props) =>
  /* @__PURE__ */ jsx15(Page10, {
    service: 'usps',
    title: 'Create New Account',
    children: /* @__PURE__ */ jsxs11('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx15('h1', { children: 'Create New Account' }),
        /* @__PURE__ */ jsxs11('p', {
          children: [
            'Enter your email address. We send a validation link and code, valid for',
            ' ',
            VALIDATION_TTL_MINUTES,
            ' minutes.',
          ],
        }),
        /* @__PURE__ */ jsx15(FormErrors7, { error: props.error, fields: ['email'] }),
        /* @__PURE__ */ jsxs11('form', {
          method: 'post',
          action: '/register',
          children: [
            /* @__PURE__ */ jsx15(Field5, {
              label: 'Email',
              name: 'email',
              type: 'email',
              value: fieldValue(props, 'email'),
              errors: props.error?.fieldErrors,
              autocomplete: 'email',
              required: true,
            }),
            /* @__PURE__ */ jsx15('button', { type: 'submit', children: 'Send Validation Email' }),
          ],
        }),
        /* @__PURE__ */ jsxs11('p', {
          children: [
            'Already have an account? ',
            /* @__PURE__ */ jsx15('a', { href: '/login', children: 'Sign In' }),
          ],
        }),
      ],
    }),
  })

// src/pages/wizard-company.tsx
// src/pages/wizard-frame.tsx
import { Field as Field6, FormErrors as FormErrors8, Page as Page11 } from '@partner-sandbox/shared'
import { jsx as jsx16, jsxs as jsxs12 } from 'hono/jsx/jsx-runtime'

var WizardFrame = (props) =>
  /* @__PURE__ */ jsx16(Page11, {
    service: 'usps',
    title: props.title,
    children: /* @__PURE__ */ jsxs12('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsxs12('p', { class: 'muted', children: ['Step ', props.step, ' of 3'] }),
        /* @__PURE__ */ jsx16('h1', { children: props.title }),
        /* @__PURE__ */ jsx16(FormErrors8, { error: props.error, fields: props.fields }),
        /* @__PURE__ */ jsxs12('form', {
          method: 'post',
          action: props.action,
          children: [
            props.children,
            /* @__PURE__ */ jsx16('button', { type: 'submit', children: props.button }),
          ],
        }),
      ],
    }),
  })

// src/pages/wizard-company.tsx
import { jsx as jsx17, jsxs as jsxs13 } from 'hono/jsx/jsx-runtime'

var FIELDS3 = ['companyName', 'streetAddress', 'city', 'state', 'zipCode']
var CompanyStepPage = (props) => {
  const errors = props.error?.fieldErrors
  return /* @__PURE__ */ jsxs13(WizardFrame, {
    ...props,
    step: 1,
    title: 'Company Information',
    action: '/register/company',
    fields: FIELDS3,
    button: 'Continue',
    children: [
      /* @__PURE__ */ jsx17(Field6, {
        label: 'Company name',
        name: 'companyName',
        value: fieldValue(props, 'companyName'),
        errors,
        autocomplete: 'organization',
        required: true,
      }),
      /* @__PURE__ */ jsx17(Field6, {
        label: 'Street address',
        name: 'streetAddress',
        value: fieldValue(props, 'streetAddress'),
        errors,
        autocomplete: 'street-address',
        hint: 'The physical address of your business. PO Boxes are not accepted.',
        required: true,
      }),
      /* @__PURE__ */ jsx17(Field6, {
        label: 'City',
        name: 'city',
        value: fieldValue(props, 'city'),
        errors,
        autocomplete: 'address-level2',
        required: true,
      }),
      /* @__PURE__ */ jsx17(Field6, {
        label: 'State',
        name: 'state',
        value: fieldValue(props, 'state'),
        errors,
        autocomplete: 'address-level1',
        hint: 'Two-letter code, e.g. NY.',
        required: true,
      }),
      /* @__PURE__ */ jsx17(Field6, {
        label: 'ZIP Code',
        name: 'zipCode',
        value: fieldValue(props, 'zipCode'),
        errors,
        autocomplete: 'postal-code',
        inputmode: 'numeric',
        required: true,
      }),
    ],
  })
}

// src/pages/wizard-contact.tsx
import { Field as Field7 } from '@partner-sandbox/shared'
import { jsx as jsx18, jsxs as jsxs14 } from 'hono/jsx/jsx-runtime'

var FIELDS4 = ['firstName', 'lastName', 'phone']
var ContactStepPage = (props) => {
  const errors = props.error?.fieldErrors
  return /* @__PURE__ */ jsxs14(WizardFrame, {
    ...props,
    step: 2,
    title: 'Contact Information',
    action: '/register/contact',
    fields: FIELDS4,
    button: 'Continue',
    children: [
      /* @__PURE__ */ jsx18(Field7, {
        label: 'First name',
        name: 'firstName',
        value: fieldValue(props, 'firstName'),
        errors,
        autocomplete: 'given-name',
        required: true,
      }),
      /* @__PURE__ */ jsx18(Field7, {
        label: 'Last name',
        name: 'lastName',
        value: fieldValue(props, 'lastName'),
        errors,
        autocomplete: 'family-name',
        required: true,
      }),
      /* @__PURE__ */ jsx18(Field7, {
        label: 'Phone',
        name: 'phone',
        type: 'tel',
        value: fieldValue(props, 'phone'),
        errors,
        autocomplete: 'tel',
        required: true,
      }),
    ],
  })
}

// src/pages/wizard-security.tsx
import { Checkbox as Checkbox3, Field as Field8 } from '@partner-sandbox/shared'
import { jsx as jsx19, jsxs as jsxs15 } from 'hono/jsx/jsx-runtime'

var FIELDS5 = ['username', 'password', 'confirmPassword', 'acceptTerms']
var SecurityStepPage = (props) => {
  const errors = props.error?.fieldErrors
  return /* @__PURE__ */ jsxs15(WizardFrame, {
    ...props,
    step: 3,
    title: 'Account Security',
    action: '/register/security',
    fields: FIELDS5,
    button: 'Create Account',
    children: [
      /* @__PURE__ */ jsx19(Field8, {
        label: 'Username',
        name: 'username',
        value: fieldValue(props, 'username'),
        errors,
        autocomplete: 'username',
        required: true,
      }),
      /* @__PURE__ */ jsx19(Field8, {
        label: 'Password',
        name: 'password',
        type: 'password',
        errors,
        autocomplete: 'new-password',
        hint: 'At least 8 characters, with a letter and a digit.',
        required: true,
      }),
      /* @__PURE__ */ jsx19(Field8, {
        label: 'Confirm password',
        name: 'confirmPassword',
        type: 'password',
        errors,
        autocomplete: 'new-password',
        required: true,
      }),
      /* @__PURE__ */ jsx19(Checkbox3, {
        label: 'I agree to the USPS.com Terms of Use',
        name: 'acceptTerms',
        checked: isChecked(props, 'acceptTerms'),
        errors,
      }),
      /* @__PURE__ */ jsx19('p', {
        class: 'muted',
        children:
          'Your account signs in with a code emailed to you each time (multi-factor authentication).',
      }),
    ],
  })
}

// src/routes/wizard-step.tsx
import { onFormError as onFormError3, readBody as readBody8 } from '@partner-sandbox/shared'
import { jsx as jsx20 } from 'hono/jsx/jsx-runtime'

async function currentRegistration(c, runtime) {
  const session = await readUspsSession(c)
  if (session?.stage !== 'registering') return void 0
  return getRegistration(domainContext(c, runtime), session.registrationId)
}
function wizardStep(app, runtime, step, def) {
  const Page14 = def.page
  const path = WIZARD_PATHS[step]
  const guard = async (c) => {
    const registration = await currentRegistration(c, runtime)
    if (!registration) return { redirect: '/register' }
    const detour = wizardDetour(registration, step)
    return detour ? { redirect: WIZARD_PATHS[detour] } : { registration }
  }
  app.get(path, async (c) => {
    const found = await guard(c)
    if (!found.registration) return c.redirect(found.redirect)
    const saved = def.saved(found.registration)
    return c.html(/* @__PURE__ */ jsx20(Page14, { values: saved }))
  })
  app.post(path, async (c) => {
    const found = await guard(c)
    if (!found.registration) return c.redirect(found.redirect)
    const body = await readBody8(c)
    const values = { ...body, password: void 0, confirmPassword: void 0 }
    onFormError3(c, (error) => /* @__PURE__ */ jsx20(Page14, { values, error }))
    return def.save(c, found.registration, body)
  })
}

// src/routes/register.tsx
import { jsx as jsx21 } from 'hono/jsx/jsx-runtime'

function registerRoutes(runtime) {
  const app = new Hono9()
    .get('/register', (c) => c.html(/* @__PURE__ */ jsx21(RegisterPage, {})))
    .post('/register', async (c) => {
      const body = await readBody9(c)
      onFormError4(c, (error) => /* @__PURE__ */ jsx21(RegisterPage, { values: body, error }))
      const input = parseInput7(StartRegistrationInput, body)
      const registration = await startRegistration(domainContext(c, runtime), input)
      await renewUspsSession(c, { stage: 'registering', registrationId: registration.id })
      return c.redirect('/register/check-email')
    })
    .get('/register/check-email', async (c) => {
      const registration = await currentRegistration(c, runtime)
      if (!registration) return c.redirect('/register')
      const next = nextWizardStep(registration)
      if (next !== 'validate') return c.redirect(WIZARD_PATHS[next])
      return c.html(/* @__PURE__ */ jsx21(CheckEmailPage, { email: registration.email }))
    })
    .get('/register/validate', async (c) => {
      onFormError4(c, (error) =>
        /* @__PURE__ */ jsx21(MessagePage, {
          title: 'Email validation failed',
          message: error.message,
          link: { href: '/register', text: 'Create New Account' },
        }),
      )
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
      onFormError4(c, (error) =>
        /* @__PURE__ */ jsx21(CheckEmailPage, { email: registration.email, error }),
      )
      const { code } = parseInput7(RegistrationCodeInput, await readBody9(c))
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
      await saveCompany(domainContext(c, runtime), r.id, parseInput7(CompanyInfo, body))
      return c.redirect(WIZARD_PATHS.contact)
    },
  })
  wizardStep(app, runtime, 'contact', {
    page: ContactStepPage,
    saved: (r) => r.contact,
    save: async (c, r, body) => {
      await saveContact(domainContext(c, runtime), r.id, parseInput7(ContactInfo, body))
      return c.redirect(WIZARD_PATHS.security)
    },
  })
  wizardStep(app, runtime, 'security', {
    page: SecurityStepPage,
    saved: () => void 0,
    save: async (c, r, body) => {
      const security = parseInput7(SecurityInfo, body)
      const account = await completeRegistration(domainContext(c, runtime), r.id, security)
      await renewUspsSession(c, { stage: 'signed_in', accountId: account.id, mfa: false })
      return c.redirect('/portal')
    },
  })
  return app
}

// src/routes/sign-in.tsx
// src/pages/mfa.tsx
import {
  Field as Field9,
  FormErrors as FormErrors9,
  onFormError as onFormError5,
  Page as Page12,
  parseInput as parseInput8,
  readBody as readBody10,
} from '@partner-sandbox/shared'
import { Hono as Hono10 } from 'hono'
import { Fragment as Fragment2, jsx as jsx22, jsxs as jsxs16 } from 'hono/jsx/jsx-runtime'

var MfaPage = (props) =>
  /* @__PURE__ */ jsx22(Page12, {
    service: 'usps',
    title: 'Verify Your Identity',
    children: /* @__PURE__ */ jsxs16('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx22('h1', { children: 'Verify Your Identity' }),
        props.restart
          ? /* @__PURE__ */ jsxs16(Fragment2, {
              children: [
                /* @__PURE__ */ jsx22(FormErrors9, { error: props.error }),
                /* @__PURE__ */ jsxs16('p', {
                  children: [
                    /* @__PURE__ */ jsx22('a', { href: '/login', children: 'Sign In' }),
                    ' again to get a new code.',
                  ],
                }),
              ],
            })
          : /* @__PURE__ */ jsxs16(Fragment2, {
              children: [
                /* @__PURE__ */ jsxs16('p', {
                  children: [
                    'We emailed a ',
                    MFA_CODE_DIGITS,
                    '-digit verification code to the address on your account. It expires in ',
                    MFA_TTL_MINUTES,
                    ' minutes.',
                  ],
                }),
                /* @__PURE__ */ jsx22(FormErrors9, { error: props.error, fields: ['code'] }),
                /* @__PURE__ */ jsxs16('form', {
                  method: 'post',
                  action: '/login/mfa',
                  children: [
                    /* @__PURE__ */ jsx22(Field9, {
                      label: 'Verification code',
                      name: 'code',
                      inputmode: 'numeric',
                      autocomplete: 'one-time-code',
                      errors: props.error?.fieldErrors,
                      required: true,
                    }),
                    /* @__PURE__ */ jsx22('button', { type: 'submit', children: 'Verify' }),
                  ],
                }),
              ],
            }),
      ],
    }),
  })

// src/pages/sign-in.tsx
import {
  Field as Field10,
  FormErrors as FormErrors10,
  Page as Page13,
} from '@partner-sandbox/shared'
import { jsx as jsx23, jsxs as jsxs17 } from 'hono/jsx/jsx-runtime'

var FIELDS6 = ['username', 'password']
var SignInPage = (props) =>
  /* @__PURE__ */ jsx23(Page13, {
    service: 'usps',
    title: 'Sign In',
    children: /* @__PURE__ */ jsxs17('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx23('h1', { children: 'Sign In' }),
        /* @__PURE__ */ jsx23(FormErrors10, { error: props.error, fields: FIELDS6 }),
        /* @__PURE__ */ jsxs17('form', {
          method: 'post',
          action: '/login',
          children: [
            props.returnTo
              ? /* @__PURE__ */ jsx23('input', {
                  type: 'hidden',
                  name: 'return_to',
                  value: props.returnTo,
                })
              : null,
            /* @__PURE__ */ jsx23(Field10, {
              label: 'Username',
              name: 'username',
              value: fieldValue(props, 'username'),
              errors: props.error?.fieldErrors,
              autocomplete: 'username',
              hint: 'Your username or the email address of your account.',
              required: true,
            }),
            /* @__PURE__ */ jsx23(Field10, {
              label: 'Password',
              name: 'password',
              type: 'password',
              errors: props.error?.fieldErrors,
              autocomplete: 'current-password',
              required: true,
            }),
            /* @__PURE__ */ jsx23('button', { type: 'submit', children: 'Sign In' }),
          ],
        }),
        /* @__PURE__ */ jsxs17('p', {
          children: [
            'New to USPS.com? ',
            /* @__PURE__ */ jsx23('a', { href: '/register', children: 'Create New Account' }),
          ],
        }),
      ],
    }),
  })

// src/routes/sign-in.tsx
import { jsx as jsx24 } from 'hono/jsx/jsx-runtime'

var withoutSecrets = (body) => ({ ...body, password: void 0 })
function signInRoutes(runtime) {
  return new Hono10()
    .get('/', (c) => c.redirect('/login'))
    .get('/login', async (c) => {
      const returnTo = safeReturnTo(c.req.query('return_to'))
      const session = await readUspsSession(c)
      if (session?.stage === 'signed_in' && (session.mfa || !returnTo)) {
        return c.redirect(returnTo ?? '/portal')
      }
      return c.html(/* @__PURE__ */ jsx24(SignInPage, { returnTo }))
    })
    .post('/login', async (c) => {
      const body = await readBody10(c)
      const returnTo = safeReturnTo(body.return_to)
      onFormError5(c, (error) =>
        /* @__PURE__ */ jsx24(SignInPage, { values: withoutSecrets(body), error, returnTo }),
      )
      const ctx = domainContext(c, runtime)
      const account = await checkPassword(ctx, parseInput8(SignInInput, body))
      const challenge = await startMfaChallenge(ctx, account)
      await renewUspsSession(c, {
        stage: 'mfa_pending',
        accountId: account.id,
        challengeId: challenge.id,
        returnTo,
      })
      return c.redirect('/login/mfa')
    })
    .get('/login/mfa', async (c) => {
      const session = await readUspsSession(c)
      if (session?.stage === 'signed_in') return c.redirect('/portal')
      if (session?.stage !== 'mfa_pending') return c.redirect('/login')
      return c.html(/* @__PURE__ */ jsx24(MfaPage, {}))
    })
    .post('/login/mfa', async (c) => {
      const session = await readUspsSession(c)
      if (session?.stage !== 'mfa_pending') return c.redirect('/login')
      onFormError5(c, async (error) => {
        if (!(error instanceof MfaRestartError)) return /* @__PURE__ */ jsx24(MfaPage, { error })
        await endUspsSession(c)
        return /* @__PURE__ */ jsx24(MfaPage, { error, restart: true })
      })
      const { code } = parseInput8(MfaCodeInput, await readBody10(c))
      const accountId = await verifyMfaCode(domainContext(c, runtime), session.challengeId, code)
      await renewUspsSession(c, { stage: 'signed_in', accountId, mfa: true })
      return c.redirect(session.returnTo ?? '/portal')
    })
    .post('/logout', async (c) => {
      await endUspsSession(c)
      return c.redirect('/login')
    })
}

// src/app.ts
function createApp(options) {
  const keys = lazyServiceKeys(options.store)
  const runtime = {
    baseUrl: options.peers.usps.baseUrl.replace(/\/$/, ''),
    random: options.random ?? cryptoRandom,
    peers: options.peers,
    clients: seededClients({
      peers: options.peers,
      auctaneClientSecret: options.auctaneClientSecret ?? 'auctane-sandbox-secret',
    }),
    keys,
  }
  const postDue = async (c, next) => {
    await postDueMicroDebits(domainContext(c, runtime))
    await next()
  }
  const app = createServiceApp({
    service: 'usps',
    store: options.store,
    realTime: options.realTime ?? Date.now,
    keys,
    middleware: [postDue],
  })
  app.route('/', signInRoutes(runtime))
  app.route('/', registerRoutes(runtime))
  app.route('/', portalRoutes(runtime))
  app.route('/', oauthAuthorizeRoutes(runtime))
  app.route('/', oauthTokenRoutes(runtime))
  app.route('/', paymentsRoutes(runtime))
  app.route('/', apiRegistrationsRoutes(runtime))
  app.route('/', apiSessionRoutes(runtime))
  app.route('/', apiAccountRoutes(runtime))
  app.route('/', controlRoutes(runtime))
  return app
}

export {
  createApp,
  ERROR_CODES,
  nextEpaStatus,
  OAuthError,
  SESSION_COOKIE,
  SUPPORTED_SCOPES,
  seededClients,
  USPS_SESSION,
  UspsApiError,
  UspsError,
}
//# sourceMappingURL=chunk-GH53ABFZ.js.map
