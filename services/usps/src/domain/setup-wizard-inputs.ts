import { NewPassword } from '@partner-sandbox/shared'
import * as z from 'zod'
import { checkedBox } from '../lib/checkbox'

const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ ' +
    'NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP'
  ).split(' '),
)

/** "PO Box", "P.O. Box", "Post Office Box", "POB 12"... USPS wants a physical address. */
const PO_BOX = /\b(p\.?\s*o\.?\s*b(ox)?|post\s*office\s*box|pobox)\b/i

export function isPoBox(street: string): boolean {
  return PO_BOX.test(street)
}

const text = (label: string, max = 100) =>
  z
    .string(`Enter the ${label}.`)
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `Use at most ${max} characters for the ${label}.`)

/** Wizard step 1, "Company Information". */
export const CompanyInfo = z.object({
  companyName: text('company name'),
  streetAddress: text('street address').refine(
    (v) => !isPoBox(v),
    'Enter the physical street address of your business; PO Boxes are not accepted.',
  ),
  city: text('city', 60),
  state: z
    .string('Enter the state.')
    .trim()
    .toUpperCase()
    .refine((v) => US_STATES.has(v), 'Enter the two-letter state code, e.g. NY.'),
  zipCode: z
    .string('Enter the ZIP Code.')
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, 'Enter a 5-digit ZIP Code (or ZIP+4), e.g. 10001.'),
})
export type CompanyInfo = z.infer<typeof CompanyInfo>

/** Wizard step 2, "Contact Information". */
export const ContactInfo = z.object({
  firstName: text('first name', 50),
  lastName: text('last name', 50),
  phone: z
    .string('Enter the phone number.')
    .transform((v) => v.replace(/[\s().+-]/g, '').replace(/^1(?=\d{10}$)/, ''))
    .pipe(z.string().regex(/^\d{10}$/, 'Enter a 10-digit US phone number, e.g. 212-555-0100.')),
})
export type ContactInfo = z.infer<typeof ContactInfo>

/** Wizard step 3, "Account Security". */
export const SecurityInfo = z
  .object({
    username: z
      .string('Enter a username.')
      .trim()
      .regex(
        /^[A-Za-z0-9._-]{6,50}$/,
        'Use 6 to 50 letters, digits, ".", "_" or "-" for the username.',
      ),
    password: NewPassword,
    confirmPassword: z.string('Enter the password again.'),
    acceptTerms: checkedBox('Check the box to agree to the USPS.com Terms of Use.'),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match. Enter the same password twice.',
  })
export type SecurityInfo = z.infer<typeof SecurityInfo>
