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

  it('follows a nested path down to its failing key, not the first key of that name', () => {
    const route = (path: string, summary: string) =>
      `"${path}": { "post": { "summary": "${summary}", "x": "${'y'.repeat(2000)}" } }`
    const text = `{ "paths": { ${route('/payments', 'Pay')}, ${route('/labels', 'Label it')} } }`
    const shown = excerpt(text, [['"paths"', '"/labels"', '"post"', '"summary"']])
    expect(shown).toContain('"summary": "Label it"')
    expect(shown).not.toContain('"summary": "Pay"')
    // A key the chain cannot reach in order is still looked for on its own.
    expect(excerpt(text, [['"nowhere"', '"/labels"']])).toContain('"/labels": { "post"')
  })

  it('falls back to the start of a long body when the focus is not in it', () => {
    const shown = excerpt('c'.repeat(9000), ['missing'])
    expect(shown).toHaveLength(EXCERPT_LIMIT + 1)
  })
})
