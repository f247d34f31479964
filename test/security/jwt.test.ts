import { createInProcessSandbox } from '@partner-sandbox/scenarios'
import { EVENT_TOKEN_TYPE, loadServiceKeys } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { forgedTokens, genuineToken, type TokenTarget } from './support/forge-token'

const postToken = (token: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json' },
  body: JSON.stringify({ token }),
})

describe('JWTs between the services', () => {
  it('refuses every forged Stamps.com sign-in token, and accepts a genuine one exactly once', async () => {
    const sandbox = createInProcessSandbox()
    const target: TokenTarget = {
      keys: await loadServiceKeys(sandbox.stores.shipstation),
      type: 'sso+jwt',
      issuer: sandbox.urls.shipstation,
      audience: sandbox.urls.stamps,
      tenant: 'default',
      subject: 'ss_attack',
      claims: { email: 'victim@example.com', name: 'Vic Tim', company: 'Victims Inc' },
      now: new Date(),
    }
    const sso = (token: string) =>
      sandbox.apps.stamps.request(`${sandbox.urls.stamps}/api/v1/sso`, postToken(token))
    const refused: string[] = []
    for (const [attack, token] of Object.entries(await forgedTokens(target))) {
      const res = await sso(token)
      expect(res.status, attack).toBeGreaterThanOrEqual(400)
      expect(res.status, attack).toBeLessThan(500)
      expect(res.headers.get('set-cookie'), attack).toBeNull()
      refused.push(attack)
    }
    expect(refused.length).toBeGreaterThanOrEqual(25)
    // The same page flow, through the browser link.
    const link = await sandbox.apps.stamps.request(
      `${sandbox.urls.stamps}/sso?token=${(await forgedTokens(target))['alg none']}`,
    )
    expect(link.status).toBeGreaterThanOrEqual(400)
    expect(link.headers.get('set-cookie') ?? '').not.toMatch(/session/)

    const genuine = await genuineToken(target)
    expect((await sso(genuine)).status).toBe(200)
    const replay = await sso(genuine)
    expect(replay.status).toBe(401)
  })

  it('refuses every forged partner event, and processes a genuine one once', async () => {
    const sandbox = createInProcessSandbox()
    const target: TokenTarget = {
      keys: await loadServiceKeys(sandbox.stores.stamps),
      type: EVENT_TOKEN_TYPE,
      issuer: sandbox.urls.stamps,
      audience: sandbox.urls.shipstation,
      tenant: 'default',
      subject: 'ss_nobody',
      claims: { event: 'cop.approved', data: { shipstationAccountId: 'ss_nobody' } },
      now: new Date(),
    }
    const send = (token: string) =>
      sandbox.apps.shipstation.request(
        `${sandbox.urls.shipstation}/partner/events`,
        postToken(token),
      )
    for (const [attack, token] of Object.entries(await forgedTokens(target))) {
      const res = await send(token)
      const body = (await res.json()) as { code?: string }
      expect(res.status, attack).toBe(401)
      expect(body.code, attack).toMatch(/invalid_token|token_replayed/)
    }
    // A genuine signature passes the token checks: whatever the event then says is judged on its own.
    const genuine = await send(await genuineToken(target))
    expect(genuine.status).not.toBe(401)
    expect(genuine.status).toBeLessThan(500)
  })
})
