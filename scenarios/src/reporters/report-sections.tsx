// The parts of a scenario's section in the HTML report.
import type { StepResult } from '../runner/run-scenario'
import type { ScenarioRun } from '../scenario-run'

const mark = (s: StepResult) => (s.ok ? '✓' : s.soft ? '!' : '✗')
const cls = (s: StepResult) => (s.ok ? 'ok' : s.soft ? 'soft' : 'fail')

export const Steps = ({ run }: { run: ScenarioRun }) => (
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

export const Failure = ({ step }: { step: StepResult }) => {
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

export const Hops = ({ run }: { run: ScenarioRun }) => (
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

export const Tokens = ({ run }: { run: ScenarioRun }) => {
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

export const Outbox = ({ run }: { run: ScenarioRun }) =>
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
