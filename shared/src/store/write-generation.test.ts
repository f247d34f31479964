import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createMemoryStore } from './memory-store'
import { createSqliteStore } from './sqlite-store'
import type { Store, TenantStore } from './store'
import { storeGeneration, tenantMemo, writeGeneration } from './write-generation'

const dir = mkdtempSync(join(tmpdir(), 'sandbox-generation-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const implementations: [string, () => Store][] = [
  ['memory', () => createMemoryStore()],
  ['sqlite', () => createSqliteStore({ file: join(dir, `${Math.random()}.sqlite`) })],
]

/** The generation after `write`, which must differ from the one before. */
async function changes(view: TenantStore, write: () => Promise<unknown>): Promise<boolean> {
  const before = writeGeneration(view)
  await write()
  return writeGeneration(view) !== before
}

describe.each(implementations)('%s store write generation', (_name, open) => {
  it('changes on every kind of write of the tenant, and not on reads', async () => {
    const store = open()
    const t1 = store.forTenant('t1')
    expect(writeGeneration(t1)).toBeTypeOf('number')
    expect(await changes(t1, () => t1.put('c', 'a', { n: 1 }))).toBe(true)
    expect(await changes(t1, () => t1.insert('c', 'b', { n: 1 }))).toBe(true)
    expect(await changes(t1, () => t1.update('c', 'a', () => ({ n: 2 })))).toBe(true)
    expect(await changes(t1, () => t1.delete('c', 'b'))).toBe(true)
    expect(
      await changes(t1, () => t1.importRecords([{ collection: 'c', id: 'x', value: 1 }])),
    ).toBe(true)
    expect(await changes(t1, () => t1.clear())).toBe(true)
    expect(await changes(t1, () => t1.get('c', 'a'))).toBe(false)
    expect(await changes(t1, () => t1.list('c'))).toBe(false)
    expect(await changes(t1, () => t1.exportRecords())).toBe(false)
  })

  it('is shared by every view of the tenant and untouched by other tenants', async () => {
    const store = open()
    const before = writeGeneration(store.forTenant('t1'))
    await store.forTenant('t2').put('c', 'a', 1)
    expect(writeGeneration(store.forTenant('t1'))).toBe(before)
    await store.forTenant('t1').put('c', 'a', 1)
    expect(writeGeneration(store.forTenant('t1'))).not.toBe(before)
  })

  it('keeps a store generation that any tenant’s write changes', async () => {
    const store = open()
    const before = storeGeneration(store)
    expect(before).toBeTypeOf('number')
    await store.forTenant('t1').get('c', 'a')
    expect(storeGeneration(store)).toBe(before)
    await store.forTenant('t2').put('c', 'a', 1)
    expect(storeGeneration(store)).not.toBe(before)
  })
})

describe('sqlite store write generation', () => {
  it("changes when another connection writes to the same file (another process's store)", async () => {
    const file = join(dir, 'shared.sqlite')
    const ours = createSqliteStore({ file })
    const theirs = createSqliteStore({ file })
    const before = writeGeneration(ours.forTenant('t1'))
    await theirs.forTenant('t1').put('c', 'a', 1)
    // Another connection's commit is looked for at most once a millisecond.
    await new Promise((resolve) => setTimeout(resolve, 2))
    expect(writeGeneration(ours.forTenant('t1'))).not.toBe(before)
    await Promise.all([ours.close(), theirs.close()])
  })
})

describe('tenantMemo', () => {
  it('computes again only after a write to the tenant', async () => {
    const store = createMemoryStore()
    let computed = 0
    const countOf = tenantMemo(async (view) => {
      computed++
      return (await view.list('c')).length
    })
    expect(await countOf(store.forTenant('t1'))).toBe(0)
    expect(await countOf(store.forTenant('t1'))).toBe(0)
    expect(computed).toBe(1)
    await store.forTenant('t1').put('c', 'a', 1)
    expect(await countOf(store.forTenant('t1'))).toBe(1)
    expect(computed).toBe(2)
  })

  it('computes every time for a store without write generations', async () => {
    const inner = createMemoryStore().forTenant('t1')
    const wrapped: TenantStore = { ...inner, tenant: 't1' }
    const plain = Object.fromEntries(
      Object.entries(inner).map(([k, v]) => [k, typeof v === 'function' ? v.bind(inner) : v]),
    ) as unknown as TenantStore
    let computed = 0
    const memo = tenantMemo(async () => ++computed)
    await memo(plain)
    await memo(plain)
    expect(computed).toBe(2)
    // A spread copy writes through the same store, so it may keep the generation.
    expect(writeGeneration(wrapped)).toBe(writeGeneration(inner))
  })
})
