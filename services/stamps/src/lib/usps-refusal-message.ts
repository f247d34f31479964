import { USPS_ERROR, type UspsErrorCodeValue } from '@partner-sandbox/shared'
import type { UspsIdentifiers } from '../domain/cop-account'

/** What a customer reads when USPS refuses their CRID, MID and EPS Number, and where. */
export interface UspsRefusalMessage {
  message: string
  /** The form field the message belongs beside; none when the whole step failed. */
  field?: keyof UspsIdentifiers
  /** True when the request Stamps.com built was wrong (USPS's 160xxx role rules): not theirs to fix. */
  ourFault: boolean
}

const PORTAL = 'the USPS Business Portal'
const TRY_AGAIN = 'then enter your details again.'

type Explain = (ids: UspsIdentifiers, detail: string) => Omit<UspsRefusalMessage, 'ourFault'>

// One entry per code the USPS payment-authorization can answer (usps-errors-payments).
const BY_CODE: Partial<Record<UspsErrorCodeValue, Explain>> = {
  [USPS_ERROR.EPS_ACCOUNT_NOT_FOUND]: (ids) => ({
    field: 'epsNumber',
    message: `USPS has no Enterprise Payment Account with the EPS Number ${ids.epsNumber} on the USPS business account you linked. Copy the 10-digit EPS Number from ${PORTAL}, ${TRY_AGAIN}`,
  }),
  [USPS_ERROR.EPS_ACCOUNT_NOT_ACTIVE]: (ids) => ({
    field: 'epsNumber',
    message: `The Enterprise Payment Account ${ids.epsNumber} is not active yet. Finish setting it up in ${PORTAL} ("Add your payment account to get started"), ${TRY_AGAIN}`,
  }),
  [USPS_ERROR.EPS_NO_PRIMARY_PAYMENT_METHOD]: () => ({
    field: 'epsNumber',
    message: `Your Enterprise Payment Account has no payment method yet. In ${PORTAL}, add a credit card or a bank account (ACH) under "Add your payment account to get started", ${TRY_AGAIN}`,
  }),
  [USPS_ERROR.EPS_PAYMENT_METHOD_NOT_ACTIVE]: () => ({
    field: 'epsNumber',
    message: `The payment method of your Enterprise Payment Account is not active yet: a bank account (ACH) stays Pending until you confirm the two small test debits in ${PORTAL}. Confirm them, ${TRY_AGAIN}`,
  }),
  [USPS_ERROR.CARD_VALIDATION_UNAVAILABLE]: () => ({
    message:
      'USPS could not check the credit card of your payment account just now. Try again in a few minutes.',
  }),
  [USPS_ERROR.CARD_VALIDATION_FAILED]: () => ({
    field: 'epsNumber',
    message: `USPS could not validate the credit card of your payment account. Check the card in ${PORTAL}, ${TRY_AGAIN}`,
  }),
  [USPS_ERROR.INSUFFICIENT_FUNDS]: () => ({
    field: 'epsNumber',
    message: `Your payment account does not have enough funds. Add funds in ${PORTAL}, ${TRY_AGAIN}`,
  }),
  [USPS_ERROR.FORBIDDEN]: (ids, detail) => {
    if (detail.includes(`CRID ${ids.crid}`)) {
      return {
        field: 'crid',
        message: `The CRID ${ids.crid} does not belong to the USPS business account you linked. Enter the CRID shown in ${PORTAL} for that account, or link the account this CRID belongs to.`,
      }
    }
    if (detail.includes(`MID ${ids.mid}`)) {
      return {
        field: 'mid',
        message: `The MID ${ids.mid} does not belong to the USPS business account you linked. Enter the MID shown in ${PORTAL} for that account, or link the account this MID belongs to.`,
      }
    }
    return {
      message:
        'USPS did not let Stamps.com use your payment account with the access you granted. Click Link your business account to grant access again.',
    }
  },
}

// 1602xx/1603xx: USPS's rules on the roles Stamps.com builds, never on what the customer typed.
const ROLE_RULE = /^16\d{4}$/

/**
 * The customer's message for USPS's answer to CRID + MID + EPS Number, from USPS's code: what is
 * wrong and what to do in the USPS Business Portal, beside the field it concerns. USPS's own
 * wording follows in quotes, with its message code when it has one, never an HTTP status alone.
 *
 * @example
 * explainUspsRefusal('100001', 'Could not find an EPS Account with number: 1.', ids)
 */
export function explainUspsRefusal(
  code: string,
  detail: string,
  ids: UspsIdentifiers,
): UspsRefusalMessage {
  const uspsSaid = isHttpStatus(code) ? `USPS said: "${detail}"` : `USPS error ${code}: "${detail}"`
  const explain = BY_CODE[code as UspsErrorCodeValue]
  if (explain) {
    const { message, field } = explain(ids, detail)
    return { message: `${message} (${uspsSaid})`, field, ourFault: false }
  }
  if (ROLE_RULE.test(code)) {
    return {
      message: `Stamps.com sent USPS an incomplete payment authorization, so your details could not be checked; this is not a problem with your details. Try again later (${uspsSaid}).`,
      ourFault: true,
    }
  }
  return {
    message: `USPS could not verify these details. Check the CRID, MID and EPS Number shown in ${PORTAL}, ${TRY_AGAIN} (${uspsSaid})`,
    ourFault: false,
  }
}

function isHttpStatus(code: string): boolean {
  return /^[1-5]\d{2}$/.test(code)
}
