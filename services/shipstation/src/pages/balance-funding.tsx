import { Checkbox, Field, type FieldError, FormErrors } from '@partner-sandbox/shared'
import type { AutoFundSettings } from '../domain/auto-funding'
import { AUTO_FUND_AMOUNT_MAX_CENTS, AUTO_FUND_AMOUNT_MIN_CENTS } from '../domain/auto-funding'
import { type BalanceLedger, formatCents } from '../domain/balance-ledger'
import { MANUAL_FUNDING_MAX_CENTS, MANUAL_FUNDING_MIN_CENTS } from '../domain/manual-funding'

type FormError = { message: string; fieldErrors: FieldError[] }

const dollars = (cents: number | undefined) =>
  cents === undefined ? undefined : (cents / 100).toFixed(2)

/** "Add funds": the amount and a hidden Idempotency-Key, so a double submit adds once. */
export const AddFundsForm = ({
  idempotencyKey,
  values = {},
  error,
}: {
  idempotencyKey: string
  values?: Record<string, string | undefined>
  error?: FormError
}) => (
  <div class="card">
    <h2>Add funds</h2>
    <FormErrors error={error} fields={['amount']} />
    <form method="post" action="/balance/funds">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Field
        label="Amount (USD)"
        name="amount"
        inputmode="numeric"
        value={values.amount}
        errors={error?.fieldErrors}
        hint={`Between ${formatCents(MANUAL_FUNDING_MIN_CENTS)} and ${formatCents(MANUAL_FUNDING_MAX_CENTS)}, charged to your card.`}
      />
      <button type="submit">Add Funds</button>
    </form>
  </div>
)

/** "Auto-fund": top up by an amount when the Balance falls below a threshold, up to a daily maximum. */
export const AutoFundForm = ({
  settings,
  values,
  error,
}: {
  settings?: AutoFundSettings
  values?: Record<string, string | undefined>
  error?: FormError
}) => {
  const v = values ?? {
    threshold: dollars(settings?.thresholdCents),
    amount: dollars(settings?.amountCents),
    dailyMaximum: dollars(settings?.dailyMaxCents),
    enabled: settings?.enabled ? 'on' : undefined,
  }
  return (
    <div class="card">
      <h2>Auto-fund</h2>
      <FormErrors error={error} fields={['threshold', 'amount', 'dailyMaximum', 'enabled']} />
      <form method="post" action="/balance/auto-funding">
        <Checkbox label="Turn on auto-fund" name="enabled" checked={v.enabled === 'on'} />
        <Field
          label="When my Balance falls below (USD)"
          name="threshold"
          value={v.threshold}
          errors={error?.fieldErrors}
        />
        <Field
          label="Add this amount (USD)"
          name="amount"
          value={v.amount}
          errors={error?.fieldErrors}
          hint={`Between ${formatCents(AUTO_FUND_AMOUNT_MIN_CENTS)} and ${formatCents(AUTO_FUND_AMOUNT_MAX_CENTS)}.`}
        />
        <Field
          label="Daily maximum (USD)"
          name="dailyMaximum"
          value={v.dailyMaximum}
          errors={error?.fieldErrors}
          hint="Auto-fund adds at most this much per day."
        />
        <button type="submit">Save Auto-fund</button>
      </form>
    </div>
  )
}

const REASON_TEXT: Record<string, string> = {
  label_purchase: 'Label purchase',
  label_refund: 'Label refund',
  funding: 'Funds added',
  auto_funding: 'Auto-fund',
}

/** Every movement of the Balance, newest first. */
export const TransactionHistory = ({ ledger }: { ledger: BalanceLedger }) => (
  <div class="card">
    <h2>Transaction history</h2>
    {ledger.transactions.length === 0 ? (
      <p>No transactions yet.</p>
    ) : (
      <table aria-label="Transaction history">
        <thead>
          <tr>
            <th>Date</th>
            <th>Description</th>
            <th>Amount</th>
            <th>Balance</th>
          </tr>
        </thead>
        <tbody>
          {[...ledger.transactions].reverse().map((t) => (
            <tr data-transaction={t.id}>
              <td>{t.at.slice(0, 16).replace('T', ' ')}</td>
              <td>
                {REASON_TEXT[t.reason] ?? t.reason}
                {t.reference ? ` (${t.reference})` : ''}
              </td>
              <td>{`${t.type === 'credit' ? '+' : '-'}${formatCents(t.amount)}`}</td>
              <td>{formatCents(t.balanceAfter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </div>
)
