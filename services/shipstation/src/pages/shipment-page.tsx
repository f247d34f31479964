import { type FieldError, FormErrors } from '@partner-sandbox/shared'
import { formatCents } from '../domain/balance-ledger'
import type { Label } from '../domain/labels'
import type { OnboardingPrompts } from '../domain/onboarding-prompts'
import type { Shipment } from '../domain/shipments'
import { SignedInPage } from './signed-in-page'

export interface ShipmentPageProps {
  prompts: OnboardingPrompts
  shipment: Shipment
  label?: Label
  balanceCents: number
  error?: { message: string; code?: string; fieldErrors: FieldError[] }
}

const CHARGED_TO: Record<Label['charged'], string> = {
  shipstation_balance: 'ShipStation Balance',
  usps_epa: 'USPS Enterprise Payment Account (EPA)',
}

const Rates = ({ shipment, error, balanceCents }: Omit<ShipmentPageProps, 'prompts' | 'label'>) => (
  <div class="card">
    <h2>Rates</h2>
    <p class="muted">
      {shipment.nsaActive
        ? 'NSA rates active: your negotiated USPS prices, with the retail price beside them.'
        : `Retail prices, paid from your ShipStation Balance (${formatCents(balanceCents)}).`}
    </p>
    {error ? (
      <div class="form-error" role="alert">
        <p>{error.message}</p>
        {error.code === 'insufficient_funds' ? (
          <p>
            <a href="/balance">Add funds</a>
          </p>
        ) : null}
      </div>
    ) : null}
    <table aria-label="Rates">
      <thead>
        <tr>
          <th>Service</th>
          <th>Delivery</th>
          <th>Price</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {shipment.rates.map((rate) => (
          <tr>
            <td>{rate.serviceName}</td>
            <td>
              {rate.deliveryDays} {rate.deliveryDays === 1 ? 'day' : 'days'}
            </td>
            <td>
              {rate.nsaAmount !== null ? (
                <>
                  <strong>{formatCents(rate.nsaAmount)}</strong>{' '}
                  <span class="badge">Negotiated (NSA)</span>{' '}
                  <s class="muted">Retail {formatCents(rate.retailAmount)}</s>
                </>
              ) : (
                <strong>{formatCents(rate.retailAmount)}</strong>
              )}
            </td>
            <td>
              <form method="post" action={`/shipments/${shipment.id}/label`}>
                <input type="hidden" name="rateId" value={rate.id} />
                <button type="submit" aria-label={`Buy label: ${rate.serviceName}`}>
                  Buy label
                </button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

const LabelCard = ({ label }: { label: Label }) => (
  <div class="card">
    <h2>{label.status === 'voided' ? 'Label voided' : 'Label'}</h2>
    <dl class="facts">
      <dt>Service</dt>
      <dd>{label.serviceName}</dd>
      <dt>Tracking number</dt>
      <dd data-testid="tracking-number">{label.trackingNumber}</dd>
      <dt>Charged</dt>
      <dd>
        {formatCents(label.amount)} to your {CHARGED_TO[label.charged]}
        {label.negotiated ? ` (Negotiated (NSA); retail ${formatCents(label.retailAmount)})` : ''}
      </dd>
      {label.status === 'voided' ? (
        <>
          <dt>Refunded</dt>
          <dd>
            {formatCents(label.refundedAmount ?? label.amount)} to your {CHARGED_TO[label.charged]}
          </dd>
        </>
      ) : null}
    </dl>
    {label.status === 'completed' ? (
      <>
        <object
          data={`/labels/${label.id}.pdf`}
          type="application/pdf"
          width="384"
          height="576"
          aria-label="Sample label"
        >
          <a href={`/labels/${label.id}.pdf`}>Download the sample label (PDF)</a>
        </object>
        <form method="post" action={`/shipments/${label.shipmentId}/void`}>
          <button type="submit">Void label</button>
        </form>
      </>
    ) : null}
  </div>
)

/** A shipment: its rates to choose from, then its label (image, tracking, where it was charged). */
export const ShipmentPage = ({
  prompts,
  shipment,
  label,
  balanceCents,
  error,
}: ShipmentPageProps) => (
  <SignedInPage title="Shipment" prompts={prompts} path={`/shipments/${shipment.id}`}>
    <div class="card">
      <h1>Shipment {shipment.id}</h1>
      <p>
        From {shipment.shipFrom.name}, {shipment.shipFrom.city_locality}{' '}
        {shipment.shipFrom.postal_code} to {shipment.shipTo.name}, {shipment.shipTo.city_locality}{' '}
        {shipment.shipTo.state_province} {shipment.shipTo.postal_code}; {shipment.package.weightOz}{' '}
        oz.
      </p>
      {label && error ? <FormErrors error={error} fields={[]} /> : null}
    </div>
    {label ? (
      <LabelCard label={label} />
    ) : (
      <Rates shipment={shipment} error={error} balanceCents={balanceCents} />
    )}
    <p>
      <a href="/shipments/new">Create another label</a>
    </p>
  </SignedInPage>
)
