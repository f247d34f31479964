// src/domain/setup-steps.ts
var SETUP_STEPS = [
  {
    id: 'email',
    path: '/verify/email',
    action: 'Verify your email',
    missing: 'Verify your email',
    done: (facts) => facts.emailVerified,
  },
  {
    id: 'phone',
    path: '/verify/phone',
    action: 'Verify your phone',
    missing: 'Verify your phone',
    done: (facts) => facts.phoneVerified,
  },
  {
    id: 'payment',
    path: '/balance',
    action: 'Add a payment method',
    missing: 'Add a payment method to your ShipStation Balance',
    done: (facts) => facts.hasPaymentMethod,
  },
]
function setupFactsOf(account) {
  return {
    emailVerified: Boolean(account.emailVerifiedAt),
    phoneVerified: Boolean(account.phoneVerifiedAt),
    hasPaymentMethod: account.paymentMethods.length > 0,
  }
}
function nextSetupStep(facts) {
  return SETUP_STEPS.find((step) => !step.done(facts))
}
function setupStepOpen(facts, id) {
  const index = SETUP_STEPS.findIndex((step) => step.id === id)
  return SETUP_STEPS.slice(0, index).every((step) => step.done(facts))
}
function missingSetupSteps(facts) {
  return SETUP_STEPS.filter((step) => !step.done(facts)).map((step) => step.missing)
}
function nextStepPath(account) {
  return nextSetupStep(setupFactsOf(account))?.path ?? '/dashboard'
}

// src/domain/onboarding-prompts.ts
var CONNECT_POPUP_TITLE = 'Connect your USPS business account'
var CONNECT_BANNER_TEXT = 'Connect your USPS business account to Stamps.com to access NSA rates'
var APPROVAL_BANNER_TEXT = 'Please wait for approval from USPS to begin printing with NSA rates.'
function connectPromptsDue(facts) {
  return nextSetupStep(facts) === void 0 && facts.copStatus === 'not_started'
}
function deriveOnboardingPrompts(facts) {
  if (connectPromptsDue(facts)) {
    return {
      popup: !facts.popupDismissedThisSession,
      banners: [
        { id: 'connect-usps-account', text: CONNECT_BANNER_TEXT, action: 'see-instructions' },
      ],
    }
  }
  const submitted = facts.copStatus === 'approval_pending' || facts.copStatus === 'approved'
  if (submitted && !facts.approvalBannerDismissedAt) {
    return {
      popup: false,
      banners: [{ id: 'approval-pending', text: APPROVAL_BANNER_TEXT, action: 'dismiss' }],
    }
  }
  return { popup: false, banners: [] }
}
function promptFactsOf(account, popupDismissedThisSession) {
  return {
    ...setupFactsOf(account),
    copStatus: account.copStatus,
    approvalBannerDismissedAt: account.approvalBannerDismissedAt ?? null,
    popupDismissedThisSession,
  }
}
function promptsOf(account, popupDismissedThisSession) {
  return deriveOnboardingPrompts(promptFactsOf(account, popupDismissedThisSession))
}

// src/errors.ts
import { SandboxError } from '@partner-sandbox/shared'

var ERROR_CODES = [
  'invalid_promo_code',
  'email_taken',
  'invalid_credentials',
  'wrong_code',
  'code_expired',
  'too_many_attempts',
  'no_code_pending',
  'invalid_verification_link',
  'step_out_of_order',
  'prompts_not_due',
  'cop_status_conflict',
  'unknown_event',
  'unknown_account',
  'nothing_to_dismiss',
]
var ShipStationError = class extends SandboxError {
  constructor(code, status, title, detail, options = {}) {
    const fieldErrors = options.field === void 0 ? [] : [{ field: options.field, message: detail }]
    super(code, status, title, detail, { cause: options.cause, fieldErrors })
  }
}
var InvalidPromoCodeError = class extends ShipStationError {
  constructor(code) {
    super(
      'invalid_promo_code',
      400,
      'Invalid promo code',
      `The promo code ${code} is not valid. Use the promo code your USPS representative gave you.`,
      { field: 'promoCode' },
    )
  }
}
var EmailTakenError = class extends ShipStationError {
  constructor(email) {
    super(
      'email_taken',
      409,
      'Email already registered',
      `An account with the email ${email} already exists. Sign in instead, or use another email.`,
      { field: 'email' },
    )
  }
}
var InvalidCredentialsError = class extends ShipStationError {
  constructor() {
    super(
      'invalid_credentials',
      401,
      'Sign-in failed',
      'The email or password is not correct. Check both and try again.',
      { field: '' },
    )
  }
}
var WrongCodeError = class extends ShipStationError {
  constructor(attemptsLeft) {
    super(
      'wrong_code',
      400,
      'Wrong code',
      `That code is not correct. Check the latest message and try again (${attemptsLeft} ${attemptsLeft === 1 ? 'attempt' : 'attempts'} left).`,
      { field: 'code' },
    )
  }
}
var CodeExpiredError = class extends ShipStationError {
  constructor() {
    super(
      'code_expired',
      400,
      'Code expired',
      'This code has expired. Choose "Resend code" to get a new one.',
      { field: 'code' },
    )
  }
}
var TooManyAttemptsError = class extends ShipStationError {
  constructor() {
    super(
      'too_many_attempts',
      429,
      'Too many wrong codes',
      'Too many wrong codes were entered. Choose "Resend code" to get a new code.',
      { field: 'code' },
    )
  }
}
var NoCodePendingError = class extends ShipStationError {
  constructor() {
    super(
      'no_code_pending',
      409,
      'No code sent',
      'No verification code is waiting. Choose "Resend code" to get one.',
      { field: 'code' },
    )
  }
}
var InvalidVerificationLinkError = class extends ShipStationError {
  constructor(reason) {
    super(
      'invalid_verification_link',
      400,
      'Verification link not valid',
      reason === 'expired'
        ? 'This verification link has expired. Sign in and choose "Resend code" to get a new one.'
        : 'This verification link is not valid (it may have been replaced by a newer one). Use the latest email, or sign in and choose "Resend code".',
    )
  }
}
var StepOutOfOrderError = class extends ShipStationError {
  constructor(detail) {
    super('step_out_of_order', 409, 'Step not available yet', detail)
  }
}
var PromptsNotDueError = class extends ShipStationError {
  constructor(detail) {
    super('prompts_not_due', 409, 'USPS connection not available', detail)
  }
}
var CopStatusConflictError = class extends ShipStationError {
  constructor(from, event) {
    super(
      'cop_status_conflict',
      409,
      'Event out of order',
      `The event ${event} cannot apply to an account whose COP status is ${from}.`,
    )
  }
}
var UnknownEventError = class extends ShipStationError {
  constructor(event, known) {
    super(
      'unknown_event',
      422,
      'Unknown event',
      `ShipStation does not handle the event "${event}". Known events: ${known.join(', ')}.`,
    )
  }
}
var UnknownAccountError = class extends ShipStationError {
  constructor(accountId) {
    super(
      'unknown_account',
      404,
      'Unknown account',
      `No ShipStation account has the id ${accountId}.`,
    )
  }
}
var NothingToDismissError = class extends ShipStationError {
  constructor(detail) {
    super('nothing_to_dismiss', 409, 'Nothing to dismiss', detail)
  }
}

// src/lib/session.ts
import {
  endSession,
  readSession,
  startSession,
  UnauthorizedError,
  updateSession,
} from '@partner-sandbox/shared'

