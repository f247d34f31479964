import * as z from 'zod'

/**
 * A same-site path to go back to after a banner button; anything else (absolute URLs,
 * protocol-relative "//host") falls back to the dashboard, so the form cannot redirect elsewhere.
 */
export const ReturnTo = z
  .string()
  .regex(/^\/(?![/\\])[\w\-./?=&%]*$/)
  .catch('/dashboard')
