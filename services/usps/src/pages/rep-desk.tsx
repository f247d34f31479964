import { FormErrors, Page } from '@partner-sandbox/shared'
import { EPA_STATUS_LABELS } from '../domain/epa'
import { NSA_LINK_STATUSES } from '../domain/nsa-link'
import type { DeskRow } from '../domain/rep-desk'
import type { FormState } from './form-values'
import { RepNav } from './rep-nav'

export interface RepDeskPageProps extends FormState {
  rows: DeskRow[]
  state?: string
  q?: string
  /** The request a refused decision was about, to show the error beside it. */
  errorFor?: string
}

const Decide = ({ row, props }: { row: DeskRow; props: RepDeskPageProps }) => {
  const { link } = row
  if (link.status !== 'pending') {
    return link.rejectionReason ? <span>{`Reason: ${link.rejectionReason}`}</span> : null
  }
  return (
    <div>
      {props.errorFor === link.id ? <FormErrors error={props.error} /> : null}
      <form method="post" action={`/rep/links/${link.id}/approve`} style="display:inline">
        <button type="submit" disabled={row.approvalBlocker !== undefined}>
          Approve
        </button>
      </form>
      {row.approvalBlocker ? (
        <p class="muted" data-testid="approval-blocker">
          {row.approvalBlocker}
        </p>
      ) : null}
      <form method="post" action={`/rep/links/${link.id}/reject`}>
        <label for={`reason-${link.id}`}>Reason</label>
        <input id={`reason-${link.id}`} name="reason" required minlength={3} />
        <button type="submit">Reject</button>
      </form>
    </div>
  )
}

/**
 * The USPS sales representative's desk: NSA link requests, newest first, filterable by state and
 * text, with Approve (disabled with the reason while the EPA is not Active) and Reject.
 */
export const RepDeskPage = (props: RepDeskPageProps) => (
  <Page service="usps" title="Representative's desk" nav={<RepNav />}>
    <div class="card">
      <h1>NSA link requests</h1>
      {props.errorFor ? null : <FormErrors error={props.error} />}
      <form method="get" action="/rep">
        <label for="filter-state">State</label>
        <select id="filter-state" name="state">
          <option value="">All</option>
          {NSA_LINK_STATUSES.map((s) => (
            <option value={s} selected={props.state === s}>
              {s}
            </option>
          ))}
        </select>
        <label for="filter-q">Search</label>
        <input
          id="filter-q"
          name="q"
          value={props.q}
          placeholder="company, email, CRID, MID, EPS"
        />
        <button type="submit">Filter</button>
      </form>
      {props.rows.length === 0 ? (
        <p>No link requests match.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Company</th>
              <th>Email</th>
              <th>CRID</th>
              <th>MID</th>
              <th>EPS</th>
              <th>EPA status</th>
              <th>Requested</th>
              <th>State</th>
              <th>Decision</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr data-link-id={row.link.id}>
                <td>{row.company}</td>
                <td>{row.email}</td>
                <td>{row.link.crid}</td>
                <td>{row.link.mid}</td>
                <td>
                  <a href={`/rep/contracts/${row.link.epsNumber}`}>{row.link.epsNumber}</a>
                </td>
                <td>{EPA_STATUS_LABELS[row.epaStatus]}</td>
                <td>{row.link.createdAt}</td>
                <td data-testid="state">{row.link.status}</td>
                <td>
                  <Decide row={row} props={props} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  </Page>
)
