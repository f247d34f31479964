import { createInProcessSandbox, runScenario } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { countingSandbox } from '../support/counting-store'
import { failuresOf, loadHappyPath } from '../support/happy-path'
import { unsafeRoutesOf } from './support/routes'

describe('cross-site request forgery', () => {
  it('refuses a form post made from another site, another service or nowhere, on every route', async () => {
    const { sandbox, writes } = countingSandbox()
    const done = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(done)).toEqual([])
    const routes = unsafeRoutesOf(sandbox.apps)
    expect(routes.length).toBeGreaterThan(30)
    const before = writes()
    const answers: string[] = []
    for (const route of routes) {
      const url = `${sandbox.urls[route.service]}${route.path}`
      const other = route.service === 'usps' ? sandbox.urls.shipstation : sandbox.urls.usps
      const attempts: Record<string, string>[] = [
        { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
        { origin: other, 'sec-fetch-site': 'same-site' },
        { origin: 'null' },
        { 'sec-fetch-site': 'same-site' },
      ]
      for (const headers of attempts) {
        for (const type of [
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=b',
          'text/plain',
        ]) {
          const res = await sandbox.apps[route.service].request(url, {
            method: route.method,
            headers: {
              ...headers,
              'content-type': type,
              accept: 'text/html',
              cookie: done.client.jar.headerFor(url) ?? '',
            },
            body: type.startsWith('multipart') ? '--b--\r\n' : 'confirm=on&dismiss=1',
          })
          answers.push(`${res.status} ${route.method} ${url} ${JSON.stringify(headers)} ${type}`)
        }
      }
    }
    expect(answers.filter((a) => !a.startsWith('403'))).toEqual([])
    expect(writes()).toBe(before)
  })

  it('tells two services on the same host apart by their port', async () => {
    const sandbox = createInProcessSandbox()
    const usps = sandbox.apps.usps
    const post = (origin: string) =>
      usps.request('http://127.0.0.1:4200/logout', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
        body: '',
      })
    expect((await post('http://127.0.0.1:4000')).status).toBe(403)
    expect((await post('http://127.0.0.1:4100')).status).toBe(403)
    expect((await post('http://127.0.0.1:4200')).status).not.toBe(403)
  })

  it('keeps a signed-in customer signed in when another site posts their sign-out and dismissals', async () => {
    const sandbox = createInProcessSandbox()
    const done = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(done)).toEqual([])
    const account = `${sandbox.urls.shipstation}/api/v1/account`
    const state = async () =>
      (
        await done.client.send({
          method: 'GET',
          url: account,
          headers: { accept: 'application/json' },
          follow: false,
        })
      ).body
    const before = await state()
    for (const path of ['/logout', '/nsa/popup/dismiss', '/nsa/approval-banner/dismiss']) {
      const url = `${sandbox.urls.shipstation}${path}`
      const res = await sandbox.apps.shipstation.request(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: sandbox.urls.stamps,
          'sec-fetch-site': 'same-site',
          cookie: done.client.jar.headerFor(url) ?? '',
        },
        body: '',
      })
      expect(res.status, path).toBe(403)
    }
    expect(await state()).toBe(before)
  })

  it('lets JSON API calls with a bearer token through, whatever their Origin', async () => {
    const sandbox = createInProcessSandbox()
    const res = await sandbox.apps.usps.request(`${sandbox.urls.usps}/oauth2/v3/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('auctane:wrong').toString('base64')}`,
        origin: 'http://evil.example',
      },
      body: 'grant_type=authorization_code&code=x',
    })
    // Refused by client authentication (401 OAuth error), not by the CSRF check (403).
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: 'invalid_client' })
  })
})