// src/domain/accounts.ts
var ACCOUNTS = 'accounts'
var EMAIL_INDEX = 'account_emails'
function claimEmail(store, email, accountId) {
  return store.insert(EMAIL_INDEX, email.toLowerCase(), { accountId })
}
async function findAccountByEmail(store, email) {
  const entry = await store.get(EMAIL_INDEX, email.toLowerCase())
  return entry ? store.get(ACCOUNTS, entry.accountId) : void 0
}
function findAccount(store, id) {
  return store.get(ACCOUNTS, id)
}
async function getAccount(store, id) {
  const account = await findAccount(store, id)
  if (!account) throw new UnknownAccountError(id)
  return account
}
function insertAccount(store, account) {
  return store.insert(ACCOUNTS, account.id, account)
}
async function updateAccount(store, id, change) {
  const updated = await store.update(ACCOUNTS, id, (current) => {
    if (!current) throw new UnknownAccountError(id)
    return change(current)
  })
  if (!updated) throw new UnknownAccountError(id)
  return updated
}

// src/lib/session.ts
var SESSION_COOKIE = 'shipstation_session'
var SESSION_TTL_SECONDS = 12 * 3600
function beginSession(c, accountId) {
  return startSession(
    c,
    { cookieName: SESSION_COOKIE, ttlSeconds: SESSION_TTL_SECONDS },
    { accountId, popupDismissed: false },
  )
}
async function signedIn(c) {
  const session = await readSession(c, SESSION_COOKIE)
  if (!session) return void 0
  const account = await findAccount(c.var.store, session.accountId)
  return account ? { session, account } : void 0
}
async function requireSignedIn(c) {
  const current = await signedIn(c)
  if (!current) {
    throw new UnauthorizedError(
      `Sign in first: send the ${SESSION_COOKIE} cookie or "Authorization: Bearer <sessionToken>".`,
    )
  }
  return current
}
function dismissPopupForSession(c, session) {
  return updateSession(c, SESSION_COOKIE, { ...session, popupDismissed: true })
}
function signOut(c) {
  return endSession(c, SESSION_COOKIE)
}

// src/domain/promo-codes.ts
import { z } from 'zod'

var PROMO_CODES = 'promo_codes'
var BUILT_IN_PROMO_CODE = 'USPS-NSA-DEMO'
var MAX_PROMO_CODE_LENGTH = 64
var PromoCodeText = z
  .string({ error: 'Enter the promo code your USPS representative gave you.' })
  .trim()
  .min(1, 'Enter the promo code your USPS representative gave you.')
  .max(MAX_PROMO_CODE_LENGTH, `A promo code has at most ${MAX_PROMO_CODE_LENGTH} characters.`)
var NewPromoCode = z.object({
  code: PromoCodeText.regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    'Use letters, digits, "-" or "_" for a promo code, e.g. "ACME-NSA-2026".',
  ),
})
var normalise = (code) => code.trim().toUpperCase()
async function addPromoCode(ctx, code) {
  const normalised = normalise(code)
  await ctx.store.insert(PROMO_CODES, normalised, { code: normalised })
  return normalised
}
async function listPromoCodes(ctx) {
  const added = await ctx.store.list(PROMO_CODES)
  return [BUILT_IN_PROMO_CODE, ...added.map((p) => p.code)]
}
async function acceptPromoCode(ctx, code) {
  const normalised = normalise(code)
  if (normalised === BUILT_IN_PROMO_CODE) return normalised
  if (await ctx.store.get(PROMO_CODES, normalised)) return normalised
  throw new InvalidPromoCodeError(code.trim())
}

// src/app.ts
// src/routes/api-account.ts
import {
  createServiceApp,
  cryptoRandom,
  lazyServiceKeys,
  parseInput,
  peerKeySet,
  readBody,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'

// src/domain/nsa-rates.ts
function nsaRatesActive(account) {
  return account.copStatus === 'approved'
}

// src/domain/account-view.ts
function accountView(account, popupDismissedThisSession) {
  const facts = promptFactsOf(account, popupDismissedThisSession)
  const prompts = deriveOnboardingPrompts(facts)
  return {
    id: account.id,
    email: account.email,
    emailVerified: facts.emailVerified,
    phoneVerified: facts.phoneVerified,
    hasPaymentMethod: facts.hasPaymentMethod,
    copStatus: account.copStatus,
    nsaRatesActive: nsaRatesActive(account),
    prompts: {
      popup: prompts.popup,
      banners: prompts.banners.map(({ id, text }) => ({ id, text })),
    },
  }
}

// src/domain/email-verification.ts
import { sendMessage as sendMessage2, urlOf, withTenant } from '@partner-sandbox/shared'
import { z as z3 } from 'zod'

// src/lib/duration-text.ts
function durationText(seconds) {
  const [count, unit] =
    seconds % 3600 === 0
      ? [seconds / 3600, 'hour']
      : seconds % 60 === 0
        ? [seconds / 60, 'minute']
        : [seconds, 'second']
  return `${count} ${unit}${count === 1 ? '' : 's'}`
}

// src/domain/phone-verification.ts
// src/domain/verification-codes.ts
import { randomDigits, secretToken, sendMessage } from '@partner-sandbox/shared'
import { z as z2 } from 'zod'

var CODES = 'verification_codes'
var LINKS = 'verification_links'
var CODE_DIGITS = 6
var MAX_CODE_ATTEMPTS = 5
var keyOf = (accountId, channel) => `${accountId}:${channel}`
async function issueCode(ctx, accountId, channel, ttlSeconds) {
  const now = ctx.clock.now()
  const pending = {
    accountId,
    channel,
    code: randomDigits(ctx.random, CODE_DIGITS),
    ...(channel === 'email' ? { linkToken: secretToken() } : {}),
    sentAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttlSeconds * 1e3).toISOString(),
    failedAttempts: 0,
  }
  await ctx.store.put(CODES, keyOf(accountId, channel), pending)
  if (pending.linkToken) await ctx.store.put(LINKS, pending.linkToken, { accountId })
  return pending
}
async function checkCode(ctx, accountId, channel, code) {
  let refusal
  await ctx.store.update(CODES, keyOf(accountId, channel), (pending) => {
    refusal = refusalOf(pending, code, ctx.clock.now())
    if (!refusal) return void 0
    if (pending && refusal.counts) return { ...pending, failedAttempts: pending.failedAttempts + 1 }
    return pending
  })
  if (refusal) throw refusal.error
}
function refusalOf(pending, code, now) {
  if (!pending) return { error: new NoCodePendingError(), counts: false }
  if (pending.failedAttempts >= MAX_CODE_ATTEMPTS) {
    return { error: new TooManyAttemptsError(), counts: false }
  }
  if (now.getTime() >= Date.parse(pending.expiresAt)) {
    return { error: new CodeExpiredError(), counts: false }
  }
  if (pending.code === code) return void 0
  const left = MAX_CODE_ATTEMPTS - pending.failedAttempts - 1
  return { error: left > 0 ? new WrongCodeError(left) : new TooManyAttemptsError(), counts: true }
}
function codeInput(from) {
  const message = `Enter the ${CODE_DIGITS}-digit code from the ${from}.`
  return z2.object({
    code: z2
      .string({ error: message })
      .trim()
      .regex(new RegExp(`^\\d{${CODE_DIGITS}}$`), message),
  })
}
async function consumeLink(ctx, token) {
  const link = await ctx.store.get(LINKS, token)
  if (!link) return { refused: 'unknown' }
  const key = keyOf(link.accountId, 'email')
  const pending = await ctx.store.get(CODES, key)
  if (!pending || pending.linkToken !== token) return { refused: 'unknown' }
  if (ctx.clock.now().getTime() >= Date.parse(pending.expiresAt)) return { refused: 'expired' }
  await ctx.store.delete(CODES, key)
  await ctx.store.delete(LINKS, token)
  return { accountId: link.accountId }
}

