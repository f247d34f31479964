import * as z from 'zod'

const MESSAGE = 'Enter a 10-digit US phone number, e.g. (555) 010-0100.'

/**
 * A US phone number as people type it ("(555) 010-0100", "555-010-0100", "+1 555 010 0100"),
 * normalised to E.164 ("+15550100100"), the form SMS codes are addressed to.
 *
 * @example
 * UsPhone.parse('(555) 010-0100') // '+15550100100'
 */
export const UsPhone = z
  .string({ error: MESSAGE })
  .trim()
  .regex(/^\+?[\d\s().-]+$/, MESSAGE)
  .transform((text) => text.replace(/\D/g, ''))
  .transform((digits) =>
    digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits,
  )
  .pipe(
    z
      .string()
      .regex(/^\d{10}$/, MESSAGE)
      .regex(/^[2-9]/, 'A US area code cannot start with 0 or 1. Check the phone number.'),
  )
  .transform((digits) => `+1${digits}`)
