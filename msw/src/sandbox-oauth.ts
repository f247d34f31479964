import type { OutboxMessage } from '@partner-sandbox/shared'
import { SandboxBrowser, type SandboxCore } from './sandbox-browser'

/** Who consents in {@link SandboxOAuth.authorize}: a USPS account that can sign in. */
export interface ConsentingAccount {
  username: string
  password: string
  /** Where the MFA code is emailed. */
  email: string
}

/** The authorization request as a client would put it in the authorize URL. */
export interface AuthorizeRequest {
  clientId: string
  redirectUri: string
  scope?: string
  state?: string
  codeChallenge?: string
  codeChallengeMethod?: 'S256' | 'plain'
  account: ConsentingAccount
  /** `deny` presses Cancel: the redirect then carries `error=access_denied`. */
  answer?: 'grant' | 'deny'
}

/** The user's side of the USPS authorization code flow, in plain HTTP inside the sandbox. */
export interface SandboxOAuth {
  /**
   * Opens `/oauth2/v3/authorize`, signs in with the password and the MFA code from the outbox,
   * ticks "Grant Auctane Access" and answers with the redirect to the client (`code` and
   * `state`, or `error`), as a URL ready for `oauth4webapi.validateAuthResponse`.
   *
   * @example
   * const callback = await sandbox.oauth.authorize({
   *   clientId: 'sandbox-public-client',
   *   redirectUri: 'http://127.0.0.1/callback',
   *   scope: 'payments',
   *   state,
   *   codeChallenge,
   *   account,
   * })
   * callback.searchParams.get('code')
   */
  authorize(request: AuthorizeRequest): Promise<URL>
  /**
   * Like {@link SandboxOAuth.authorize} from an authorize URL your client built (its query as is).
   *
   * @example
   * const callback = await sandbox.oauth.consent(authorizationUrl, account)
   */
  consent(
    authorizationUrl: URL | string,
    account: ConsentingAccount,
    answer?: 'grant' | 'deny',
  ): Promise<URL>
}

type Core = SandboxCore & {
  outbox(query: { service: 'usps'; to: string }): Promise<OutboxMessage[]>
}

/**
 * The OAuth helpers of a sandbox; {@link createPartnerSandbox} wires them as `sandbox.oauth`.
 *
 * @example
 * const oauth = sandboxOAuth(sandbox)
 * const callback = await oauth.consent(url, account)
 */
export function sandboxOAuth(core: Core): SandboxOAuth {
  const consent: SandboxOAuth['consent'] = async (authorizationUrl, account, answer = 'grant') => {
    const browser = new SandboxBrowser(core)
    const authorize = new URL(authorizationUrl)
    const usps = (path: string) => new URL(path, core.urls.usps).toString()
    const first = await browser.expect(302, usps(authorize.pathname + authorize.search))
    let next = first.location ?? ''
    // A refused request (unknown scope, bad PKCE) goes straight back to the client.
    if (!next.startsWith(core.urls.usps)) return new URL(next)
    const login = new URL(next)
    if (login.pathname === '/login') {
      const returnTo = login.searchParams.get('return_to') ?? ''
      await browser.expect(302, usps('/login'), {
        form: { username: account.username, password: account.password, return_to: returnTo },
      })
      const [mfa] = await core.outbox({ service: 'usps', to: account.email })
      if (!mfa?.code) throw new Error(`no MFA code in the USPS outbox for ${account.email}`)
      const signedIn = await browser.expect(302, usps('/login/mfa'), { form: { code: mfa.code } })
      next = signedIn.location ?? usps(returnTo)
    }
    const form: Record<string, string> =
      answer === 'deny' ? { action: 'cancel' } : { agree: 'on', action: 'authorize' }
    const answered = await browser.send(next, { form })
    if (answered.status === 302 && answered.location) return new URL(answered.location)
    // "Successful Integration": the browser's next stop is its "Go to <client>" link.
    const href = /<a[^>]*href="([^"]+)"[^>]*>\s*Go to /.exec(answered.text)?.[1]
    if (answered.status !== 200 || !href) {
      throw new Error(`consent at ${next}: ${answered.status} ${answered.text}`)
    }
    return new URL(href.replaceAll('&amp;', '&'))
  }
  return {
    consent,
    authorize(request) {
      const url = new URL('/oauth2/v3/authorize', core.urls.usps)
      const params: Record<string, string | undefined> = {
        response_type: 'code',
        client_id: request.clientId,
        redirect_uri: request.redirectUri,
        scope: request.scope,
        state: request.state,
        code_challenge: request.codeChallenge,
        code_challenge_method: request.codeChallenge
          ? (request.codeChallengeMethod ?? 'S256')
          : undefined,
      }
      for (const [key, value] of Object.entries(params)) {
        if (value !== undefined) url.searchParams.set(key, value)
      }
      return consent(url, request.account, request.answer)
    },
  }
}