// src/domain/phone-verification.ts
var SMS_CODE_TTL_SECONDS = 10 * 60
var SmsCodeInput = codeInput('text message')
async function sendPhoneVerification(ctx, account) {
  assertPhoneStepOpen(account)
  const pending = await issueCode(ctx, account.id, 'sms', SMS_CODE_TTL_SECONDS)
  await sendMessage(ctx.store, ctx.clock, {
    channel: 'sms',
    to: account.phone,
    subject: 'ShipStation verification code',
    text: `Your ShipStation verification code is ${pending.code}. It expires in ${durationText(SMS_CODE_TTL_SECONDS)}.`,
    code: pending.code,
  })
}
async function resendPhoneCode(ctx, accountId) {
  await sendPhoneVerification(ctx, await getAccount(ctx.store, accountId))
}
async function verifyPhoneCode(ctx, accountId, code) {
  assertPhoneStepOpen(await getAccount(ctx.store, accountId))
  await checkCode(ctx, accountId, 'sms', code)
  return updateAccount(ctx.store, accountId, (a) => ({
    ...a,
    phoneVerifiedAt: a.phoneVerifiedAt ?? ctx.clock.now().toISOString(),
  }))
}
function assertPhoneStepOpen(account) {
  if (!setupStepOpen(setupFactsOf(account), 'phone')) {
    throw new StepOutOfOrderError('Verify your email first; the SMS code is sent after that.')
  }
  if (account.phoneVerifiedAt) throw new StepOutOfOrderError('Your phone is already verified.')
}

// src/domain/email-verification.ts
var EMAIL_CODE_TTL_SECONDS = 24 * 3600
var EmailCodeInput = codeInput('email')
var EmailLinkQuery = z3.object({
  token: z3
    .string({ error: 'The verification link is incomplete. Open it again from the email.' })
    .min(1, 'The verification link is incomplete. Open it again from the email.'),
})
async function sendEmailVerification(ctx, account) {
  if (account.emailVerifiedAt) throw new StepOutOfOrderError('Your email is already verified.')
  const pending = await issueCode(ctx, account.id, 'email', EMAIL_CODE_TTL_SECONDS)
  const link = withTenant(
    urlOf(
      ctx.baseUrl,
      `/verify/email/confirm?token=${encodeURIComponent(pending.linkToken ?? '')}`,
    ),
    ctx.store.tenant,
  )
  await sendMessage2(ctx.store, ctx.clock, {
    channel: 'email',
    to: account.email,
    subject: 'Verify your email for ShipStation',
    text: `Hi ${account.firstName}, your ShipStation email verification code is ${pending.code}. You can also confirm your email with this link: ${link}
The code and link are valid for ${durationText(EMAIL_CODE_TTL_SECONDS)}.`,
    code: pending.code,
    link,
  })
}
async function resendEmailCode(ctx, accountId) {
  await sendEmailVerification(ctx, await getAccount(ctx.store, accountId))
}
async function verifyEmailCode(ctx, accountId, code) {
  const account = await getAccount(ctx.store, accountId)
  if (account.emailVerifiedAt) throw new StepOutOfOrderError('Your email is already verified.')
  await checkCode(ctx, accountId, 'email', code)
  return markEmailVerified(ctx, accountId)
}
async function verifyEmailLink(ctx, token) {
  const outcome = await consumeLink(ctx, token)
  if ('refused' in outcome) throw new InvalidVerificationLinkError(outcome.refused)
  return markEmailVerified(ctx, outcome.accountId)
}
async function markEmailVerified(ctx, accountId) {
  const account = await updateAccount(ctx.store, accountId, (a) => ({
    ...a,
    emailVerifiedAt: a.emailVerifiedAt ?? ctx.clock.now().toISOString(),
  }))
  await sendPhoneVerification(ctx, account)
  return account
}

// src/domain/payment-methods.ts
import {
  assertCardUsable,
  CardDetails,
  cardBrand,
  secretToken as secretToken2,
} from '@partner-sandbox/shared'

var PaymentMethodInput = CardDetails
async function addPaymentMethod(ctx, accountId, card) {
  const account = await getAccount(ctx.store, accountId)
  if (!setupStepOpen(setupFactsOf(account), 'payment')) {
    throw new StepOutOfOrderError(
      'Verify your email and phone before adding a payment method to your ShipStation Balance.',
    )
  }
  assertCardUsable(card, ctx.clock.now())
  const paymentMethod = {
    id: `pm_${secretToken2(9)}`,
    brand: cardBrand(card.cardNumber),
    last4: card.cardNumber.slice(-4),
    expiry: card.expiry,
    addedAt: ctx.clock.now().toISOString(),
  }
  const updated = await updateAccount(ctx.store, accountId, (a) => ({
    ...a,
    paymentMethods: [...a.paymentMethods, paymentMethod],
  }))
  return { account: updated, paymentMethod }
}

// src/runtime.ts
function domainContext(c, runtime) {
  return {
    store: c.var.store,
    clock: c.var.clock,
    random: runtime.random,
    baseUrl: runtime.peers.shipstation.baseUrl,
  }
}

// src/routes/api-account.ts
function apiAccountRoutes(runtime) {
  return new Hono()
    .get('/api/v1/account', async (c) => {
      const { account, session } = await requireSignedIn(c)
      return c.json(accountView(account, session.popupDismissed))
    })
    .post('/api/v1/account/email-verification', async (c) => {
      const { account, session } = await requireSignedIn(c)
      const { code } = parseInput(EmailCodeInput, await readBody(c))
      const updated = await verifyEmailCode(domainContext(c, runtime), account.id, code)
      return c.json(accountView(updated, session.popupDismissed))
    })
    .post('/api/v1/account/email-verification/resend', async (c) => {
      const { account } = await requireSignedIn(c)
      await resendEmailCode(domainContext(c, runtime), account.id)
      return c.json({ status: 'sent', to: account.email }, 202)
    })
    .post('/api/v1/account/phone-verification', async (c) => {
      const { account, session } = await requireSignedIn(c)
      const { code } = parseInput(SmsCodeInput, await readBody(c))
      const updated = await verifyPhoneCode(domainContext(c, runtime), account.id, code)
      return c.json(accountView(updated, session.popupDismissed))
    })
    .post('/api/v1/account/phone-verification/resend', async (c) => {
      const { account } = await requireSignedIn(c)
      await resendPhoneCode(domainContext(c, runtime), account.id)
      return c.json({ status: 'sent', to: account.phone }, 202)
    })
    .post('/api/v1/balance/payment-methods', async (c) => {
      const { account, session } = await requireSignedIn(c)
      const card = parseInput(PaymentMethodInput, await readBody(c))
      const added = await addPaymentMethod(domainContext(c, runtime), account.id, card)
      const { id, brand, last4, expiry } = added.paymentMethod
      return c.json(
        {
          paymentMethod: { id, brand, last4, expiry },
          account: accountView(added.account, session.popupDismissed),
        },
        201,
      )
    })
}

// src/routes/api-nsa.ts
import { Hono as Hono2 } from 'hono'

// src/domain/approval-banner.ts
async function dismissApprovalBanner(ctx, accountId) {
  return updateAccount(ctx.store, accountId, (account) => {
    if (account.approvalBannerDismissedAt) return account
    if (account.copStatus === 'not_started') {
      throw new NothingToDismissError(
        'There is no approval banner yet: it appears once the USPS connection is submitted on Stamps.com.',
      )
    }
    return { ...account, approvalBannerDismissedAt: ctx.clock.now().toISOString() }
  })
}

// src/clients/stamps-sso.ts
import {
  signServiceToken,
  urlOf as urlOf2,
  withTenant as withTenant2,
} from '@partner-sandbox/shared'

