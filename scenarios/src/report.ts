import type { StepResult } from './runner/run-scenario'

/** `✓ Open the registration page (12 ms)` or `✗ Register: status 400, expected below 400 (...)`. */
export function formatStep(result: StepResult): string {
  return result.ok ? `✓ ${result.name} (${result.ms} ms)` : `✗ ${result.name}: ${result.message}`
}

/** `- Verify the email (not run)` for the steps after a failure. */
export function formatSkipped(name: string): string {
  return `- ${name} (not run)`
}

/** The last line of a run, alone on its line: `12 passed, 0 failed`. */
export function formatSummary(passed: number, failed: number): string {
  return `${passed} passed, ${failed} failed`
}
