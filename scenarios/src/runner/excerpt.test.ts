import { describe, expect, it } from 'vitest'
import { EXCERPT_LIMIT, excerpt } from './excerpt'

describe('excerpt', () => {
  it('keeps a body up to the limit whole', () => {
    const text = 'a'.repeat(EXCERPT_LIMIT)
    expect(excerpt(text, ['zzz'])).toBe(text)
  })

  it('shows the region around the failing field of a long body, not its first 160 characters', () => {
    const text = `${'a'.repeat(5000)}"copStatus": "approval_pending"${'b'.repeat(5000)}`
    const shown = excerpt(text, ['"copStatus"'])
    expect(shown).toContain('"copStatus": "approval_pending"')
    expect(shown.startsWith('…a')).toBe(true)
    expect(shown.endsWith('b…')).toBe(true)
    expect(shown.length).toBeLessThan(2000)
  })

  it('falls back to the start of a long body when the focus is not in it', () => {
    const shown = excerpt('c'.repeat(9000), ['missing'])
    expect(shown).toHaveLength(EXCERPT_LIMIT + 1)
  })
})
