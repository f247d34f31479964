import fc from 'fast-check'

/** Lone surrogates replaced by U+FFFD (String#toWellFormed, which the ES2022 lib lacks). */
function wellFormed(s: string): string {
  return s.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  )
}

/** Field names the apps read (from their zod schemas and forms), so inputs reach past parsing. */
export const FIELDS = [
  'email',
  'password',
  'confirmPassword',
  'username',
  'code',
  'token',
  'return_to',
  'returnTo',
  'advance',
  'set',
  'tenant',
  'clientId',
  'clientSecret',
  'name',
  'redirectUris',
  'scopes',
  'promoCode',
  'firstName',
  'lastName',
  'company',
  'companyName',
  'phone',
  'cardNumber',
  'expiry',
  'cvc',
  'cardholderName',
  'billingZip',
  'zipCode',
  'streetAddress',
  'city',
  'state',
  'acceptTerms',
  'terms',
  'method',
  'routingNumber',
  'accountNumber',
  'accountType',
  'amount1',
  'amount2',
  'crid',
  'mid',
  'epsNumber',
  'grant_type',
  'redirect_uri',
  'client_id',
  'client_secret',
  'code_verifier',
  'refresh_token',
  'response_type',
  'code_challenge',
  'code_challenge_method',
  'scope',
  'confirm',
  'decision',
  'anticipatedDailySpend',
  'roleName',
  'roles',
  'paymentAuthorizationToken',
  'id',
]

/** Strings that have broken parsers before: surrogates, control characters, huge numbers. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '/portal\ud800',
  '\udfff\ud800',
  '%',
  '%ZZ',
  '%ED%A0%80',
  '..',
  '//evil.example',
  '/\\evil.example',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '9999999999999999d',
  '1e309',
  '-1',
  '0',
  'NaN',
  '__proto__',
  'constructor',
  '{"$ne":1}',
  'a'.repeat(5000),
  'https://evil.example/cb',
  'S256',
  'plain',
  'none',
  '4242424242424242',
  '12/34',
  'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
]

export const nastyString = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 3 },
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
)

const jsonLeaf = fc.oneof(
  nastyString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER + 2),
)
const jsonValue = fc.oneof(
  { depthSize: 'small' },
  jsonLeaf,
  fc.array(jsonLeaf, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...FIELDS), jsonLeaf, { maxKeys: 3 }),
)
const fields = fc.oneof(
  // One known field alone passes strict schemas (e.g. the clock's {advance}).
  fc.dictionary(fc.constantFrom(...FIELDS), jsonValue, { minKeys: 1, maxKeys: 1 }),
  fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), nastyString), jsonValue, { maxKeys: 8 }),
)

/** A path segment as it reaches the router: encoded text, or raw percent sequences. */
const segment = fc.oneof(
  fc.constantFrom('x1', '%ED%A0%80', '%', '%00', '..', 'nsa_1', 'me', 'current'),
  nastyString.map((s) => encodeURIComponent(wellFormed(s))),
)

function encodeForm(values: Record<string, unknown>): string {
  return Object.entries(values)
    .map(([k, v]) => {
      const text = typeof v === 'string' ? v : JSON.stringify(v)
      // Lone surrogates go as the raw bytes a hostile client can send, not as U+FFFD.
      const enc = (s: string) => (wellFormed(s) === s ? encodeURIComponent(s) : '%ED%A0%80')
      return `${enc(k)}=${enc(text ?? '')}`
    })
    .join('&')
}

export interface FuzzInput {
  param: string
  query: string
  contentType: string | undefined
  accept: string
  body: string | undefined
  tenant: string | undefined
  authorization: string | undefined
  signedIn: boolean
}

/** Inputs for one route; `own` are the fields the route reads, tried first and alone. */
export function fuzzInputFor(own: string[]): fc.Arbitrary<FuzzInput> {
  return own.length === 0
    ? fuzzInput
    : fc.oneof(
        fuzzInput,
        ownFields(own).chain((payload) => fuzzInput.map((input) => withPayload(input, payload))),
      )
}

function ownFields(own: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.oneof(
    fc.dictionary(fc.constantFrom(...own), jsonValue, { minKeys: 1, maxKeys: 1 }),
    fc.record(Object.fromEntries(own.map((name) => [name, fc.oneof(nastyString, jsonValue)])), {
      requiredKeys: [],
    }),
  )
}

function withPayload(input: FuzzInput, payload: Record<string, unknown>): FuzzInput {
  if (input.contentType === 'application/json') return { ...input, body: JSON.stringify(payload) }
  return {
    ...input,
    contentType: 'application/x-www-form-urlencoded',
    body: encodeForm(payload),
    query: input.query || encodeForm(payload),
  }
}

export const fuzzInput: fc.Arbitrary<FuzzInput> = fc
  .record({
    param: segment,
    query: fields.map(encodeForm),
    kind: fc.constantFrom('json', 'form', 'raw', 'none'),
    payload: fields,
    raw: nastyString,
    rawType: fc.constantFrom(
      'text/plain',
      'application/json',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/x-www-form-urlencoded',
    ),
    accept: fc.constantFrom('application/json', 'text/html', '*/*', ''),
    tenant: fc.option(
      fc.oneof(
        fc.constantFrom('fuzz-a', 'fuzz-b', 'default'),
        nastyString.map((s) => wellFormed(s).replace(/[^\x20-\x7e]/g, '')),
      ),
      { nil: undefined },
    ),
    authorization: fc.option(
      fc.oneof(
        nastyString.map((s) => `Bearer ${wellFormed(s).replace(/[^\x21-\x7e]/g, 'x')}`),
        nastyString.map((s) => `Basic ${Buffer.from(s).toString('base64')}`),
        fc.constant('Basic %%%'),
      ),
      { nil: undefined },
    ),
    signedIn: fc.boolean(),
  })
  .map((r) => {
    const body =
      r.kind === 'json'
        ? JSON.stringify(r.payload)
        : r.kind === 'form'
          ? encodeForm(r.payload)
          : r.kind === 'raw'
            ? r.raw
            : undefined
    const contentType =
      r.kind === 'json'
        ? 'application/json'
        : r.kind === 'form'
          ? 'application/x-www-form-urlencoded'
          : r.kind === 'raw'
            ? r.rawType
            : undefined
    return {
      param: r.param,
      query: r.query,
      contentType,
      accept: r.accept,
      body,
      tenant: r.tenant,
      authorization: r.authorization,
      signedIn: r.signedIn,
    }
  })