var SSO_TOKEN_TYPE = 'sso+jwt'
var SSO_TTL_SECONDS = 60
async function stampsSsoUrl(account, options) {
  const stamps = options.peers.stamps.baseUrl
  const token = await signServiceToken(options.keys, {
    type: SSO_TOKEN_TYPE,
    issuer: options.peers.shipstation.baseUrl,
    audience: stamps,
    subject: account.id,
    tenant: options.tenant,
    ttlSeconds: SSO_TTL_SECONDS,
    clock: options.clock,
    claims: {
      email: account.email,
      name: `${account.firstName} ${account.lastName}`,
      company: account.company,
      promoCode: account.promoCode,
    },
  })
  return withTenant2(urlOf2(stamps, `/sso?token=${encodeURIComponent(token)}`), options.tenant)
}

// src/domain/nsa-sso.ts
async function nsaSsoUrl(account, options) {
  assertSsoAllowed(account)
  return stampsSsoUrl(account, options)
}
function assertSsoAllowed(account) {
  const facts = promptFactsOf(account, false)
  if (connectPromptsDue(facts)) return
  const missing = missingSetupSteps(facts)
  if (missing.length > 0) {
    throw new PromptsNotDueError(
      `Connecting your USPS business account opens after these steps: ${missing.join('; ')}.`,
    )
  }
  throw new PromptsNotDueError(
    nsaRatesActive(account)
      ? 'Your USPS business account is already connected and NSA rates are active.'
      : 'Your USPS business account connection was submitted and is waiting for approval from USPS.',
  )
}

// src/routes/api-nsa.ts
function apiNsaRoutes(runtime) {
  return new Hono2()
    .post('/api/v1/nsa/sso', async (c) => {
      const { account } = await requireSignedIn(c)
      const url = await nsaSsoUrl(account, {
        keys: await runtime.keys(),
        peers: runtime.peers,
        tenant: c.var.tenant,
        clock: c.var.clock,
      })
      return c.json({ url })
    })
    .post('/api/v1/nsa/popup/dismiss', async (c) => {
      const { account, session } = await requireSignedIn(c)
      await dismissPopupForSession(c, session)
      return c.json(accountView(account, true))
    })
    .post('/api/v1/nsa/approval-banner/dismiss', async (c) => {
      const { account, session } = await requireSignedIn(c)
      const updated = await dismissApprovalBanner(domainContext(c, runtime), account.id)
      return c.json(accountView(updated, session.popupDismissed))
    })
}

// src/routes/api-sessions.ts
// src/domain/registration.ts
import {
  hashPassword,
  NewPassword,
  parseInput as parseInput2,
  randomDigits as randomDigits2,
  readBody as readBody2,
} from '@partner-sandbox/shared'
import { Hono as Hono3 } from 'hono'
// src/domain/us-phone.ts
import { z as z4, z as z5 } from 'zod'

var MESSAGE = 'Enter a 10-digit US phone number, e.g. (555) 010-0100.'
var UsPhone = z4
  .string({ error: MESSAGE })
  .trim()
  .regex(/^\+?[\d\s().-]+$/, MESSAGE)
  .transform((text) => text.replace(/\D/g, ''))
  .transform((digits) =>
    digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits,
  )
  .pipe(
    z4
      .string()
      .regex(/^\d{10}$/, MESSAGE)
      .regex(/^[2-9]/, 'A US area code cannot start with 0 or 1. Check the phone number.'),
  )
  .transform((digits) => `+1${digits}`)

// src/domain/registration.ts
var MAX_NAME_LENGTH = 100
var name = (label) =>
  z5
    .string({ error: `Enter your ${label}.` })
    .trim()
    .min(1, `Enter your ${label}.`)
    .max(MAX_NAME_LENGTH, `Use at most ${MAX_NAME_LENGTH} characters for your ${label}.`)
var EmailAddress = z5
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .pipe(z5.email('Enter a valid email address, e.g. name@example.com.').max(254))
var RegistrationInput = z5.object({
  firstName: name('first name'),
  lastName: name('last name'),
  company: name('company name'),
  email: EmailAddress,
  phone: UsPhone,
  password: z5.string({ error: 'Enter a password.' }).pipe(NewPassword),
  promoCode: PromoCodeText,
})
async function registerAccount(ctx, input) {
  const promoCode = await acceptPromoCode(ctx, input.promoCode)
  if (await findAccountByEmail(ctx.store, input.email)) throw new EmailTakenError(input.email)
  const passwordHash = await hashPassword(input.password)
  const account = {
    id: await unusedAccountId(ctx),
    firstName: input.firstName,
    lastName: input.lastName,
    company: input.company,
    email: input.email,
    phone: input.phone,
    passwordHash,
    promoCode,
    createdAt: ctx.clock.now().toISOString(),
    paymentMethods: [],
    copStatus: 'not_started',
  }
  if (!(await claimEmail(ctx.store, account.email, account.id))) {
    throw new EmailTakenError(input.email)
  }
  await insertAccount(ctx.store, account)
  await sendEmailVerification(ctx, account)
  return account
}
async function unusedAccountId(ctx) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const id = `SS${randomDigits2(ctx.random, 9)}`
    if (!(await findAccount(ctx.store, id))) return id
  }
  throw new TypeError('The random source keeps producing taken account ids; is it constant?')
}

// src/domain/sign-in.ts
import { verifyPassword } from '@partner-sandbox/shared'
import { z as z6 } from 'zod'

var MAX_PASSWORD_LENGTH = 128
var SignInInput = z6.object({
  email: EmailAddress,
  password: z6
    .string({ error: 'Enter your password.' })
    .min(1, 'Enter your password.')
    .max(MAX_PASSWORD_LENGTH, `A password has at most ${MAX_PASSWORD_LENGTH} characters.`),
})
async function signIn(ctx, input) {
  const account = await findAccountByEmail(ctx.store, input.email)
  if (!account || !(await verifyPassword(input.password, account.passwordHash))) {
    throw new InvalidCredentialsError()
  }
  return account
}

// src/routes/api-sessions.ts
function apiSessionRoutes(runtime) {
  return new Hono3()
    .post('/api/v1/accounts', async (c) => {
      const input = parseInput2(RegistrationInput, await readBody2(c))
      const account = await registerAccount(domainContext(c, runtime), input)
      const sessionToken = await beginSession(c, account.id)
      return c.json({ account: accountView(account, false), sessionToken }, 201)
    })
    .post('/api/v1/sessions', async (c) => {
      const account = await signIn(
        domainContext(c, runtime),
        parseInput2(SignInInput, await readBody2(c)),
      )
      const sessionToken = await beginSession(c, account.id)
      return c.json({ account: accountView(account, false), sessionToken })
    })
    .delete('/api/v1/sessions/current', async (c) => {
      await requireSignedIn(c)
      await signOut(c)
      return c.body(null, 204)
    })
}

// src/routes/balance.tsx
// src/pages/balance.tsx
// src/pages/signed-in-page.tsx
// src/pages/header-nav.tsx
import {
  Field,
  FormErrors,
  HeaderLinks,
  onFormError,
  Page,
  parseInput as parseInput3,
  readBody as readBody3,
} from '@partner-sandbox/shared'
import { Hono as Hono4 } from 'hono'
import { Fragment, jsx, jsxs } from 'hono/jsx/jsx-runtime'

var SignedInNav = () =>
  /* @__PURE__ */ jsx(HeaderLinks, {
    links: [
      ['/dashboard', 'Dashboard'],
      ['/balance', 'Balance'],
    ],
    signOut: { action: '/logout', label: 'Log out' },
  })
var SignedOutNav = () =>
  /* @__PURE__ */ jsxs(Fragment, {
    children: [
      /* @__PURE__ */ jsx('a', { href: '/login', children: 'Sign In' }),
      /* @__PURE__ */ jsx('a', { href: '/register', children: 'Create an account' }),
    ],
  })

