import type { FC } from 'hono/jsx'
import { Page } from '../page'
import type { ServiceName } from '../peer'
import type { GatheredJournals } from './gather-journals'
import { journalArrows, PARTY_LABELS as NAMES, SequenceDiagram } from './sequence-diagram'

const CSS = `table.journal{width:100%;border-collapse:collapse;font-size:13px}table.journal td,table.journal th{border-bottom:1px solid #e4e7eb;padding:4px 6px;text-align:left;vertical-align:top}
table.journal td.failed{color:#c62828;font-weight:600}table.journal code{word-break:break-all}
.wide{max-width:1100px;margin:0 auto}`

/**
 * The trainers' journal page: every hop of one tenant across the three services, newest first,
 * with the flow drawn as a sequence diagram above the list.
 */
export const JournalPage: FC<GatheredJournals & { service: ServiceName; tenant: string }> = ({
  service,
  tenant,
  entries,
  missing,
}) => (
  <Page service={service} title="Sandbox journal">
    <style>{CSS}</style>
    <div class="card">
      <h1>Requests between the services</h1>
      <p class="muted">
        Tenant <strong>{tenant}</strong>: every request the three services received, newest first
        (secrets masked). The same data is JSON at <code>/__sandbox/journal</code> on each service.
      </p>
      {missing.map((m) => (
        <p class="form-error" role="alert">
          {`${NAMES[m.service]}'s journal could not be fetched (${m.reason}); its hops are missing.`}
        </p>
      ))}
      {entries.length === 0 ? (
        <p>No requests recorded yet.</p>
      ) : (
        <SequenceDiagram arrows={journalArrows(entries)} />
      )}
    </div>
    <div class="card">
      <table class="journal">
        <thead>
          <tr>
            <th>Time</th>
            <th>Hop</th>
            <th>Request</th>
            <th>Status</th>
            <th>ms</th>
            <th>Tokens</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr id={e.id}>
              <td>{e.at.slice(11, 23)}</td>
              <td>{`${NAMES[e.caller]} → ${NAMES[e.service]}`}</td>
              <td>
                <code>{`${e.method} ${e.url}`}</code>
                {e.fault ? <div class="muted">{`fault ${e.fault.name ?? e.fault.id}`}</div> : null}
              </td>
              <td class={e.status === 0 || e.status >= 400 ? 'failed' : undefined}>
                {e.status === 0 ? 'dropped' : e.status}
              </td>
              <td>{e.durationMs}</td>
              <td>
                {e.tokens.map((t) => (
                  <details>
                    <summary>{`${t.kind} (${t.where})`}</summary>
                    <pre>{JSON.stringify(t.claims, null, 2)}</pre>
                  </details>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </Page>
)
