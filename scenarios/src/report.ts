import type { StepResult } from './runner/run-scenario'
import type { RunTotals, ScenarioRun } from './scenario-run'

/** `✓ Open the registration page (12 ms)` or `✗ Register: status 400, expected below 400 (...)`. */
export function formatStep(result: StepResult): string {
  if (result.ok) return `✓ ${result.name} (${result.ms} ms)`
  return `✗ ${result.name}: ${result.message}${result.soft ? ' (soft: the run went on)' : ''}`
}

/** `- Verify the email (not run)` for the steps after a failure. */
export function formatSkipped(name: string): string {
  return `- ${name} (not run)`
}

/** The last line of a run, alone on its line: `12 passed, 0 failed` (scenarios). */
export function formatSummary(passed: number, failed: number): string {
  return `${passed} passed, ${failed} failed`
}

/** `3 scenarios passed, 1 failed; steps: 80 passed, 1 failed, 12 not run (4.2 s)`. */
export function formatTotals(totals: RunTotals): string {
  const { scenarios: sc, steps: st } = totals
  const time = totals.ms ? ` (${(totals.ms / 1000).toFixed(1)} s)` : ''
  return `${sc.passed} scenario${sc.passed === 1 ? '' : 's'} passed, ${sc.failed} failed; steps: ${st.passed} passed, ${st.failed} failed, ${st.notRun} not run${time}`
}

const INDENT = '    '

/**
 * A failed step in full: the request it sent, the answer, what was expected and the text it
 * read around the mismatch (not cut short where the failing field is).
 */
export function formatFailure(step: StepResult): string[] {
  const f = step.failure
  if (!f?.exchange && !f?.expected) return []
  const lines: string[] = []
  const ex = f.exchange
  if (ex) {
    const sent = ex.request.body ? `  body: ${ex.request.body}` : ''
    lines.push(`request:  ${ex.request.method} ${ex.request.url}${sent}`)
    if (ex.redirects.length > 0) lines.push(`redirects: ${ex.redirects.join(' -> ')}`)
    lines.push(`response: ${ex.status} at ${ex.url}${ex.contentType ? ` (${ex.contentType})` : ''}`)
  }
  if (f.expected) lines.push(`expected: ${JSON.stringify(f.expected)}`)
  if (f.excerpt !== undefined) {
    lines.push(f.expected?.within ? 'text read (within):' : 'text read:')
    lines.push(...wrap(f.excerpt, 96).map((l) => `  ${l}`))
  }
  return lines.map((l) => INDENT + l)
}

/** A scenario's block: its header with progress, every step, the failure in full. */
export function formatRun(run: ScenarioRun, done: number, total: number): string[] {
  const mark = run.ok ? '✓' : '✗'
  const where = run.file && run.file !== run.name ? ` (${run.file})` : ''
  const lines = [`[${done}/${total}] ${mark} ${run.name}${where} ${run.ms} ms`]
  if (run.error) return [...lines, ...run.error.split('\n').map((l) => `  ${l}`)]
  for (const step of run.steps) {
    lines.push(`  ${formatStep(step)}`)
    if (!step.ok) lines.push(...formatFailure(step))
  }
  for (const name of run.skipped) lines.push(`  ${formatSkipped(name)}`)
  return lines
}

/** Lines of at most `width`, broken at spaces where there are any. */
function wrap(text: string, width: number): string[] {
  const out: string[] = []
  for (const line of text.split('\n')) {
    let rest = line
    while (rest.length > width) {
      const space = rest.lastIndexOf(' ', width)
      const cut = space > width / 2 ? space : width
      out.push(rest.slice(0, cut))
      rest = rest.slice(cut).replace(/^ /, '')
    }
    out.push(rest)
  }
  return out
}
