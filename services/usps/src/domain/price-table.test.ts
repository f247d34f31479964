import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { auctaneAppToken, createTestApp, v3Call } from '../testing/harness'
import { MAIL_CLASSES } from './nsa-contract'
import {
  billedWeight,
  dimensionalWeight,
  LIST_PRICE_TYPES,
  lengthPlusGirth,
  listPrice,
  PRICE_TABLE,
  zoneBetween,
} from './price-table'

const DOC = readFileSync(new URL('../../../../docs/usps-prices.md', import.meta.url), 'utf8')

/** The rows of the doc's table under `### <title>`: `MAIL_CLASS|TYPE` -> nine prices. */
function docTable(title: string): Map<string, number[]> {
  const section = DOC.split(`### ${title}`)[1]?.split('\n## ')[0]?.split('\n### ')[0] ?? ''
  const rows = new Map<string, number[]>()
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim())
    const [, mailClass, type, ...prices] = cells
    if (!mailClass || !MAIL_CLASSES.includes(mailClass as never)) continue
    rows.set(`${mailClass}|${type}`, prices.filter(Boolean).map(Number))
  }
  return rows
}

describe('the price table', () => {
  it('is the table docs/usps-prices.md shows', () => {
    for (const [title, key] of [
      ['First pound', 'firstPound'],
      ['Each further pound', 'additionalPound'],
    ] as const) {
      const doc = docTable(title)
      const code = new Map<string, number[]>()
      for (const m of MAIL_CLASSES) {
        for (const t of LIST_PRICE_TYPES) {
          const row = PRICE_TABLE[m][key][t]
          if (row) code.set(`${m}|${t}`, [...row])
        }
      }
      expect(doc).toEqual(code)
    }
  })

  it('puts commercial below retail everywhere', () => {
    for (const m of MAIL_CLASSES) {
      for (let zone = 1; zone <= 9; zone++) {
        const retail = listPrice(m, 'RETAIL', zone, 5)
        if (retail === undefined) continue
        expect(listPrice(m, 'COMMERCIAL', zone, 5)).toBeLessThan(retail)
      }
    }
  })

  it('finds zones by the documented rule', () => {
    expect(zoneBetween('78701', '78705')).toBe(1)
    expect(zoneBetween('78701', '78201')).toBe(2)
    expect(zoneBetween('78701', '77001')).toBe(3)
    expect(zoneBetween('78701', '10001')).toBe(7)
    expect(zoneBetween('10001', '99501')).toBe(8)
    expect(zoneBetween('00601', '10001')).toBe(9)
    expect(zoneBetween('96813', '90001')).toBe(9)
    expect(zoneBetween('00123', '10001')).toBeUndefined()
    expect(zoneBetween('1000', '10001')).toBeUndefined()
  })

  it('bills whole pounds, at least one, or the dimensional weight of a large box', () => {
    expect(billedWeight(0.2, 0)).toBe(1)
    expect(billedWeight(1.5, 0)).toBe(2)
    expect(dimensionalWeight(12, 12, 12)).toBe(0)
    expect(dimensionalWeight(20, 15, 12)).toBe(22)
    expect(billedWeight(2, 22)).toBe(22)
    expect(lengthPlusGirth(6, 30, 10)).toBe(30 + 2 * 16)
  })

  it('answers the example of docs/usps-prices.md', async () => {
    const blocks = [...DOC.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? ''))
    expect(blocks).toHaveLength(2)
    const t = createTestApp()
    const res = await v3Call(
      t.app,
      'POST',
      '/prices/v3/base-rates/search',
      await auctaneAppToken(t.app),
      blocks[0],
    )
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual(blocks[1])
  })
})
