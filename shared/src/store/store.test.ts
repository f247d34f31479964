import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createMemoryStore } from './memory-store'
import { putRecords } from './put-records'
import { createSqliteStore } from './sqlite-store'
import type { Store, TenantStore } from './store'

const dir = mkdtempSync(join(tmpdir(), 'sandbox-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// One suite over both implementations, so the SQLite store and the memory store cannot drift.
const implementations: [string, () => Store][] = [
  ['memory', () => createMemoryStore()],
  ['sqlite', () => createSqliteStore({ file: join(dir, `${Math.random()}.sqlite`) })],
]

describe.each(implementations)('%s store', (_name, open) => {
  it('reads back what it stored, as a copy', async () => {
    const store = open().forTenant('t1')
    const value = { id: 'a', nested: { n: 1 } }
    await store.put('things', 'a', value)
    value.nested.n = 2
    const read = await store.get<typeof value>('things', 'a')
    expect(read).toEqual({ id: 'a', nested: { n: 1 } })
  })

  it('reads the latest value after every kind of write, each read its own copy', async () => {
    const store = open()
    const t1 = store.forTenant('t1')
    const read = () => t1.get<{ n: number }>('things', 'a')
    expect(await read()).toBeUndefined()
    await t1.put('things', 'a', { n: 1 })
    expect(await read()).toEqual({ n: 1 })
    const mine = await read()
    if (mine) mine.n = 99
    expect(await read()).toEqual({ n: 1 })
    await t1.update<{ n: number }>('things', 'a', (v) => (v ? { n: v.n + 1 } : undefined))
    expect(await read()).toEqual({ n: 2 })
    await t1.delete('things', 'a')
    expect(await read()).toBeUndefined()
    await t1.insert('things', 'a', { n: 3 })
    expect(await read()).toEqual({ n: 3 })
    await t1.importRecords([{ collection: 'things', id: 'a', value: { n: 4 } }])
    expect(await read()).toEqual({ n: 4 })
    await store.forTenant('t1').put('things', 'a', { n: 5 })
    expect(await read()).toEqual({ n: 5 })
    await t1.clear()
    expect(await read()).toBeUndefined()
  })

  it('puts several records in order with putRecords, as puts one after another would', async () => {
    const store = open()
    const t1 = store.forTenant('t1')
    await t1.put('things', 'b', { n: 0 })
    // Read first, so a kept copy of the old rows would show if putRecords did not invalidate it.
    expect(await t1.get('things', 'b')).toEqual({ n: 0 })
    expect(await t1.get('things', 'c')).toBeUndefined()
    const value = { n: 1 }
    await putRecords(t1, [
      { collection: 'things', id: 'c', value },
      { collection: 'index', id: 'x', value: { of: 'c' } },
      { collection: 'things', id: 'b', value: { n: 2 } },
      { collection: 'things', id: 'a', value: { n: 3 } },
    ])
    value.n = 99
    expect(await t1.get('things', 'c')).toEqual({ n: 1 })
    expect(await t1.get('things', 'b')).toEqual({ n: 2 })
    expect(await t1.get('index', 'x')).toEqual({ of: 'c' })
    // A replaced record keeps its position; new ones come after, in the order given.
    expect(await t1.list('things')).toEqual([{ n: 2 }, { n: 1 }, { n: 3 }])
    expect(await store.forTenant('t2').list('things')).toEqual([])
    await putRecords(t1, [])
    expect(await t1.list('index')).toEqual([{ of: 'c' }])
  })

  it('keeps tenants apart', async () => {
    const store = open()
    await store.forTenant('t1').put('things', 'a', { owner: 't1' })
    expect(await store.forTenant('t2').get('things', 'a')).toBeUndefined()
    expect(await store.listTenants()).toEqual(['t1'])
  })

  it('inserts only once, which is what makes tokens single-use', async () => {
    const store = open().forTenant('t1')
    expect(await store.insert('used', 'jti-1', { at: 1 })).toBe(true)
    expect(await store.insert('used', 'jti-1', { at: 2 })).toBe(false)
    expect(await store.get('used', 'jti-1')).toEqual({ at: 1 })
  })

  it('updates atomically and deletes when the change returns undefined', async () => {
    const store = open().forTenant('t1')
    await store.put('counters', 'c', { n: 1 })
    expect(
      await store.update<{ n: number }>('counters', 'c', (cur) => ({ n: (cur?.n ?? 0) + 1 })),
    ).toEqual({ n: 2 })
    expect(await store.update('counters', 'c', () => undefined)).toBeUndefined()
    expect(await store.get('counters', 'c')).toBeUndefined()
  })

  it('lists oldest first and keeps the position of a replaced record', async () => {
    const store = open().forTenant('t1')
    await store.put('list', 'x', { v: 'x' })
    await store.put('list', 'y', { v: 'y' })
    await store.put('list', 'x', { v: 'x2' })
    expect(await store.list('list')).toEqual([{ v: 'x2' }, { v: 'y' }])
  })

  it('clears one tenant without touching another', async () => {
    const store = open()
    await store.forTenant('t1').put('things', 'a', 1)
    await store.forTenant('t2').put('things', 'a', 2)
    await store.forTenant('t1').clear()
    expect(await store.forTenant('t1').list('things')).toEqual([])
    expect(await store.forTenant('t2').get('things', 'a')).toBe(2)
  })

  it('exports a tenant oldest first and imports it into another, replacing what was there', async () => {
    const store = open()
    const source = store.forTenant('t1')
    await source.put('accounts', 'a', { step: 1 })
    await source.put('sessions', 's', { user: 'a' })
    await source.put('accounts', 'b', { step: 2 })
    const records = await source.exportRecords()
    expect(records).toEqual([
      { collection: 'accounts', id: 'a', value: { step: 1 } },
      { collection: 'sessions', id: 's', value: { user: 'a' } },
      { collection: 'accounts', id: 'b', value: { step: 2 } },
    ])
    const target = store.forTenant('t2')
    await target.put('stale', 'x', true)
    await target.importRecords(records)
    expect(await target.exportRecords()).toEqual(records)
    expect(await target.get('stale', 'x')).toBeUndefined()
    // The copy diverges without touching the original.
    await target.put('accounts', 'a', { step: 9 })
    expect(await source.get('accounts', 'a')).toEqual({ step: 1 })
  })

  it('imports nothing as an empty tenant', async () => {
    const store = open()
    await store.forTenant('t1').put('things', 'a', 1)
    await store.forTenant('t1').importRecords([])
    expect(await store.forTenant('t1').exportRecords()).toEqual([])
    expect(await store.listTenants()).toEqual([])
  })

  it('reports whether delete removed anything', async () => {
    const store = open().forTenant('t1')
    await store.put('things', 'a', 1)
    expect(await store.delete('things', 'a')).toBe(true)
    expect(await store.delete('things', 'a')).toBe(false)
  })
})

describe('putRecords', () => {
  it('puts one record after another on a store that does not write them as one', async () => {
    const inner = createMemoryStore().forTenant('t1')
    const puts: string[] = []
    const wrapper: TenantStore = {
      ...inner,
      put: async (collection, id, value) => {
        puts.push(`${collection}/${id}`)
        await inner.put(collection, id, value)
      },
    }
    await putRecords(wrapper, [
      { collection: 'things', id: 'a', value: 1 },
      { collection: 'index', id: 'x', value: 2 },
    ])
    expect(puts).toEqual(['things/a', 'index/x'])
    expect(await inner.get('index', 'x')).toBe(2)
  })
})

describe('sqlite store', () => {
  it('reads records another connection put with putRecords (after at most a millisecond)', async () => {
    const file = join(dir, 'two-connections-put-records.sqlite')
    const ours = createSqliteStore({ file })
    const theirs = createSqliteStore({ file })
    expect(await ours.forTenant('t1').get('shipments', 's1')).toBeUndefined()
    await putRecords(theirs.forTenant('t1'), [
      { collection: 'shipments', id: 's1', value: { rates: 2 } },
      { collection: 'shipment_rates', id: 'r1', value: { shipmentId: 's1' } },
    ])
    await new Promise((resolve) => setTimeout(resolve, 2))
    expect(await ours.forTenant('t1').get('shipments', 's1')).toEqual({ rates: 2 })
    expect(await ours.forTenant('t1').get('shipment_rates', 'r1')).toEqual({ shipmentId: 's1' })
    await Promise.all([ours.close(), theirs.close()])
  })

  it("reads another connection's commit to the same file (after at most a millisecond)", async () => {
    const file = join(dir, 'two-connections.sqlite')
    const ours = createSqliteStore({ file })
    const theirs = createSqliteStore({ file })
    await ours.forTenant('t1').put('accounts', 'a1', { step: 1 })
    expect(await ours.forTenant('t1').get('accounts', 'a1')).toEqual({ step: 1 })
    expect(await ours.forTenant('t1').get('accounts', 'a2')).toBeUndefined()
    await theirs.forTenant('t1').put('accounts', 'a1', { step: 2 })
    await theirs.forTenant('t1').put('accounts', 'a2', { step: 1 })
    await new Promise((resolve) => setTimeout(resolve, 2))
    expect(await ours.forTenant('t1').get('accounts', 'a1')).toEqual({ step: 2 })
    expect(await ours.forTenant('t1').get('accounts', 'a2')).toEqual({ step: 1 })
    await Promise.all([ours.close(), theirs.close()])
  })

  it('keeps committed state across a close and reopen of the same file', async () => {
    const file = join(dir, 'restart.sqlite')
    const first = createSqliteStore({ file })
    await first.forTenant('t1').put('accounts', 'a1', { step: 'wizard-2' })
    await first.close()
    const second = createSqliteStore({ file })
    expect(await second.forTenant('t1').get('accounts', 'a1')).toEqual({ step: 'wizard-2' })
    await second.close()
  })
})
