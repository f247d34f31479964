import { Field } from '@partner-sandbox/shared'
import { type FormState, fieldValue } from './form-values'
import { WizardFrame } from './wizard-frame'

const FIELDS = ['companyName', 'streetAddress', 'city', 'state', 'zipCode']

/** Step 1 of 3, "Company Information": the physical business address (no PO Box). */
export const CompanyStepPage = (props: FormState) => {
  const errors = props.error?.fieldErrors
  return (
    <WizardFrame
      {...props}
      step={1}
      title="Company Information"
      action="/register/company"
      fields={FIELDS}
      button="Continue"
    >
      <Field
        label="Company name"
        name="companyName"
        value={fieldValue(props, 'companyName')}
        errors={errors}
        autocomplete="organization"
        required
      />
      <Field
        label="Street address"
        name="streetAddress"
        value={fieldValue(props, 'streetAddress')}
        errors={errors}
        autocomplete="street-address"
        hint="The physical address of your business. PO Boxes are not accepted."
        required
      />
      <Field
        label="City"
        name="city"
        value={fieldValue(props, 'city')}
        errors={errors}
        autocomplete="address-level2"
        required
      />
      <Field
        label="State"
        name="state"
        value={fieldValue(props, 'state')}
        errors={errors}
        autocomplete="address-level1"
        hint="Two-letter code, e.g. NY."
        required
      />
      <Field
        label="ZIP Code"
        name="zipCode"
        value={fieldValue(props, 'zipCode')}
        errors={errors}
        autocomplete="postal-code"
        inputmode="numeric"
        required
      />
    </WizardFrame>
  )
}
