import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { v2Document, validateV2Response } from './v2-openapi'

const REQUEST_ID = '7b0b3e6c-6a45-4f4e-9d2b-0f8a0f3f2a11'

const carrier = {
  carrier_id: 'se-1001',
  carrier_code: 'stamps_com',
  account_number: 'acct-1',
  requires_funded_amount: true,
  balance: 25,
  nickname: 'ShipStation Account - Stamps.com',
  friendly_name: 'Stamps.com',
  primary: true,
  has_multi_package_supporting_services: false,
  supports_label_messages: true,
}

const carriersAnswer = { carriers: [carrier], request_id: REQUEST_ID, errors: [] }

describe('ShipStation v2 OpenAPI validation', () => {
  it('accepts a documented /v2/carriers answer', () => {
    const result = validateV2Response({
      method: 'GET',
      path: '/v2/carriers',
      status: 200,
      body: carriersAnswer,
    })
    expect(result.errors).toEqual([])
    expect(result.operationId).toBe('list_carriers')
  })

  it('still refuses unknown properties and wrong types after the allOf merge', () => {
    const unknown = validateV2Response({
      method: 'GET',
      path: '/v2/carriers',
      status: 200,
      body: { ...carriersAnswer, surprise: true },
    })
    expect(unknown.errors.join('\n')).toMatch(/additional properties/)
    const wrongType = validateV2Response({
      method: 'GET',
      path: '/v2/carriers',
      status: 200,
      body: { ...carriersAnswer, carriers: [{ ...carrier, balance: 'lots' }] },
    })
    expect(wrongType.errors.join('\n')).toMatch(/balance must be number/)
  })

  it('needs the allOf repair: the published schema refuses every carriers answer', () => {
    const url = new URL('../../openapi/shipstation-v2-openapi.yaml', import.meta.url)
    const raw = parse(readFileSync(url, 'utf8')) as Record<string, unknown>
    const ajv = new Ajv2020({ strict: false })
    ajv.addSchema({ ...raw, $id: 'raw' })
    const validate = ajv.compile({
      $ref: 'raw#/paths/~1v2~1carriers/get/responses/200/content/application~1json/schema',
    })
    expect(validate(carriersAnswer)).toBe(false)
  })

  it('reads weights as above zero, so a 1 lb package is valid and 0 is not', () => {
    const schemas = (v2Document().components as Record<string, Record<string, unknown>>).schemas
    const weight = schemas?.weight as { properties: { value: Record<string, unknown> } }
    expect(weight.properties.value.exclusiveMinimum).toBe(0)
    expect(weight.properties.value.minimum).toBeUndefined()
  })

  it('checks error answers against the error envelope', () => {
    const ok = validateV2Response({
      method: 'POST',
      path: '/v2/rates',
      status: 400,
      body: {
        request_id: REQUEST_ID,
        errors: [
          {
            error_source: 'ShipStation',
            error_type: 'validation',
            error_code: 'invalid_field_value',
            message: 'Body of request cannot be null.',
          },
        ],
      },
    })
    expect(ok.errors).toEqual([])
    const bad = validateV2Response({
      method: 'POST',
      path: '/v2/rates',
      status: 400,
      body: { request_id: 'not-a-uuid', errors: [{ message: 'x' }] },
    })
    expect(bad.valid).toBe(false)
  })

  it('matches concrete paths to their templates and refuses undocumented statuses', () => {
    const notFound = validateV2Response({
      method: 'GET',
      path: '/v2/labels/se-123',
      status: 418,
      body: {},
    })
    expect(notFound.operationId).toBe('get_label_by_id')
    expect(notFound.errors[0]).toMatch(/418 is not documented/)
    expect(
      validateV2Response({ method: 'GET', path: '/v2/nowhere', status: 200, body: {} }).errors[0],
    ).toMatch(/not in the document/)
  })
})

describe('repairs R4-R7 and extension E1 keep the document strict', () => {
  const envelope = {
    request_id: REQUEST_ID,
    errors: [
      {
        error_source: 'ShipStation',
        error_type: 'security',
        error_code: 'unauthorized',
        message: 'Send a valid key in the API-Key header.',
      },
    ],
  }
  const check = (method: string, path: string, status: number, body: unknown) =>
    validateV2Response({ method, path, status, body }).errors

  it('R4: a 401 answers the error envelope, and only that', () => {
    expect(check('GET', '/v2/carriers', 401, envelope)).toEqual([])
    expect(check('GET', '/v2/carriers', 401, { message: 'no' })).not.toEqual([])
  })

  it('R5: a 500 answers the empty body or the error envelope, nothing else', () => {
    expect(check('POST', '/v2/rates', 500, '')).toEqual([])
    expect(check('POST', '/v2/rates', 500, envelope)).toEqual([])
    expect(check('POST', '/v2/rates', 500, { oops: true })).not.toEqual([])
  })

  it('R6: a label batch_id is null or an se_id', () => {
    const schema = (
      v2Document().components as Record<
        string,
        Record<string, { properties: Record<string, unknown> }>
      >
    ).schemas
    expect(JSON.stringify(schema?.label?.properties.batch_id)).toContain('"type":"null"')
    expect(JSON.stringify(schema?.label?.properties.batch_id)).toContain('se_id')
    expect(schema?.batch?.properties.batch_id).toBeDefined()
    expect(JSON.stringify(schema?.batch?.properties.batch_id)).not.toContain('"type":"null"')
  })

  it('R7 and E1: webhooks on loopback URLs with the label events; other names and non-URLs refused', () => {
    const webhook = {
      webhook_id: 'se-1',
      url: 'http://127.0.0.1:5000/hooks',
      event: 'label_created',
    }
    expect(check('POST', '/v2/environment/webhooks', 200, webhook)).toEqual([])
    expect(
      check('POST', '/v2/environment/webhooks', 200, { ...webhook, event: 'lunch' }),
    ).not.toEqual([])
    expect(
      check('POST', '/v2/environment/webhooks', 200, { ...webhook, url: 'not a url' }),
    ).not.toEqual([])
  })
})
