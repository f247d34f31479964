import { raw } from 'hono/html'
import { formatTotals } from '../report'
import type { StepResult } from '../runner/run-scenario'
import { type ScenarioRun, totalsOf } from '../scenario-run'
import { SequenceDiagram } from './sequence-diagram'

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

const mark = (s: StepResult) => (s.ok ? '✓' : s.soft ? '!' : '✗')
const cls = (s: StepResult) => (s.ok ? 'ok' : s.soft ? 'soft' : 'fail')

const Steps = ({ run }: { run: ScenarioRun }) => (
  <table class="steps">
    <thead>
      <tr>
        <th>#</th>
        <th>status</th>
        <th>step</th>
        <th>tab</th>
        <th>ms</th>
      </tr>
    </thead>
    <tbody>
      {run.steps.map((s, i) => (
        <tr class={cls(s)} data-status={s.ok ? 'passed' : 'failed'}>
          <td>{i + 1}</td>
          <td>{mark(s)}</td>
          <td>
            {s.name}
            {s.message ? <div class="muted">{s.message}</div> : null}
          </td>
          <td>{s.tab ?? ''}</td>
          <td>{s.ms}</td>
        </tr>
      ))}
      {run.skipped.map((name, i) => (
        <tr class="muted" data-status="not-run">
          <td>{run.steps.length + i + 1}</td>
          <td>-</td>
          <td>{name} (not run)</td>
          <td />
          <td />
        </tr>
      ))}
    </tbody>
  </table>
)

const Failure = ({ step }: { step: StepResult }) => {
  const ex = step.failure?.exchange
  return (
    <div class="failure">
      <h3 class="fail">Failed: {step.name}</h3>
      <pre>{step.message}</pre>
      {ex ? (
        <pre>
          {`request:  ${ex.request.method} ${ex.request.url}${ex.request.body ? `\nbody:     ${ex.request.body}` : ''}\n`}
          {ex.redirects.length ? `redirects: ${ex.redirects.join('\n           ')}\n` : ''}
          {`response: ${ex.status} at ${ex.url} (${ex.contentType})`}
        </pre>
      ) : null}
      {step.failure?.expected ? (
        <pre>{`expected: ${JSON.stringify(step.failure.expected, null, 2)}`}</pre>
      ) : null}
      {step.failure?.excerpt !== undefined ? (
        <details open>
          <summary>The text the expectation read</summary>
          <pre>{step.failure.excerpt}</pre>
        </details>
      ) : null}
      {ex ? (
        <details class="page">
          <summary>The page as it was</summary>
          {ex.contentType.includes('html') ? (
            <iframe title={`page of ${step.name}`} sandbox="" srcdoc={ex.body} />
          ) : null}
          <pre>{ex.body}</pre>
        </details>
      ) : null}
    </div>
  )
}

const Hops = ({ run }: { run: ScenarioRun }) => (
  <table class="hops">
    <thead>
      <tr>
        <th>ms</th>
        <th>from</th>
        <th>to</th>
        <th>request</th>
        <th>status</th>
        <th>step</th>
      </tr>
    </thead>
    <tbody>
      {run.hops.map((h) => (
        <tr>
          <td>{h.at}</td>
          <td>{h.from}</td>
          <td>{h.to ?? '?'}</td>
          <td>
            {h.method} {h.url}
            {h.location ? <div class="muted">→ {h.location}</div> : null}
          </td>
          <td>{h.status}</td>
          <td>{h.step ?? ''}</td>
        </tr>
      ))}
    </tbody>
  </table>
)

const Tokens = ({ run }: { run: ScenarioRun }) => {
  const carried = run.hops.flatMap((h) => (h.carried ?? []).map((c) => ({ hop: h, c })))
  if (carried.length === 0) return <p class="muted">No tokens on redirects.</p>
  return (
    <table class="tokens">
      <tbody>
        {carried.map(({ hop, c }) => (
          <tr>
            <td>
              <code>{c.param}</code>
              <div class="muted">
                {hop.from} → {hop.to} → {hop.location ? new URL(hop.location).host : ''}
              </div>
            </td>
            <td>
              {c.jwt ? (
                <pre class="claims">
                  {JSON.stringify({ header: c.jwt.header, claims: c.jwt.claims }, null, 2)}
                </pre>
              ) : (
                <code>{c.value}</code>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const Outbox = ({ run }: { run: ScenarioRun }) =>
  run.outbox.length === 0 ? (
    <p class="muted">No outbox messages read.</p>
  ) : (
    <table class="outbox">
      <tbody>
        {run.outbox.map((m) => (
          <tr>
            <td>{m.service}</td>
            <td>{m.channel}</td>
            <td>{m.to}</td>
            <td>
              {m.subject}
              <div class="muted">{m.code ? `code ${m.code}` : (m.link ?? '')}</div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
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
            <SequenceDiagram hops={run.hops} />
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
  runs: readonly ScenarioRun[],
  options: { title?: string; ms?: number } = {},
): Promise<string> {
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
