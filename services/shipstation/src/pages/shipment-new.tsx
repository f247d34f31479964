import { Field, type FieldError, FormErrors } from '@partner-sandbox/shared'
import type { OnboardingPrompts } from '../domain/onboarding-prompts'
import { SHIPMENT_FORM_FIELDS } from '../domain/shipment-form'
import { SignedInPage } from './signed-in-page'

export interface ShipmentNewPageProps {
  prompts: OnboardingPrompts
  values: Record<string, string | undefined>
  error?: { message: string; fieldErrors: FieldError[] }
}

const AddressFields = ({
  prefix,
  values,
  errors,
}: {
  prefix: 'from_' | 'to_'
  values: Record<string, string | undefined>
  errors?: FieldError[]
}) => (
  <>
    <Field label="Name" name={`${prefix}name`} value={values[`${prefix}name`]} errors={errors} />
    <Field
      label="Company (optional)"
      name={`${prefix}company_name`}
      value={values[`${prefix}company_name`]}
      errors={errors}
    />
    <Field
      label="Phone"
      name={`${prefix}phone`}
      type="tel"
      value={values[`${prefix}phone`]}
      errors={errors}
    />
    <Field
      label="Street address"
      name={`${prefix}address_line1`}
      value={values[`${prefix}address_line1`]}
      errors={errors}
    />
    <Field
      label="Apartment, suite (optional)"
      name={`${prefix}address_line2`}
      value={values[`${prefix}address_line2`]}
      errors={errors}
    />
    <Field
      label="City"
      name={`${prefix}city_locality`}
      value={values[`${prefix}city_locality`]}
      errors={errors}
    />
    <Field
      label="State"
      name={`${prefix}state_province`}
      value={values[`${prefix}state_province`]}
      hint="Two letters, e.g. TX."
      errors={errors}
    />
    <Field
      label="ZIP code"
      name={`${prefix}postal_code`}
      inputmode="numeric"
      value={values[`${prefix}postal_code`]}
      errors={errors}
    />
  </>
)

/** "Create label": ship-from, ship-to and the package; "Get rates" asks USPS through Stamps.com. */
export const ShipmentNewPage = ({ prompts, values, error }: ShipmentNewPageProps) => {
  const errors = error?.fieldErrors
  return (
    <SignedInPage title="Create label" prompts={prompts} path="/shipments/new">
      <div class="card">
        <h1>Create label</h1>
        <p class="muted">
          Prices come from USPS each time you ask: retail prices, or your NSA prices once USPS
          approves your business account link.
        </p>
        <FormErrors error={error} fields={SHIPMENT_FORM_FIELDS} />
        <form method="post" action="/shipments/new">
          <fieldset>
            <legend>Ship from</legend>
            <AddressFields prefix="from_" values={values} errors={errors} />
          </fieldset>
          <fieldset>
            <legend>Ship to</legend>
            <AddressFields prefix="to_" values={values} errors={errors} />
          </fieldset>
          <fieldset>
            <legend>Package</legend>
            <Field
              label="Weight (oz)"
              name="weightOz"
              inputmode="numeric"
              hint="16 oz = 1 lb; USPS takes up to 70 lb (1120 oz)."
              value={values.weightOz}
              errors={errors}
            />
            <Field
              label="Length (in, optional)"
              name="lengthIn"
              value={values.lengthIn}
              errors={errors}
            />
            <Field
              label="Width (in, optional)"
              name="widthIn"
              value={values.widthIn}
              errors={errors}
            />
            <Field
              label="Height (in, optional)"
              name="heightIn"
              value={values.heightIn}
              errors={errors}
            />
          </fieldset>
          <button type="submit">Get rates</button>
        </form>
      </div>
    </SignedInPage>
  )
}
