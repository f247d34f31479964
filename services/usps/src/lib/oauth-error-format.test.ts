import { errorFormat, handleError, NotFoundError, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { OAuthError } from '../errors'
import { oauthErrorFormat } from './oauth-error-format'

function appThrowing(error: unknown) {
  const app = new Hono<SandboxEnv>()
    .use('*', errorFormat(oauthErrorFormat('http://usps.test')))
    .post('/oauth2/v3/token', () => {
      throw error
    })
  app.onError(handleError)
  return app.request('/oauth2/v3/token', { method: 'POST' })
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('OAuth error format', () => {
  it('answers RFC 6749 errors uncached', async () => {
    const res = await appThrowing(new OAuthError('invalid_grant', 'Code already used.'))
    expect(res.status).toBe(400)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('pragma')).toBe('no-cache')
    expect(res.headers.get('www-authenticate')).toBeNull()
    expect(await res.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'Code already used.',
    })
  })

  it('challenges for Basic credentials on invalid_client', async () => {
    const res = await appThrowing(new OAuthError('invalid_client', 'Unknown client.'))
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="http://usps.test"')
    expect(((await res.json()) as { error: string }).error).toBe('invalid_client')
  })

  it('answers other sandbox errors as invalid_request', async () => {
    const res = await appThrowing(new NotFoundError('Nothing here.'))
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      error: 'invalid_request',
      error_description: 'Nothing here.',
    })
  })

  it('masks an unexpected failure as server_error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await appThrowing(new Error('secret internals'))
    expect(res.status).toBe(500)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({
      error: 'server_error',
      error_description: 'The token endpoint failed; try again.',
    })
  })
})
