import { type PeerDirectory, type ServiceName, urlOf } from '@partner-sandbox/shared'
import type { DomainContext } from './context'

export const REGISTERED_CLIENTS = 'oauth_clients'

/** Scopes of the USPS v3 APIs (as in USPS's OAuth token examples). */
export const SUPPORTED_SCOPES = [
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
] as const

/** An application allowed to ask USPS customers for access. */
export interface OAuthClient {
  id: string
  name: string
  type: 'confidential' | 'public'
  secret?: string
  redirectUris: string[]
  /** Native-app style: any http loopback redirect (127.0.0.1, localhost, [::1]) on any port. */
  allowLoopbackRedirects: boolean
  scopes: string[]
  /** Where approvals of this client's NSA links are sent as signed events. */
  events?: { peer: ServiceName; path: string }
  /** An Auctane-style platform: a payment authorization records an NSA link request. */
  nsaPartner: boolean
}

export interface SeededClientOptions {
  peers: PeerDirectory
  auctaneClientSecret: string
}

/**
 * The clients every tenant has: Auctane (Stamps.com's link), and two loopback clients for
 * integration engineers. A constant registry, derived from the options, not stored.
 */
export function seededClients(options: SeededClientOptions): OAuthClient[] {
  const stamps = options.peers.stamps.baseUrl
  // `<stamps>/usps/callback` as the contract writes it, and as urlOf() builds it (they differ only
  // when the base URL has a path).
  const auctaneRedirects = [
    ...new Set([`${stamps.replace(/\/$/, '')}/usps/callback`, urlOf(stamps, '/usps/callback')]),
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
      nsaPartner: false,
    },
    {
      id: 'sandbox-public-client',
      name: 'Sandbox Public Client',
      type: 'public',
      redirectUris: [],
      allowLoopbackRedirects: true,
      scopes: all,
      nsaPartner: false,
    },
  ]
}

/**
 * A client registered through the control API, or a seeded loopback client: the consent screen
 * marks it "sandbox test client" so nobody mistakes it for a real platform such as Auctane.
 */
export function isSandboxTestClient(client: OAuthClient): boolean {
  return !client.nsaPartner
}

/** A seeded client, or one registered for this tenant through the control API. */
export async function findClient(
  ctx: Pick<DomainContext, 'store'>,
  seeded: OAuthClient[],
  clientId: string,
): Promise<OAuthClient | undefined> {
  return (
    seeded.find((c) => c.id === clientId) ??
    (await ctx.store.get<OAuthClient>(REGISTERED_CLIENTS, clientId))
  )
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Exact match against the registered URIs, or any http loopback URI when the client allows it. */
export function isAllowedRedirect(client: OAuthClient, redirectUri: string): boolean {
  if (client.redirectUris.includes(redirectUri)) return true
  if (!client.allowLoopbackRedirects) return false
  try {
    const url = new URL(redirectUri)
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && url.hash === ''
  } catch {
    return false
  }
}
