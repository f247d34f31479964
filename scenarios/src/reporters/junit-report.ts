import { formatFailure, formatSkipped, formatStep } from '../report'
import type { ScenarioRun } from '../scenario-run'

/**
 * JUnit XML as CI systems read it (Jenkins, GitLab, GitHub test reporters): one `<testsuite>` for
 * the run, one `<testcase>` per scenario with its steps in `<system-out>`, a failed step as
 * `<failure>` and a file that could not load as `<error>`.
 *
 * @example
 * await writeFile('junit.xml', renderJunitReport(runs))
 */
export function renderJunitReport(
  runs: readonly ScenarioRun[],
  options: { name?: string; timestamp?: Date } = {},
): string {
  const name = options.name ?? 'partner-sandbox scenarios'
  const failures = runs.filter((r) => !r.ok && !r.error).length
  const errors = runs.filter((r) => r.error).length
  const time = seconds(runs.reduce((ms, r) => ms + r.ms, 0))
  const stamp = (options.timestamp ?? new Date()).toISOString().replace(/\.\d+Z$/, '')
  const counts = `tests="${runs.length}" failures="${failures}" errors="${errors}" skipped="0"`
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" ${counts} time="${time}">`,
    `  <testsuite name="${attr(name)}" ${counts} time="${time}" timestamp="${stamp}">`,
    ...runs.map(testcase),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n')
}

function testcase(run: ScenarioRun): string {
  const head = `    <testcase name="${attr(run.name)}" classname="${attr(classname(run))}" time="${seconds(run.ms)}"${run.file ? ` file="${attr(run.file)}"` : ''}>`
  const body: string[] = []
  if (run.error) {
    body.push(
      `      <error message="${attr(firstLine(run.error))}" type="ScenarioFileError">${text(run.error)}</error>`,
    )
  } else if (!run.ok) {
    const failed = run.steps.filter((s) => !s.ok)
    const message = failed.map((s) => `${s.name}: ${s.message}`).join('\n')
    const details = failed.flatMap((s) => [formatStep(s), ...formatFailure(s)]).join('\n')
    body.push(
      `      <failure message="${attr(message)}" type="StepFailed">${text(details)}</failure>`,
    )
  }
  const out = [
    ...(run.tags.length ? [`tags: ${run.tags.join(', ')}`] : []),
    ...(run.tenant ? [`tenant: ${run.tenant}`] : []),
    ...run.steps.map(formatStep),
    ...run.skipped.map(formatSkipped),
  ]
  if (out.length) body.push(`      <system-out>${text(out.join('\n'))}</system-out>`)
  return [head, ...body, '    </testcase>'].join('\n')
}

/** The folder of the file, dotted, as JUnit readers group test classes. */
function classname(run: ScenarioRun): string {
  const file = run.file ?? 'scenarios'
  return file
    .replace(/\.ya?ml$/i, '')
    .replace(/[\\/]+/g, '.')
    .replace(/^\.+/, '')
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3)
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? ''
}

// XML 1.0 forbids most control characters even escaped; drop them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: those are the characters to remove
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

function text(value: string): string {
  return value
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;')
}
