import { describe, expect, it } from 'vitest'
import { durationText } from './duration-text'

describe('durationText', () => {
  it.each([
    [24 * 3600, '24 hours'],
    [3600, '1 hour'],
    [10 * 60, '10 minutes'],
    [90, '90 seconds'],
    [1, '1 second'],
  ])('writes %i seconds as "%s"', (seconds, text) => {
    expect(durationText(seconds)).toBe(text)
  })
})
