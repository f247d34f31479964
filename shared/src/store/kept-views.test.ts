import { describe, expect, it } from 'vitest'
import { keptViews } from './kept-views'
import { createMemoryStore } from './memory-store'

describe('keptViews', () => {
  it('builds a view once per recent tenant, and keeps at most 1,000', () => {
    const built: string[] = []
    const base = createMemoryStore()
    const forTenant = keptViews((tenant) => {
      built.push(tenant)
      return base.forTenant(tenant)
    })
    const first = forTenant('t1')
    expect(forTenant('t1')).toBe(first)
    expect(forTenant('t2')).not.toBe(first)
    expect(built).toEqual(['t1', 't2'])
    for (let i = 0; i < 1_000; i++) forTenant(`other-${i}`)
    expect(forTenant('t1')).not.toBe(first)
    expect(built.filter((t) => t === 't1')).toHaveLength(2)
  })
})
