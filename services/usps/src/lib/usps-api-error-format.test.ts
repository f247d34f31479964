import {
  ConflictError,
  errorFormat,
  handleError,
  type SandboxEnv,
  UnauthorizedError,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { UspsApiError } from '../errors'
import { uspsApiErrorFormat } from './usps-api-error-format'

function appThrowing(error: unknown) {
  const app = new Hono<SandboxEnv>()
    .use('*', errorFormat(uspsApiErrorFormat))
    .get('/payments/v3/x', () => {
      throw error
    })
  app.onError(handleError)
  return app
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('USPS API error format', () => {
  it('answers a UspsApiError in its own envelope', async () => {
    const res = await appThrowing(
      UspsApiError.badRequest([{ code: '160228', detail: 'PAYER is required' }]),
    ).request('/payments/v3/x')
    expect(res.status).toBe(400)
    expect(res.headers.get('www-authenticate')).toBeNull()
    expect(await res.json()).toEqual({
      apiVersion: '3.0',
      error: {
        code: '400',
        message: 'BAD_REQUEST',
        errors: [
          {
            status: '400',
            code: '160228',
            title: 'BAD_REQUEST',
            detail: 'PAYER is required',
            source: { parameter: 'roles' },
          },
        ],
      },
    })
  })

  it('puts other sandbox errors in the envelope with their status', async () => {
    const res = await appThrowing(new ConflictError('Already done.')).request('/payments/v3/x')
    expect(res.status).toBe(409)
    expect(await res.json()).toEqual({
      apiVersion: '3.0',
      error: {
        code: '409',
        message: 'BAD_REQUEST',
        errors: [{ status: '409', code: '409', title: 'BAD_REQUEST', detail: 'Already done.' }],
      },
    })
  })

  it('challenges for a Bearer token on 401', async () => {
    const res = await appThrowing(new UnauthorizedError('No token.')).request('/payments/v3/x')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"')
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      'UNAUTHORIZED',
    )
  })

  it('masks an unexpected failure as USPS INTERNAL_SERVER_ERROR', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await appThrowing(new Error('secret internals')).request('/payments/v3/x')
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(text).not.toContain('secret internals')
    expect(JSON.parse(text)).toEqual({
      apiVersion: '3.0',
      error: {
        code: '500',
        message: 'INTERNAL_SERVER_ERROR',
        errors: [
          {
            status: '500',
            code: '500',
            title: 'INTERNAL_SERVER_ERROR',
            detail: 'Try again later.',
          },
        ],
      },
    })
  })
})
