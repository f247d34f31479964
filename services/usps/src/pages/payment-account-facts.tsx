import { EPA_STATUS_LABELS } from '../domain/epa'
import type { PaymentAccount } from '../domain/payment-account'

/** EPS number, status and method of the EPA, as the portal and My Account show them. */
export const PaymentAccountFacts = ({ epa }: { epa: PaymentAccount }) =>
  epa.epsNumber ? (
    <dl class="facts">
      <dt>EPS Number</dt>
      <dd data-testid="eps-number">{epa.epsNumber}</dd>
      <dt>Status</dt>
      <dd data-testid="epa-status">{EPA_STATUS_LABELS[epa.status]}</dd>
      <dt>Payment method</dt>
      <dd>
        {epa.card
          ? `Credit Card (${epa.card.brand} ending ${epa.card.last4})`
          : epa.ach
            ? `ACH Debit (${epa.ach.accountType} account ending ${epa.ach.accountLast4})`
            : 'None'}
      </dd>
    </dl>
  ) : (
    <p>No payment account yet.</p>
  )
