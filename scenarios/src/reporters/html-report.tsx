import { type SequenceArrow, SequenceDiagram } from '@partner-sandbox/shared'
import { raw } from 'hono/html'
import { formatTotals } from '../report'
import type { Hop } from '../runner/hops'
import { type ScenarioRun, totalsOf } from '../scenario-run'
import { Failure, Hops, Outbox, Steps, Tokens } from './report-sections'

/**
 * What the report needs of a run: its name, outcome and hops; the rest when known. The hops can
 * come from the runner or from a service-side journal alike.
 */
export type ReportRun = Pick<ScenarioRun, 'name' | 'ok' | 'hops'> & Partial<ScenarioRun>

const DEFAULTS: Omit<ScenarioRun, 'name' | 'ok' | 'hops'> = {
  tags: [],
  steps: [],
  skipped: [],
  variables: {},
  ms: 0,
  target: 'in-process',
  outbox: [],
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1b1b1b}
h1{font-size:22px} h2{font-size:17px;margin:0} h3{font-size:14px;margin:16px 0 6px}
section.scenario{border:1px solid #ccc;border-radius:6px;margin:14px 0;padding:10px 14px}
section.failed{border-color:#b3261e}
table{border-collapse:collapse;width:100%;font-size:13px} td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}
.ok{color:#2e7d32} .fail{color:#b3261e} .soft{color:#b26a00} .muted{color:#666}
pre{background:#f6f8fa;padding:8px;overflow:auto;max-height:420px;white-space:pre-wrap;word-break:break-word}
iframe{width:100%;height:480px;border:1px solid #ccc}
.diagram{overflow:auto}
`

/** The hops that reached a known service, drawn with the journal's diagram. */
const arrowsOf = (hops: readonly Hop[]): SequenceArrow[] =>
  hops.flatMap((hop) =>
    hop.to
      ? [
          {
            from: hop.from,
            to: hop.to,
            method: hop.method,
            url: hop.url,
            status: hop.status,
            details: [
              ...(hop.location ? [`Location ${hop.location}`] : []),
              ...(hop.step ? [`step: ${hop.step}`] : []),
            ],
          },
        ]
      : [],
  )

const Scenario = ({ run }: { run: ScenarioRun }) => {
  const failed = run.steps.filter((s) => !s.ok)
  return (
    <section class={`scenario ${run.ok ? 'passed' : 'failed'}`} data-scenario={run.name}>
      <h2 class={run.ok ? 'ok' : 'fail'}>
        {run.ok ? '✓' : '✗'} {run.name}
      </h2>
      <p class="muted">
        {run.file ?? ''} · {run.ms} ms · {run.target}
        {run.tenant ? ` · tenant ${run.tenant}` : ''}
        {run.seed !== undefined ? ` · seed ${run.seed}` : ''}
        {run.tags.length ? ` · tags ${run.tags.join(', ')}` : ''}
      </p>
      {run.error ? <pre class="fail">{run.error}</pre> : null}
      {run.steps.length ? <Steps run={run} /> : null}
      {failed.map((step) => (
        <Failure step={step} />
      ))}
      {run.hops.length ? (
        <>
          <h3>Sequence</h3>
          <div class="diagram">
            <SequenceDiagram arrows={arrowsOf(run.hops)} />
          </div>
          <details>
            <summary>Every hop ({run.hops.length})</summary>
            <Hops run={run} />
          </details>
          <h3>Tokens on redirects</h3>
          <Tokens run={run} />
        </>
      ) : null}
      <h3>Outbox messages read</h3>
      <Outbox run={run} />
    </section>
  )
}

/**
 * One self-contained HTML page for a run (no CDN, no script): totals, then per scenario its steps
 * with status and time, the failing step's request, response and page as it was, a sequence
 * diagram of its hops, the JWT claims carried on redirects and the outbox messages read. Takes
 * any hops given in each run, whoever recorded them.
 *
 * @example
 * await writeFile('report.html', await renderHtmlReport(runs))
 */
export async function renderHtmlReport(
  given: readonly ReportRun[],
  options: { title?: string; ms?: number } = {},
): Promise<string> {
  const runs: ScenarioRun[] = given.map((run) => ({ ...DEFAULTS, ...run }))
  const title = options.title ?? 'Scenario report'
  const page = (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>{title}</title>
        <style>{raw(STYLE)}</style>
      </head>
      <body>
        <h1>{title}</h1>
        <p class="totals">{formatTotals(totalsOf(runs, options.ms))}</p>
        {runs.map((run) => (
          <Scenario run={run} />
        ))}
      </body>
    </html>
  )
  return `<!doctype html>\n${await page.toString()}`
}