// src/pages/nsa-banners.tsx
import { Fragment as Fragment2, jsx as jsx2, jsxs as jsxs2 } from 'hono/jsx/jsx-runtime'

var NsaBanners = ({ banners, returnTo }) =>
  /* @__PURE__ */ jsx2(Fragment2, {
    children: banners.map((banner) =>
      banner.action === 'see-instructions'
        ? /* @__PURE__ */ jsxs2('section', {
            class: 'banner info',
            'aria-label': 'USPS connection',
            'data-banner': banner.id,
            children: [
              /* @__PURE__ */ jsx2('strong', { children: banner.text }),
              /* @__PURE__ */ jsx2('a', {
                href: '/nsa/see-instructions',
                target: '_blank',
                rel: 'noopener',
                children: 'See Instructions',
              }),
            ],
          })
        : /* @__PURE__ */ jsxs2('section', {
            class: 'banner info',
            role: 'status',
            'data-banner': banner.id,
            children: [
              /* @__PURE__ */ jsx2('strong', { children: banner.text }),
              /* @__PURE__ */ jsxs2('form', {
                method: 'post',
                action: '/nsa/approval-banner/dismiss',
                children: [
                  /* @__PURE__ */ jsx2('input', {
                    type: 'hidden',
                    name: 'returnTo',
                    value: returnTo,
                  }),
                  /* @__PURE__ */ jsx2('button', { type: 'submit', children: 'Dismiss' }),
                ],
              }),
            ],
          }),
    ),
  })

// src/pages/signed-in-page.tsx
import { jsx as jsx3 } from 'hono/jsx/jsx-runtime'

var SignedInPage = ({ title, prompts, path, modal, children }) =>
  /* @__PURE__ */ jsx3(Page, {
    service: 'shipstation',
    title,
    nav: /* @__PURE__ */ jsx3(SignedInNav, {}),
    banners: /* @__PURE__ */ jsx3(NsaBanners, { banners: prompts.banners, returnTo: path }),
    modal,
    children,
  })

// src/pages/balance.tsx
import { jsx as jsx4, jsxs as jsxs3 } from 'hono/jsx/jsx-runtime'

var FIELDS = ['cardholderName', 'cardNumber', 'expiry', 'cvc', 'billingZip']
var BalancePage = ({ prompts, paymentMethods, values = {}, error }) => {
  const errors = error?.fieldErrors
  return /* @__PURE__ */ jsxs3(SignedInPage, {
    title: 'ShipStation Balance',
    prompts,
    path: '/balance',
    children: [
      /* @__PURE__ */ jsxs3('div', {
        class: 'card',
        children: [
          /* @__PURE__ */ jsx4('h1', { children: 'ShipStation Balance' }),
          paymentMethods.length > 0
            ? /* @__PURE__ */ jsx4('ul', {
                'aria-label': 'Payment methods',
                children: paymentMethods.map((pm) =>
                  /* @__PURE__ */ jsxs3('li', {
                    children: [pm.brand, ' ending in ', pm.last4, ' (expires ', pm.expiry, ')'],
                  }),
                ),
              })
            : /* @__PURE__ */ jsx4('p', {
                children: 'Add a payment method to fund your ShipStation Balance and print labels.',
              }),
        ],
      }),
      /* @__PURE__ */ jsxs3('div', {
        class: 'card',
        children: [
          /* @__PURE__ */ jsx4('h2', { children: 'Add a payment method' }),
          /* @__PURE__ */ jsx4(FormErrors, { error, fields: FIELDS }),
          /* @__PURE__ */ jsxs3('form', {
            method: 'post',
            action: '/balance',
            children: [
              /* @__PURE__ */ jsx4(Field, {
                label: 'Name on card',
                name: 'cardholderName',
                autocomplete: 'cc-name',
                value: values.cardholderName,
                errors,
              }),
              /* @__PURE__ */ jsx4(Field, {
                label: 'Card number',
                name: 'cardNumber',
                inputmode: 'numeric',
                autocomplete: 'cc-number',
                hint: 'Test cards: 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is declined.',
                errors,
              }),
              /* @__PURE__ */ jsx4(Field, {
                label: 'Expiry (MM/YY)',
                name: 'expiry',
                autocomplete: 'cc-exp',
                value: values.expiry,
                errors,
              }),
              /* @__PURE__ */ jsx4(Field, {
                label: 'Security code (CVC)',
                name: 'cvc',
                inputmode: 'numeric',
                autocomplete: 'cc-csc',
                errors,
              }),
              /* @__PURE__ */ jsx4(Field, {
                label: 'Billing ZIP code',
                name: 'billingZip',
                inputmode: 'numeric',
                autocomplete: 'postal-code',
                value: values.billingZip,
                errors,
              }),
              /* @__PURE__ */ jsx4('button', { type: 'submit', children: 'Add Payment Method' }),
            ],
          }),
        ],
      }),
    ],
  })
}

// src/pages/form-values.ts
function echoValues(body, omit) {
  return Object.fromEntries(
    Object.entries(body).filter(
      (entry) => typeof entry[1] === 'string' && !omit.includes(entry[0]),
    ),
  )
}

// src/routes/balance.tsx
import { jsx as jsx5 } from 'hono/jsx/jsx-runtime'

var SECRET_FIELDS = ['cardNumber', 'cvc']
function balanceRoutes(runtime) {
  return new Hono4()
    .get('/balance', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      const { account, session } = current
      if (!setupStepOpen(setupFactsOf(account), 'payment')) return c.redirect(nextStepPath(account))
      return c.html(
        /* @__PURE__ */ jsx5(BalancePage, {
          prompts: promptsOf(account, session.popupDismissed),
          paymentMethods: account.paymentMethods,
        }),
      )
    })
    .post('/balance', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      const { account, session } = current
      const render = (values) =>
        onFormError(c, (error) =>
          /* @__PURE__ */ jsx5(BalancePage, {
            prompts: promptsOf(account, session.popupDismissed),
            paymentMethods: account.paymentMethods,
            values,
            error,
          }),
        )
      render({})
      const body = await readBody3(c)
      render(echoValues(body, SECRET_FIELDS))
      const card = parseInput3(PaymentMethodInput, body)
      await addPaymentMethod(domainContext(c, runtime), account.id, card)
      return c.redirect('/dashboard', 303)
    })
}

// src/routes/control.ts
import { parseInput as parseInput4, readBody as readBody4 } from '@partner-sandbox/shared'
import { Hono as Hono5 } from 'hono'

function controlRoutes(runtime) {
  return new Hono5()
    .get('/__sandbox/promo-codes', async (c) =>
      c.json({ promoCodes: await listPromoCodes(domainContext(c, runtime)) }),
    )
    .post('/__sandbox/promo-codes', async (c) => {
      const { code } = parseInput4(NewPromoCode, await readBody4(c))
      return c.json({ code: await addPromoCode(domainContext(c, runtime), code) }, 201)
    })
}

// src/routes/dashboard.tsx
import { Hono as Hono6 } from 'hono'

// src/pages/connect-popup.tsx
import { jsx as jsx6, jsxs as jsxs4 } from 'hono/jsx/jsx-runtime'

var ConnectPopup = () =>
  /* @__PURE__ */ jsx6('div', {
    class: 'modal-backdrop',
    children: /* @__PURE__ */ jsxs4('div', {
      class: 'modal',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'connect-usps-title',
      children: [
        /* @__PURE__ */ jsx6('h2', { id: 'connect-usps-title', children: CONNECT_POPUP_TITLE }),
        /* @__PURE__ */ jsx6('p', {
          children:
            'Link your USPS business account and Enterprise Payment Account through Stamps.com to print with your NSA rates. Have your promo code, CRID, MID and EPS number ready.',
        }),
        /* @__PURE__ */ jsx6('a', {
          class: 'button',
          href: '/nsa/see-instructions',
          target: '_blank',
          rel: 'noopener',
          children: 'See Instructions',
        }),
        ' ',
        /* @__PURE__ */ jsx6('form', {
          method: 'post',
          action: '/nsa/popup/dismiss',
          style: 'display:inline',
          children: /* @__PURE__ */ jsx6('button', { type: 'submit', children: 'Not now' }),
        }),
      ],
    }),
  })

