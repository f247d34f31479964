import { REP_REJECTS_REASON } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { TestBrowser } from '../testing/client'
import { createFixture, createTestApp, recordingPeer } from '../testing/harness'

const post = (t: ReturnType<typeof createTestApp>, path: string, body?: unknown) =>
  t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

const links = async (t: ReturnType<typeof createTestApp>) =>
  (await (await t.app.request('/__sandbox/rep/links')).json()) as {
    id: string
    status: string
    rejectionReason?: string
  }[]

describe('fault catalogue usps.rep-rejects', () => {
  it("turns the control API's next approval into a rejection with the documented reason, sent to Stamps.com", async () => {
    const stamps = recordingPeer()
    const t = createTestApp({ stampsFetch: stamps.fetch })
    const first = await createFixture(t, { state: 'linked-pending', username: 'firstco' })
    const second = await createFixture(t, { state: 'linked-pending', username: 'secondco' })
    const armed = await post(t, '/__sandbox/faults', { name: 'usps.rep-rejects' })
    expect(armed.status).toBe(201)
    expect(await armed.json()).toMatchObject({ kind: 'flag', remaining: 1 })

    const res = await post(t, `/__sandbox/rep/links/${first.linkId}/approve`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      id: first.linkId,
      status: 'rejected',
      rejectionReason: REP_REJECTS_REASON,
      event: { delivered: true },
    })
    expect(stamps.received).toMatchObject([
      { event: 'nsa_link.rejected', data: { linkId: first.linkId, reason: REP_REJECTS_REASON } },
    ])
    // Used once: the fault is gone and the next approval approves.
    expect(await (await t.app.request('/__sandbox/faults')).json()).toEqual([])
    const next = await post(t, `/__sandbox/nsa-links/${second.linkId}/approve`)
    expect(await next.json()).toMatchObject({ status: 'approved' })
    expect(stamps.received.map((e) => e.event)).toEqual(['nsa_link.rejected', 'nsa_link.approved'])
  })

  it("turns the desk's Approve button into a rejection the desk shows with its reason", async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'linked-pending' })
    expect((await post(t, '/__sandbox/faults', { name: 'usps.rep-rejects' })).status).toBe(201)
    const res = await new TestBrowser(t.app).post(`/rep/links/${fixture.linkId}/approve`)
    expect(res.status).toBe(302)
    expect(await links(t)).toMatchObject([
      { id: fixture.linkId, status: 'rejected', rejectionReason: REP_REJECTS_REASON },
    ])
    const desk = await (await t.app.request('/rep')).text()
    expect(desk).toContain('sandbox fault usps.rep-rejects')
  })

  it('leaves fixtures alone: a linked-approved fixture is approved and the fault stays armed', async () => {
    const t = createTestApp()
    await post(t, '/__sandbox/faults', { name: 'usps.rep-rejects' })
    await createFixture(t, { state: 'linked-approved' })
    expect((await links(t)).map((l) => l.status)).toEqual(['approved'])
    expect(await (await t.app.request('/__sandbox/faults')).json()).toMatchObject([
      { name: 'usps.rep-rejects', remaining: 1 },
    ])
  })
})

describe('a rejection from the control API', () => {
  it('says in its answer whether nsa_link.rejected was delivered', async () => {
    // Stamps.com unreachable (the harness default): the rejection stands, its event waits.
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'linked-pending' })
    const res = await post(t, `/__sandbox/rep/links/${fixture.linkId}/reject`, {
      reason: 'No signed agreement',
    })
    expect(await res.json()).toMatchObject({
      status: 'rejected',
      event: { delivered: false, lastAnswer: { error: 'peer unreachable in this test' } },
    })
    const events = (await (await t.app.request('/__sandbox/events')).json()) as {
      event: string
      status: string
    }[]
    expect(events).toMatchObject([{ event: 'nsa_link.rejected', status: 'pending' }])
  })
})
