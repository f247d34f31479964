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

/** Where Back leads from each step: the step before, prefilled with what was saved. */
const BACK: Record<WizardFrameProps['step'], string | undefined> = {
  1: undefined,
  2: '/register/company',
  3: '/register/contact',
}

/**
 * The frame of the three setup steps: "Step N of 3", the step's heading, its form and, from step
 * 2 on, Back to the step before (what was saved there is shown again).
 */
export const WizardFrame = (props: WizardFrameProps) => (
  <Page service="usps" title={props.title}>
    <div class="card">
      <p class="muted">Step {props.step} of 3</p>
      <h1>{props.title}</h1>
      <FormErrors error={props.error} fields={props.fields} />
      <form method="post" action={props.action}>
        {props.children}
        {BACK[props.step] ? (
          <>
            <a class="button secondary" href={BACK[props.step]} data-testid="wizard-back">
              Back
            </a>{' '}
          </>
        ) : null}
        <button type="submit">{props.button}</button>
      </form>
    </div>
  </Page>
)