// src/pages/dashboard.tsx
import { jsx as jsx7, jsxs as jsxs5 } from 'hono/jsx/jsx-runtime'

var SetupStepLink = ({ step }) =>
  /* @__PURE__ */ jsx7('a', { href: step.path, children: step.action })
var NsaStatus = ({ account }) => {
  if (nsaRatesActive(account)) {
    return /* @__PURE__ */ jsxs5('p', {
      role: 'status',
      children: [
        /* @__PURE__ */ jsx7('strong', { children: 'NSA rates active' }),
        '. Your USPS Negotiated Service Agreement rates apply to your labels.',
      ],
    })
  }
  if (account.copStatus === 'approval_pending') {
    return /* @__PURE__ */ jsx7('p', {
      children: 'USPS business account approval is pending. NSA rates start once USPS approves.',
    })
  }
  return /* @__PURE__ */ jsx7('p', { children: 'NSA rates are not connected yet.' })
}
var DashboardPage = ({ account, prompts }) => {
  const next = nextSetupStep(setupFactsOf(account))
  return /* @__PURE__ */ jsxs5(SignedInPage, {
    title: 'Dashboard',
    prompts,
    path: '/dashboard',
    modal: prompts.popup ? /* @__PURE__ */ jsx7(ConnectPopup, {}) : void 0,
    children: [
      /* @__PURE__ */ jsxs5('div', {
        class: 'card',
        children: [
          /* @__PURE__ */ jsx7('h1', { children: 'Dashboard' }),
          /* @__PURE__ */ jsxs5('p', {
            children: ['Welcome, ', account.firstName, ' (', account.company, ').'],
          }),
          next
            ? /* @__PURE__ */ jsxs5('p', {
                role: 'alert',
                children: [
                  'Finish setting up your account: ',
                  /* @__PURE__ */ jsx7(SetupStepLink, { step: next }),
                ],
              })
            : /* @__PURE__ */ jsx7('p', { children: 'Your account is set up.' }),
        ],
      }),
      /* @__PURE__ */ jsxs5('div', {
        class: 'card',
        children: [
          /* @__PURE__ */ jsx7('h2', { children: 'USPS NSA rates' }),
          /* @__PURE__ */ jsx7(NsaStatus, { account }),
        ],
      }),
    ],
  })
}

// src/routes/dashboard.tsx
import { jsx as jsx8 } from 'hono/jsx/jsx-runtime'

function dashboardRoutes() {
  return new Hono6().get('/dashboard', async (c) => {
    const current = await signedIn(c)
    if (!current) return c.redirect('/login')
    const { account, session } = current
    return c.html(
      /* @__PURE__ */ jsx8(DashboardPage, {
        account,
        prompts: promptsOf(account, session.popupDismissed),
      }),
    )
  })
}

// src/routes/email-verification.tsx
// src/pages/notice.tsx
import {
  onFormError as onFormError2,
  Page as Page2,
  parseInput as parseInput5,
  readBody as readBody5,
} from '@partner-sandbox/shared'
import { Hono as Hono7 } from 'hono'
import { jsx as jsx9, jsxs as jsxs6 } from 'hono/jsx/jsx-runtime'

var NoticePage = ({ title, message, link, prompts }) => {
  const body = /* @__PURE__ */ jsxs6('div', {
    class: 'card',
    children: [
      /* @__PURE__ */ jsx9('h1', { children: title }),
      /* @__PURE__ */ jsx9('p', { role: 'alert', children: message }),
      /* @__PURE__ */ jsx9('p', {
        children: /* @__PURE__ */ jsx9('a', { href: link.href, children: link.text }),
      }),
    ],
  })
  return prompts
    ? /* @__PURE__ */ jsx9(SignedInPage, { title, prompts, path: '/dashboard', children: body })
    : /* @__PURE__ */ jsx9(Page2, {
        service: 'shipstation',
        title,
        nav: /* @__PURE__ */ jsx9(SignedOutNav, {}),
        children: body,
      })
}

// src/pages/verify-code.tsx
import { Field as Field2, FormErrors as FormErrors2 } from '@partner-sandbox/shared'
import { jsx as jsx10, jsxs as jsxs7 } from 'hono/jsx/jsx-runtime'

var STEPS = {
  email: {
    path: '/verify/email',
    heading: 'Verify your email',
    label: 'Email verification code',
    button: 'Verify Email',
    how: `We emailed a ${CODE_DIGITS}-digit code and a confirmation link to`,
  },
  phone: {
    path: '/verify/phone',
    heading: 'Verify your phone',
    label: 'SMS verification code',
    button: 'Verify Phone',
    how: `We texted a ${CODE_DIGITS}-digit code to`,
  },
}
var VerifyCodePage = ({ prompts, step, sentTo, resent, error }) => {
  const s = STEPS[step]
  return /* @__PURE__ */ jsx10(SignedInPage, {
    title: s.heading,
    prompts,
    path: s.path,
    children: /* @__PURE__ */ jsxs7('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx10('h1', { children: s.heading }),
        /* @__PURE__ */ jsxs7('p', {
          children: [s.how, ' ', /* @__PURE__ */ jsx10('strong', { children: sentTo }), '.'],
        }),
        resent
          ? /* @__PURE__ */ jsx10('p', {
              role: 'status',
              class: 'muted',
              children: 'A new code was sent. Earlier codes no longer work.',
            })
          : null,
        /* @__PURE__ */ jsx10(FormErrors2, { error, fields: ['code'] }),
        /* @__PURE__ */ jsxs7('form', {
          method: 'post',
          action: s.path,
          children: [
            /* @__PURE__ */ jsx10(Field2, {
              label: s.label,
              name: 'code',
              inputmode: 'numeric',
              autocomplete: 'one-time-code',
              errors: error?.fieldErrors,
            }),
            /* @__PURE__ */ jsx10('button', { type: 'submit', children: s.button }),
          ],
        }),
        /* @__PURE__ */ jsx10('form', {
          method: 'post',
          action: `${s.path}/resend`,
          children: /* @__PURE__ */ jsx10('button', { type: 'submit', children: 'Resend code' }),
        }),
      ],
    }),
  })
}

// src/routes/email-verification.tsx
import { jsx as jsx11 } from 'hono/jsx/jsx-runtime'

var pageProps = ({ account, session }) => ({
  step: 'email',
  sentTo: account.email,
  prompts: promptsOf(account, session.popupDismissed),
})
function emailVerificationRoutes(runtime) {
  return new Hono7()
    .get('/verify/email', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      if (current.account.emailVerifiedAt) return c.redirect(nextStepPath(current.account))
      return c.html(
        /* @__PURE__ */ jsx11(VerifyCodePage, {
          ...pageProps(current),
          resent: c.req.query('resent') === '1',
        }),
      )
    })
    .post('/verify/email', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      onFormError2(c, (error) =>
        /* @__PURE__ */ jsx11(VerifyCodePage, { ...pageProps(current), error }),
      )
      const { code } = parseInput5(EmailCodeInput, await readBody5(c))
      await verifyEmailCode(domainContext(c, runtime), current.account.id, code)
      return c.redirect('/verify/phone', 303)
    })
    .post('/verify/email/resend', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      if (current.account.emailVerifiedAt) return c.redirect(nextStepPath(current.account), 303)
      await resendEmailCode(domainContext(c, runtime), current.account.id)
      return c.redirect('/verify/email?resent=1', 303)
    })
    .get('/verify/email/confirm', async (c) => {
      const current = await signedIn(c)
      if (current?.account.emailVerifiedAt) return c.redirect(nextStepPath(current.account))
      onFormError2(c, (error) =>
        /* @__PURE__ */ jsx11(NoticePage, {
          title: 'Verification link not valid',
          message: error.message,
          link: current ? { href: '/verify/email', text: 'Verify your email' } : signInLink,
        }),
      )
      const { token } = parseInput5(EmailLinkQuery, c.req.query())
      const account = await verifyEmailLink(domainContext(c, runtime), token)
      if (current?.account.id === account.id) return c.redirect('/verify/phone')
      return c.html(
        /* @__PURE__ */ jsx11(NoticePage, {
          title: 'Email verified',
          message: `The email ${account.email} is verified. Sign in to verify your phone.`,
          link: signInLink,
        }),
      )
    })
}
var signInLink = { href: '/login', text: 'Sign In' }

