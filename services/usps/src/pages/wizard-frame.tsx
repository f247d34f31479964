import { FormErrors, Page } from '@partner-sandbox/shared'
import type { Child } from 'hono/jsx'
import type { FormState } from './form-values'

export interface WizardFrameProps extends FormState {
  step: 1 | 2 | 3
  title: string
  action: string
  fields: string[]
  button: string
  children: Child
}

/** The frame of the three setup steps: "Step N of 3", the step's heading and its form. */
export const WizardFrame = (props: WizardFrameProps) => (
  <Page service="usps" title={props.title}>
    <div class="card">
      <p class="muted">Step {props.step} of 3</p>
      <h1>{props.title}</h1>
      <FormErrors error={props.error} fields={props.fields} />
      <form method="post" action={props.action}>
        {props.children}
        <button type="submit">{props.button}</button>
      </form>
    </div>
  </Page>
)
