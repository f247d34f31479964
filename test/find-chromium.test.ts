import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findChromium, HOW_TO_GET_CHROMIUM } from './browser/find-chromium'

describe('finding a Chromium for the browser tests', () => {
  it('prefers CHROMIUM_PATH, then looks on PATH, and never downloads one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chromium-'))
    const binary = join(dir, 'chromium')
    writeFileSync(binary, '#!/bin/sh\n')
    chmodSync(binary, 0o755)
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome/chrome', PATH: dir })).toBe(
      '/opt/chrome/chrome',
    )
    expect(findChromium({ PATH: `/nowhere:${dir}` })).toBe(binary)
    expect(findChromium({ PATH: '/nowhere' })).toBeUndefined()
  })

  it('says how to get one when none is found', () => {
    expect(HOW_TO_GET_CHROMIUM).toContain('apt-get install -y chromium')
    expect(HOW_TO_GET_CHROMIUM).toContain('CHROMIUM_PATH=')
  })
})
