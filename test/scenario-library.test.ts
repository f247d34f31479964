import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseScenario, runCommand, runFiles } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'

const LIBRARY = fileURLToPath(new URL('../scenarios/library', import.meta.url))
const files = (await readdir(LIBRARY)).filter((f) => f.endsWith('.yaml')).sort()

/** Changes the first `text:` expectation of a file to words no page shows. */
function mutate(text: string): { text: string; wanted: string } {
  const wanted = 'Words no page of the sandbox shows'
  const lines = text.split('\n')
  const at = lines.findIndex((l) => /^\s+text: \S/.test(l) && !l.includes('within'))
  if (at < 0) throw new Error('no text expectation to mutate')
  lines[at] = lines[at]!.replace(/text: .*$/, `text: ${wanted}`)
  return { text: lines.join('\n'), wanted }
}

describe('the scenario library (scenarios/library)', () => {
  it('holds the guide written with actions', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'ach-micro-debits-window.yaml',
        'ach-pending-at-step-4.yaml',
        'ach-wrong-micro-debits.yaml',
        'approval-banner-dismissed.yaml',
        'connect-banner-every-page.yaml',
        'consent-denied-then-granted.yaml',
        'existing-account-without-epa.yaml',
        'existing-usps-account-with-epa.yaml',
        'happy-path-card.yaml',
        'identifiers-mismatch.yaml',
        'logout-popup-returns.yaml',
        'nsa-rates-and-labels.yaml',
        'promo-code-expired-and-used.yaml',
        'promo-code-unknown.yaml',
        'receiver-outage-during-approval.yaml',
        'rep-rejects-then-relink.yaml',
        'trainer-snapshot-per-trainee.yaml',
        'usps-ach-micro-debits.yaml',
        'usps-mfa-code-expired.yaml',
        'usps-mfa-expired-resent.yaml',
        'usps-mfa-wrong-then-right.yaml',
        'verification-unfinished-no-prompt.yaml',
      ]),
    )
  })

  it.each(files)('%s says in a comment which part of the guide it covers', async (name) => {
    const comments = (await readFile(join(LIBRARY, name), 'utf8'))
      .split('\n')
      .filter((l) => l.startsWith('#') && !l.includes('yaml-language-server'))
    expect(comments.join(' ')).toMatch(/The guide's (Steps? \d|"Verify Completion"|ACH)/)
  })

  it('passes in process, each scenario in its own sandbox and tenant', async () => {
    const runs = await runFiles([LIBRARY], { concurrency: 2 })
    expect(runs.map((r) => [r.name, r.steps.filter((s) => !s.ok).map((s) => s.message)])).toEqual(
      runs.map((r) => [r.name, []]),
    )
    expect(runs.every((r) => r.ok && r.skipped.length === 0)).toBe(true)
    expect(new Set(runs.map((r) => r.tenant)).size).toBe(runs.length)
  })

  it.each(files)('fails, naming the step, when one expectation of %s is changed', async (name) => {
    const dir = await mkdtemp(join(tmpdir(), 'library-'))
    await cp(LIBRARY, dir, { recursive: true })
    const { text, wanted } = mutate(await readFile(join(LIBRARY, name), 'utf8'))
    const file = join(dir, name)
    await writeFile(file, text)
    // The step that now expects the words, found by loading the mutated copy.
    const step = parseScenario(text, file).steps.find((s) => s.expect?.text?.includes(wanted))
    expect(step).toBeDefined()
    const printed: string[] = []
    const code = await runCommand([file], { target: 'in-process', print: (l) => printed.push(l) })
    const out = printed.join('\n')
    expect(code).toBe(1)
    expect(out).toContain(`✗ ${step!.name}: missing text "${wanted}"`)
    expect(out.trim().split('\n').at(-1)).toBe('0 passed, 1 failed')
  })
})