// src/routes/home.ts
import { Hono as Hono8 } from 'hono'

function homeRoutes() {
  return new Hono8().get('/', async (c) =>
    c.redirect((await signedIn(c)) ? '/dashboard' : '/login'),
  )
}

// src/routes/nsa.tsx
import {
  onFormError as onFormError3,
  parseInput as parseInput6,
  readBody as readBody6,
} from '@partner-sandbox/shared'
import { Hono as Hono9 } from 'hono'
// src/lib/return-to.ts
import { z as z7, z as z8 } from 'zod'

var ReturnTo = z7
  .string()
  .regex(/^\/(?![/\\])[\w\-./?=&%]*$/)
  .catch('/dashboard')

// src/routes/nsa.tsx
import { jsx as jsx12 } from 'hono/jsx/jsx-runtime'

var DismissForm = z8.object({ returnTo: ReturnTo })
function nsaRoutes(runtime) {
  return new Hono9()
    .get('/nsa/see-instructions', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      const { account, session } = current
      onFormError3(c, (error) =>
        /* @__PURE__ */ jsx12(NoticePage, {
          title: 'Connect your USPS business account',
          message: error.message,
          link: { href: nextStepPath(account), text: 'Continue setting up ShipStation' },
          prompts: promptsOf(account, session.popupDismissed),
        }),
      )
      const url = await nsaSsoUrl(account, {
        keys: await runtime.keys(),
        peers: runtime.peers,
        tenant: c.var.tenant,
        clock: c.var.clock,
      })
      return c.redirect(url, 302)
    })
    .post('/nsa/popup/dismiss', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      await dismissPopupForSession(c, current.session)
      return c.redirect('/dashboard', 303)
    })
    .post('/nsa/approval-banner/dismiss', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      const { returnTo } = parseInput6(DismissForm, await readBody6(c))
      await dismissApprovalBanner(domainContext(c, runtime), current.account.id).catch((error) => {
        if (!(error instanceof NothingToDismissError)) throw error
      })
      return c.redirect(returnTo, 303)
    })
}

// src/routes/partner-events.ts
// src/domain/partner-events.ts
import {
  applySignedEvent,
  parseInput as parseInput7,
  readBody as readBody7,
} from '@partner-sandbox/shared'
import { Hono as Hono10 } from 'hono'
import { z as z9 } from 'zod'

// src/domain/cop-status.ts
var COP_EVENTS = ['cop.approval_pending', 'cop.approved']
var TRANSITIONS = {
  not_started: { 'cop.approval_pending': 'approval_pending' },
  approval_pending: { 'cop.approval_pending': 'approval_pending', 'cop.approved': 'approved' },
  approved: { 'cop.approved': 'approved' },
}
function isCopEvent(event) {
  return COP_EVENTS.includes(event)
}
function nextCopStatus(current, event) {
  const next = TRANSITIONS[current][event]
  if (!next) throw new CopStatusConflictError(current, event)
  return next
}

// src/domain/partner-events.ts
var CopEventData = z9
  .object({
    crid: z9.string().optional(),
    mid: z9.string().optional(),
    epsNumber: z9.string().optional(),
    eps: z9.string().optional(),
  })
  .transform(({ eps, ...rest }) => {
    const epsNumber = rest.epsNumber ?? eps
    return {
      ...(rest.crid ? { crid: rest.crid } : {}),
      ...(rest.mid ? { mid: rest.mid } : {}),
      ...(epsNumber ? { epsNumber } : {}),
    }
  })
async function applyPartnerEvent(ctx, received) {
  const { event } = received
  if (!isCopEvent(event)) throw new UnknownEventError(event, COP_EVENTS)
  const identifiers = parseInput7(CopEventData, received.data)
  const accountId = received.payload.sub
  await getAccount(ctx.store, accountId)
  const now = ctx.clock.now().toISOString()
  return updateAccount(ctx.store, accountId, (account) => {
    const copStatus = nextCopStatus(account.copStatus, event)
    return {
      ...account,
      copStatus,
      copUpdatedAt: now,
      copIdentifiers: { ...account.copIdentifiers, ...identifiers },
    }
  })
}

// src/routes/partner-events.ts
function partnerEventRoutes(runtime) {
  return new Hono10().post('/partner/events', async (c) => {
    const outcome = await applySignedEvent(
      await readBody7(c),
      runtime.stampsKeySet,
      {
        issuer: runtime.peers.stamps.baseUrl,
        audience: runtime.peers.shipstation.baseUrl,
        store: c.var.store,
        clock: c.var.clock,
      },
      (received) => applyPartnerEvent(domainContext(c, runtime), received),
    )
    if (outcome.status === 'duplicate') return c.json(outcome)
    return c.json({
      status: 'processed',
      event: outcome.event,
      accountId: outcome.result.id,
      copStatus: outcome.result.copStatus,
    })
  })
}

// src/routes/phone-verification.tsx
import {
  onFormError as onFormError4,
  parseInput as parseInput8,
  readBody as readBody8,
} from '@partner-sandbox/shared'
import { Hono as Hono11 } from 'hono'
import { jsx as jsx13 } from 'hono/jsx/jsx-runtime'

var pageProps2 = ({ account, session }) => ({
  step: 'phone',
  sentTo: account.phone,
  prompts: promptsOf(account, session.popupDismissed),
})
var isPhoneStep = ({ account }) => nextStepPath(account) === '/verify/phone'
function phoneVerificationRoutes(runtime) {
  return new Hono11()
    .get('/verify/phone', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      if (!isPhoneStep(current)) return c.redirect(nextStepPath(current.account))
      return c.html(
        /* @__PURE__ */ jsx13(VerifyCodePage, {
          ...pageProps2(current),
          resent: c.req.query('resent') === '1',
        }),
      )
    })
    .post('/verify/phone', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      onFormError4(c, (error) =>
        /* @__PURE__ */ jsx13(VerifyCodePage, { ...pageProps2(current), error }),
      )
      const { code } = parseInput8(SmsCodeInput, await readBody8(c))
      await verifyPhoneCode(domainContext(c, runtime), current.account.id, code)
      return c.redirect('/balance', 303)
    })
    .post('/verify/phone/resend', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      if (!isPhoneStep(current)) return c.redirect(nextStepPath(current.account), 303)
      await resendPhoneCode(domainContext(c, runtime), current.account.id)
      return c.redirect('/verify/phone?resent=1', 303)
    })
}

// src/routes/registration.tsx
// src/pages/register.tsx
import {
  Field as Field3,
  FormErrors as FormErrors3,
  onFormError as onFormError5,
  Page as Page3,
  parseInput as parseInput9,
  readBody as readBody9,
} from '@partner-sandbox/shared'
import { Hono as Hono12 } from 'hono'
import { jsx as jsx14, jsxs as jsxs8 } from 'hono/jsx/jsx-runtime'

