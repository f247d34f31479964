import * as z from 'zod'
import { CopStatus } from '../domain/cop-status'

/** Answer shapes of Stamps.com's JSON routes, for the OpenAPI document (the routes build them). */
const Identifiers = z.object({ crid: z.string(), mid: z.string(), epsNumber: z.string() })

export const ConnectionSchema = z.object({
  accountId: z.string(),
  status: CopStatus,
  linked: z.boolean(),
  identifiers: Identifiers.nullable(),
  uspsLinkedAt: z.string().nullable(),
  approvalRequestedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
})

export const StepsSchema = z.object({
  steps: z.array(
    z.object({
      id: z.enum(['usps_account', 'epa', 'usps_link', 'identifiers', 'approval']),
      title: z.string(),
      state: z.enum(['done', 'current', 'todo', 'attention']),
      detail: z.string(),
      action: z.object({ kind: z.string(), label: z.string() }).optional(),
    }),
  ),
  next: z.string().nullable(),
})

export const CopAccountSchema = z.object({
  id: z.string(),
  shipstationAccountId: z.string(),
  email: z.string(),
  name: z.string(),
  company: z.string(),
  promoCode: z.string(),
  status: CopStatus,
  uspsLinked: z.boolean(),
})

export const SessionSchema = z.object({
  sessionToken: z.string().nullable(),
  account: CopAccountSchema,
})

export const AuthorizeUrlSchema = z.object({ authorizeUrl: z.url() })

export const EventOutcomeSchema = z.union([
  z.object({ status: z.literal('duplicate') }),
  z.object({ status: z.literal('processed'), event: z.string(), accountId: z.string() }),
])

/** RFC 9457 problem details, as shared `handleError` answers them. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
})

export const CopFixtureSchema = z.object({
  accountId: z.string(),
  status: CopStatus,
  usps: z.object({
    username: z.string(),
    email: z.string(),
    password: z.string(),
    crid: z.string(),
    mid: z.string(),
    manifestMid: z.string().optional(),
    eps: z.string().nullable(),
  }),
  linkId: z.string().nullable(),
})
