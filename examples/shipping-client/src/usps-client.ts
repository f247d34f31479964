import * as oauth from 'oauth4webapi'

/** The USPS test environment (TEM); production is `https://apis.usps.com`. */
export const USPS_TEM = 'https://apis-tem.usps.com'

export interface UspsClientConfig {
  /** The authorization server and API host (default {@link USPS_TEM}). */
  issuer?: string
  clientId: string
  /** Omit for a public client (PKCE only). */
  clientSecret?: string
  redirectUri: string
}

/** What the app keeps between sending the user to USPS and the callback. */
export interface PendingAuthorization {
  url: URL
  state: string
  codeVerifier: string
}

/** PAYER and LABEL_OWNER roles of a payment authorization, as USPS wants them. */
export interface PaymentAccount {
  crid: string
  mid: string
  epsNumber: string
}

/**
 * The app's USPS side: authorization code + PKCE with oauth4webapi, then the Payments API. It
 * only knows the real hosts; the tests point nothing anywhere else.
 *
 * @example
 * const usps = new UspsClient({ clientId, redirectUri })
 * const pending = await usps.startAuthorization('payments')
 * // send the user to pending.url; on the callback:
 * const tokens = await usps.finishAuthorization(callbackUrl, pending)
 */
export class UspsClient {
  readonly #issuer: URL
  readonly #client: oauth.Client
  readonly #auth: oauth.ClientAuth
  #as: oauth.AuthorizationServer | undefined

  constructor(private readonly config: UspsClientConfig) {
    this.#issuer = new URL(config.issuer ?? USPS_TEM)
    this.#client = { client_id: config.clientId }
    this.#auth = config.clientSecret ? oauth.ClientSecretBasic(config.clientSecret) : oauth.None()
  }

  /** RFC 8414 metadata, fetched once. */
  async server(): Promise<oauth.AuthorizationServer> {
    this.#as ??= await oauth.processDiscoveryResponse(
      this.#issuer,
      await oauth.discoveryRequest(this.#issuer, { algorithm: 'oauth2' }),
    )
    return this.#as
  }

  /** The authorize URL to send the user to, with a fresh state and PKCE verifier. */
  async startAuthorization(scope: string): Promise<PendingAuthorization> {
    const as = await this.server()
    const codeVerifier = oauth.generateRandomCodeVerifier()
    const state = oauth.generateRandomState()
    const url = new URL(as.authorization_endpoint ?? '')
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.#client.client_id,
      redirect_uri: this.config.redirectUri,
      scope,
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    }).toString()
    return { url, state, codeVerifier }
  }

  /** The callback's code redeemed for tokens; throws on `error=` or a wrong state. */
  async finishAuthorization(
    callback: URL,
    pending: PendingAuthorization,
  ): Promise<oauth.TokenEndpointResponse> {
    const as = await this.server()
    const params = oauth.validateAuthResponse(as, this.#client, callback, pending.state)
    return oauth.processAuthorizationCodeResponse(
      as,
      this.#client,
      await oauth.authorizationCodeGrantRequest(
        as,
        this.#client,
        this.#auth,
        params,
        this.config.redirectUri,
        pending.codeVerifier,
      ),
    )
  }

  /** `POST /payments/v3/payment-authorization`: the token labels are paid with. */
  async authorizePayment(
    accessToken: string,
    account: PaymentAccount,
  ): Promise<{ paymentAuthorizationToken: string }> {
    const roles = [
      {
        roleName: 'PAYER',
        CRID: account.crid,
        accountType: 'EPS',
        accountNumber: account.epsNumber,
      },
      { roleName: 'LABEL_OWNER', CRID: account.crid, MID: account.mid, manifestMID: account.mid },
    ]
    const res = await oauth.protectedResourceRequest(
      accessToken,
      'POST',
      new URL('/payments/v3/payment-authorization', this.#issuer),
      new Headers({ 'content-type': 'application/json' }),
      JSON.stringify({ roles }),
    )
    if (!res.ok) throw new Error(`payment authorization: ${res.status} ${await res.text()}`)
    return (await res.json()) as { paymentAuthorizationToken: string }
  }
}
