import * as z from 'zod'
import type { JournalFilter } from './journal'

const CALLERS = ['browser', 'shipstation', 'stamps', 'usps'] as const

/** The journal's filters as query parameters (`GET /__sandbox/journal?method=POST&path=/oauth2/*`). */
export const JournalQuery = z
  .object({
    path: z
      .string()
      .regex(/^\/[^?#]*$/, 'Give a path starting with "/"; it may end in "*".')
      .optional(),
    method: z
      .string()
      .regex(/^[A-Za-z]+$/, 'Give an HTTP method such as POST.')
      .transform((m) => m.toUpperCase())
      .optional(),
    status: z.coerce.number().int().min(0).max(599).optional(),
    since: z.iso.datetime({ offset: true }).optional(),
    caller: z.enum(CALLERS).optional(),
    limit: z.coerce.number().int().min(1).max(1_000).optional(),
  })
  .strict()
export type JournalQuery = z.infer<typeof JournalQuery>

/** The filter part of a query (everything but `limit`). */
export function filterOf(query: JournalQuery): JournalFilter {
  const { limit: _limit, ...filter } = query
  return filter
}
