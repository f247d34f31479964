import { USPS_ERROR, uspsErrorMessage } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { explainUspsRefusal } from './usps-refusal-message'

const ids = { crid: '56982563', mid: '902000000', epsNumber: '1000000001' }

describe('explainUspsRefusal', () => {
  it.each([
    [
      USPS_ERROR.EPS_ACCOUNT_NOT_FOUND,
      'epsNumber',
      'has no Enterprise Payment Account with the EPS Number 1000000001',
    ],
    [USPS_ERROR.EPS_ACCOUNT_NOT_ACTIVE, 'epsNumber', 'is not active yet'],
    [USPS_ERROR.EPS_NO_PRIMARY_PAYMENT_METHOD, 'epsNumber', 'has no payment method yet'],
    [USPS_ERROR.EPS_PAYMENT_METHOD_NOT_ACTIVE, 'epsNumber', 'stays Pending until you confirm'],
    [USPS_ERROR.CARD_VALIDATION_UNAVAILABLE, undefined, 'Try again in a few minutes'],
    [USPS_ERROR.CARD_VALIDATION_FAILED, 'epsNumber', 'could not validate the credit card'],
    [USPS_ERROR.INSUFFICIENT_FUNDS, 'epsNumber', 'does not have enough funds'],
  ])('explains %s beside %s', (code, field, words) => {
    const explained = explainUspsRefusal(code, uspsErrorMessage(code, ids.epsNumber), ids)
    expect(explained.field).toBe(field)
    expect(explained.ourFault).toBe(false)
    expect(explained.message).toContain(words)
    expect(explained.message).toContain(`(USPS error ${code}: "`)
  })

  it('puts a CRID or MID of another account beside that field, without a bare 403', () => {
    const crid = explainUspsRefusal(
      USPS_ERROR.FORBIDDEN,
      `The CRID ${ids.crid} is not associated with the authorized USPS account.`,
      ids,
    )
    expect(crid.field).toBe('crid')
    expect(crid.message).toMatch(/^The CRID 56982563 does not belong to the USPS business account/)
    const mid = explainUspsRefusal(
      USPS_ERROR.FORBIDDEN,
      `The MID ${ids.mid} is not associated with the authorized USPS account.`,
      ids,
    )
    expect(mid.field).toBe('mid')
    for (const m of [crid.message, mid.message]) expect(m).not.toContain('403')
  })

  it('asks to grant access again when USPS forbids the payments scope', () => {
    const explained = explainUspsRefusal(
      USPS_ERROR.FORBIDDEN,
      'The access token does not include the payments scope.',
      ids,
    )
    expect(explained.field).toBeUndefined()
    expect(explained.message).toContain('Click Link your business account to grant access again')
  })

  it.each([
    USPS_ERROR.PAYER_REQUIRED,
    USPS_ERROR.LABEL_OWNER_REQUIRED,
    USPS_ERROR.ROLE_REQUIRES_CRID,
    USPS_ERROR.ROLE_REQUIRES_MID,
    USPS_ERROR.DUPLICATE_ROLES,
    USPS_ERROR.ROLE_REQUIRES_ACCOUNT_TYPE_OF,
  ])("treats role rule %s as our fault, not the customer's", (code) => {
    const explained = explainUspsRefusal(code, 'PAYER is required', ids)
    expect(explained.ourFault).toBe(true)
    expect(explained.message).toContain('this is not a problem with your details')
    expect(explained.message).toContain(`USPS error ${code}`)
  })

  it('says what to check for a code it has no words for', () => {
    const explained = explainUspsRefusal('999999', 'Something new.', ids)
    expect(explained.message).toContain('Check the CRID, MID and EPS Number')
    expect(explained.message).toContain('USPS error 999999: "Something new."')
  })
})
