import { Field } from '@partner-sandbox/shared'
import { type FormState, fieldValue } from './form-values'
import { WizardFrame } from './wizard-frame'

const FIELDS = ['firstName', 'lastName', 'phone']

/** Step 2 of 3, "Contact Information". */
export const ContactStepPage = (props: FormState) => {
  const errors = props.error?.fieldErrors
  return (
    <WizardFrame
      {...props}
      step={2}
      title="Contact Information"
      action="/register/contact"
      fields={FIELDS}
      button="Continue"
    >
      <Field
        label="First name"
        name="firstName"
        value={fieldValue(props, 'firstName')}
        errors={errors}
        autocomplete="given-name"
        required
      />
      <Field
        label="Last name"
        name="lastName"
        value={fieldValue(props, 'lastName')}
        errors={errors}
        autocomplete="family-name"
        required
      />
      <Field
        label="Phone"
        name="phone"
        type="tel"
        value={fieldValue(props, 'phone')}
        errors={errors}
        autocomplete="tel"
        required
      />
    </WizardFrame>
  )
}
