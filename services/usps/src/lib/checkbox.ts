import * as z from 'zod'

/**
 * A required checkbox: browsers send "on", JSON clients send true. Missing or anything else fails
 * with `message`, shown beside the box.
 */
export function checkedBox(message: string) {
  return z
    .unknown()
    .refine((v) => v === 'on' || v === true || v === 'true', { message })
    .transform(() => true as const)
}
