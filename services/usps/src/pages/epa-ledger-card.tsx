import { type EpaLedgerEntry, netCharged } from '../domain/epa-ledger'

/** "Payment activity" on My Account: label charges and refunds on the EPA, newest first. */
export const EpaLedgerCard = ({ entries }: { entries: EpaLedgerEntry[] }) => (
  <div class="card">
    <h2>Payment activity</h2>
    {entries.length === 0 ? (
      <p class="muted">No labels have been charged to this payment account yet.</p>
    ) : (
      <>
        <table>
          <thead>
            <tr>
              <th>Date</th>
              <th>Activity</th>
              <th>Tracking number</th>
              <th>Amount</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr>
                <td>{e.at.slice(0, 10)}</td>
                <td>{e.kind === 'charge' ? `Label: ${e.description}` : 'Refund'}</td>
                <td>
                  <code>{e.trackingNumber}</code>
                </td>
                <td>{`${e.kind === 'charge' ? '' : '-'}$${e.amount.toFixed(2)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Net charged: <strong>{`$${netCharged(entries).toFixed(2)}`}</strong>
        </p>
      </>
    )}
  </div>
)
