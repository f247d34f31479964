import { describe, expect, it } from 'vitest'
import { completeSetup, createHarness } from '../testing/harness'
import { v2Client } from '../testing/v2-client'

describe('Settings > API Keys', () => {
  it('creates a key shown once that works on API v2, and revokes it', async () => {
    const h = await createHarness()
    const client = h.client()
    await completeSetup(client)
    expect(await (await client.get('/dashboard')).text()).toContain('href="/settings/api-keys"')
    const page = await client.postForm('/settings/api-keys')
    expect(page.status).toBe(201)
    const html = await page.text()
    const key = html.match(/data-testid="new-api-key">([^<]+)</)?.[1] ?? ''
    expect(key).toMatch(/^TEST_/)
    expect((await v2Client(h.app, key)('GET', '/v2/carriers')).status).toBe(200)

    const listed = await (await client.get('/settings/api-keys')).text()
    expect(listed).not.toContain(key)
    expect(listed).toContain(`${key.slice(0, 8)}…`)
    const stored = JSON.stringify(await h.store.forTenant('default').list('api_keys'))
    expect(stored).not.toContain(key)

    const id = listed.match(/action="\/settings\/api-keys\/(key_[^/]+)\/revoke"/)?.[1] ?? ''
    expect((await client.postForm(`/settings/api-keys/${id}/revoke`)).status).toBe(303)
    expect(await (await client.get('/settings/api-keys')).text()).toContain('Revoked')
    expect((await v2Client(h.app, key)('GET', '/v2/carriers')).status).toBe(401)
  })

  it("refuses to revoke another account's key or a malformed id, and changes nothing", async () => {
    const h = await createHarness()
    const owner = h.client()
    await completeSetup(owner)
    const key = (await (await owner.postForm('/settings/api-keys')).text()).match(
      /data-testid="new-api-key">([^<]+)</,
    )?.[1]
    const listed = await (await owner.get('/settings/api-keys')).text()
    const id = listed.match(/action="\/settings\/api-keys\/(key_[^/]+)\/revoke"/)?.[1] ?? ''
    const other = h.client()
    await completeSetup(other, { email: 'grace@example.com' })
    const refused = await other.postForm(`/settings/api-keys/${id}/revoke`)
    expect(refused.status).toBe(404)
    expect(await refused.text()).toContain('API key not revoked')
    expect((await other.postForm('/settings/api-keys/<script>/revoke')).status).toBe(400)
    expect((await v2Client(h.app, key)('GET', '/v2/carriers')).status).toBe(200)
  })

  it('sends a signed-out visitor to the login page', async () => {
    const h = await createHarness()
    const res = await h.client().get('/settings/api-keys')
    expect(res.headers.get('location')).toBe('/login')
    expect(await h.store.forTenant('default').list('api_keys')).toEqual([])
  })
})
