import { ConflictError } from '@partner-sandbox/shared'
import * as z from 'zod'
import type { DomainContext } from './context'
import { type OAuthClient, REGISTERED_CLIENTS, SUPPORTED_SCOPES } from './oauth-clients'

const Scope = z.enum(SUPPORTED_SCOPES)

// The companies of the onboarding: a consent screen naming one of them would be phishing.
const PARTNER_NAMES = ['auctane', 'usps', 'stampscom', 'shipstation'] as const

/**
 * True when `value` reads as Auctane, USPS, Stamps.com or ShipStation once case, spaces and
 * punctuation are dropped ("AUC-tane", "a u c t a n e", "Stamps.com"): only the seeded clients
 * may present themselves as the partners of the guide.
 */
export function impersonatesAuctane(value: string): boolean {
  const folded = value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
  return PARTNER_NAMES.some((name) => folded.includes(name))
}

const RESERVED =
  'is reserved for the real Auctane client and the other partners of the onboarding (USPS, Stamps.com, ShipStation); choose a name of your own.'

/** Body of `POST /__sandbox/oauth-clients`. */
export const NewClientInput = z
  .object({
    clientId: z
      .string()
      .regex(/^[A-Za-z0-9._-]{3,64}$/, 'Use 3 to 64 letters, digits, ".", "_" or "-".')
      .refine((id) => !impersonatesAuctane(id), `This clientId ${RESERVED}`),
    name: z
      .string()
      .trim()
      .min(1)
      .max(80)
      .refine((name) => !impersonatesAuctane(name), `This name ${RESERVED}`),
    type: z.enum(['confidential', 'public']).default('confidential'),
    clientSecret: z.string().min(8, 'Use at least 8 characters for the client secret.').optional(),
    redirectUris: z
      .array(z.url({ protocol: /^https?$/ }).refine((u) => !u.includes('#'), 'No fragments.'))
      .max(10)
      .default([]),
    allowLoopbackRedirects: z.boolean().default(false),
    scopes: z
      .array(Scope)
      .min(1)
      .default([...SUPPORTED_SCOPES]),
  })
  .refine((c) => c.type === 'public' || c.clientSecret !== undefined, {
    path: ['clientSecret'],
    message: 'A confidential client needs a clientSecret.',
  })
  .refine((c) => c.type === 'confidential' || c.clientSecret === undefined, {
    path: ['clientSecret'],
    message: 'A public client has no secret; leave clientSecret out.',
  })
  .refine((c) => c.redirectUris.length > 0 || c.allowLoopbackRedirects, {
    path: ['redirectUris'],
    message: 'Give at least one redirect URI, or set allowLoopbackRedirects.',
  })

/** Registers a client for this tenant; ids of seeded or existing clients are refused (409). */
export async function registerClient(
  ctx: Pick<DomainContext, 'store'>,
  seeded: OAuthClient[],
  input: z.output<typeof NewClientInput>,
): Promise<OAuthClient> {
  const client: OAuthClient = {
    id: input.clientId,
    name: input.name,
    type: input.type,
    secret: input.clientSecret,
    redirectUris: input.redirectUris,
    allowLoopbackRedirects: input.allowLoopbackRedirects,
    scopes: input.scopes,
    nsaPartner: false,
  }
  const taken =
    seeded.some((c) => c.id === client.id) ||
    !(await ctx.store.insert(REGISTERED_CLIENTS, client.id, client))
  if (taken) throw new ConflictError(`The client_id ${client.id} is already registered.`)
  return client
}