var FIELDS2 = ['firstName', 'lastName', 'company', 'email', 'phone', 'password', 'promoCode']
var RegisterPage = ({ values = {}, error }) => {
  const errors = error?.fieldErrors
  return /* @__PURE__ */ jsx14(Page3, {
    service: 'shipstation',
    title: 'Create your account',
    nav: /* @__PURE__ */ jsx14(SignedOutNav, {}),
    children: /* @__PURE__ */ jsxs8('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx14('h1', { children: 'Create your ShipStation account' }),
        /* @__PURE__ */ jsx14(FormErrors3, { error, fields: FIELDS2 }),
        /* @__PURE__ */ jsxs8('form', {
          method: 'post',
          action: '/register',
          children: [
            /* @__PURE__ */ jsx14(Field3, {
              label: 'First name',
              name: 'firstName',
              value: values.firstName,
              errors,
            }),
            /* @__PURE__ */ jsx14(Field3, {
              label: 'Last name',
              name: 'lastName',
              value: values.lastName,
              errors,
            }),
            /* @__PURE__ */ jsx14(Field3, {
              label: 'Company',
              name: 'company',
              value: values.company,
              errors,
            }),
            /* @__PURE__ */ jsx14(Field3, {
              label: 'Email',
              name: 'email',
              type: 'email',
              autocomplete: 'email',
              value: values.email,
              errors,
            }),
            /* @__PURE__ */ jsx14(Field3, {
              label: 'Phone',
              name: 'phone',
              type: 'tel',
              autocomplete: 'tel',
              hint: 'A US number that can receive text messages, e.g. (555) 010-0100.',
              value: values.phone,
              errors,
            }),
            /* @__PURE__ */ jsx14(Field3, {
              label: 'Password',
              name: 'password',
              type: 'password',
              autocomplete: 'new-password',
              hint: 'At least 8 characters, with a letter and a digit.',
              errors,
            }),
            /* @__PURE__ */ jsx14(Field3, {
              label: 'Promo code',
              name: 'promoCode',
              hint: 'The promo code your USPS representative gave you.',
              value: values.promoCode,
              errors,
            }),
            /* @__PURE__ */ jsx14('button', { type: 'submit', children: 'Create Account' }),
          ],
        }),
        /* @__PURE__ */ jsxs8('p', {
          class: 'muted',
          children: [
            'Already have an account? ',
            /* @__PURE__ */ jsx14('a', { href: '/login', children: 'Sign In' }),
          ],
        }),
      ],
    }),
  })
}

// src/routes/registration.tsx
import { jsx as jsx15 } from 'hono/jsx/jsx-runtime'

function registrationRoutes(runtime) {
  return new Hono12()
    .get('/register', async (c) => {
      if (await signedIn(c)) return c.redirect('/dashboard')
      return c.html(/* @__PURE__ */ jsx15(RegisterPage, {}))
    })
    .post('/register', async (c) => {
      onFormError5(c, (error) => /* @__PURE__ */ jsx15(RegisterPage, { error }))
      const body = await readBody9(c)
      const values = echoValues(body, ['password'])
      onFormError5(c, (error) => /* @__PURE__ */ jsx15(RegisterPage, { values, error }))
      const account = await registerAccount(
        domainContext(c, runtime),
        parseInput9(RegistrationInput, body),
      )
      await beginSession(c, account.id)
      return c.redirect('/verify/email', 303)
    })
}

// src/routes/sign-in.tsx
// src/pages/login.tsx
import {
  Field as Field4,
  FormErrors as FormErrors4,
  onFormError as onFormError6,
  Page as Page4,
  parseInput as parseInput10,
  readBody as readBody10,
} from '@partner-sandbox/shared'
import { Hono as Hono13 } from 'hono'
import { jsx as jsx16, jsxs as jsxs9 } from 'hono/jsx/jsx-runtime'

var LoginPage = ({ email, error }) =>
  /* @__PURE__ */ jsx16(Page4, {
    service: 'shipstation',
    title: 'Sign In',
    nav: /* @__PURE__ */ jsx16(SignedOutNav, {}),
    children: /* @__PURE__ */ jsxs9('div', {
      class: 'card',
      children: [
        /* @__PURE__ */ jsx16('h1', { children: 'Sign in to ShipStation' }),
        /* @__PURE__ */ jsx16(FormErrors4, { error, fields: ['email', 'password'] }),
        /* @__PURE__ */ jsxs9('form', {
          method: 'post',
          action: '/login',
          children: [
            /* @__PURE__ */ jsx16(Field4, {
              label: 'Email',
              name: 'email',
              type: 'email',
              autocomplete: 'email',
              value: email,
              errors: error?.fieldErrors,
            }),
            /* @__PURE__ */ jsx16(Field4, {
              label: 'Password',
              name: 'password',
              type: 'password',
              autocomplete: 'current-password',
              errors: error?.fieldErrors,
            }),
            /* @__PURE__ */ jsx16('button', { type: 'submit', children: 'Sign In' }),
          ],
        }),
        /* @__PURE__ */ jsxs9('p', {
          children: [
            'New to ShipStation? ',
            /* @__PURE__ */ jsx16('a', { href: '/register', children: 'Create an account' }),
          ],
        }),
      ],
    }),
  })

// src/routes/sign-in.tsx
import { jsx as jsx17 } from 'hono/jsx/jsx-runtime'

function signInRoutes(runtime) {
  return new Hono13()
    .get('/login', async (c) => {
      const current = await signedIn(c)
      if (current) return c.redirect(nextStepPath(current.account))
      return c.html(/* @__PURE__ */ jsx17(LoginPage, {}))
    })
    .post('/login', async (c) => {
      onFormError6(c, (error) => /* @__PURE__ */ jsx17(LoginPage, { error }))
      const body = await readBody10(c)
      const email = typeof body.email === 'string' ? body.email : void 0
      onFormError6(c, (error) => /* @__PURE__ */ jsx17(LoginPage, { email, error }))
      const account = await signIn(domainContext(c, runtime), parseInput10(SignInInput, body))
      await beginSession(c, account.id)
      return c.redirect(nextStepPath(account), 303)
    })
    .post('/logout', async (c) => {
      await signOut(c)
      return c.redirect('/login', 303)
    })
}

// src/app.ts
function createApp(options) {
  const keys = lazyServiceKeys(options.store)
  const runtime = {
    peers: options.peers,
    random: options.random ?? cryptoRandom,
    keys,
    // Built once so jose's JWKS cache is shared by every request.
    stampsKeySet: peerKeySet(options.peers.stamps),
  }
  const app = createServiceApp({
    service: 'shipstation',
    store: options.store,
    realTime: options.realTime ?? Date.now,
    keys,
  })
  return app
    .route('/', homeRoutes())
    .route('/', registrationRoutes(runtime))
    .route('/', signInRoutes(runtime))
    .route('/', emailVerificationRoutes(runtime))
    .route('/', phoneVerificationRoutes(runtime))
    .route('/', balanceRoutes(runtime))
    .route('/', dashboardRoutes())
    .route('/', nsaRoutes(runtime))
    .route('/', partnerEventRoutes(runtime))
    .route('/', apiSessionRoutes(runtime))
    .route('/', apiAccountRoutes(runtime))
    .route('/', apiNsaRoutes(runtime))
    .route('/', controlRoutes(runtime))
}

export {
  APPROVAL_BANNER_TEXT,
  BUILT_IN_PROMO_CODE,
  CONNECT_BANNER_TEXT,
  CONNECT_POPUP_TITLE,
  createApp,
  deriveOnboardingPrompts,
  ERROR_CODES,
  SESSION_COOKIE,
  ShipStationError,
}
//# sourceMappingURL=chunk-JAVRXURL.js.map
