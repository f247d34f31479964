import { StepFailedError } from '../errors'
import { buttonText, type FormControl, formsOf, type HtmlForm } from './form'
import { collapse, decodeEntities } from './html'

export interface FormInput {
  /** The text of the button to press. */
  button: string
  /** Label (or field name) -> value; `true`/`false` ticks or clears a checkbox. */
  fill?: Record<string, string>
  /** Labels of checkboxes to tick. */
  check?: string[]
  /** Labels of radio buttons to select. */
  choose?: string[]
}

export interface Submission {
  method: string
  url: string
  body?: URLSearchParams
}

const SKIPPED_INPUTS = ['submit', 'image', 'button', 'reset', 'file']
const same = (a: string, b: string) => collapse(a).toLowerCase() === collapse(b).toLowerCase()

/**
 * Fills and submits a form of the page the way a browser would: hidden fields kept, fields found by
 * their visible label, only ticked checkboxes sent, the pressed button's name and value added.
 *
 * @example
 * submitForm(html, 'http://usps.sandbox.test/login', { button: 'Sign In', fill: { Username: 'ada' } })
 */
export function submitForm(html: string, pageUrl: string, input: FormInput): Submission {
  const { form, button } = findButton(formsOf(html), input.button)
  const state = new Map<FormControl, string | null>()
  for (const control of form.controls) state.set(control, initialValue(control))

  for (const [label, value] of Object.entries(input.fill ?? {})) {
    const control = findControl(form, label)
    const type = control.attrs.type ?? ''
    if (type === 'checkbox')
      state.set(control, /^(true|on|yes)$/i.test(value) ? checkedValue(control) : null)
    else if (type === 'radio') select(form, state, control)
    else if (control.tag === 'select') state.set(control, optionValue(control, label, value))
    else state.set(control, value)
  }
  for (const label of input.check ?? [])
    state.set(
      findControl(form, label, 'checkbox'),
      checkedValue(findControl(form, label, 'checkbox')),
    )
  for (const label of input.choose ?? []) select(form, state, findControl(form, label, 'radio'))

  const body = new URLSearchParams()
  for (const control of form.controls) {
    const name = control.attrs.name
    const value = control === button ? (control.attrs.value ?? '') : state.get(control)
    if (name && value !== null && value !== undefined && !('disabled' in control.attrs))
      body.append(name, value)
  }
  const method = (button.attrs.formmethod ?? form.attrs.method ?? 'get').toUpperCase()
  const url = new URL(button.attrs.formaction ?? form.attrs.action ?? pageUrl, pageUrl)
  if (method === 'GET') {
    url.search = body.toString()
    return { method, url: url.toString() }
  }
  return { method, url: url.toString(), body }
}

function findButton(forms: HtmlForm[], text: string): { form: HtmlForm; button: FormControl } {
  for (const form of forms) {
    const button = form.controls.find((c) => {
      const shown = buttonText(c)
      return shown !== undefined && same(shown, text)
    })
    if (button) return { form, button }
  }
  const all = forms.flatMap((f) => f.controls.map(buttonText).filter((t) => t !== undefined))
  const known =
    all.length > 0 ? `buttons here: ${all.map((t) => `"${t}"`).join(', ')}` : 'no form buttons here'
  throw new StepFailedError(`no button "${text}" on this page (${known})`)
}

function findControl(form: HtmlForm, label: string, type?: string): FormControl {
  const byLabel = form.labels.find((l) => same(l.text, label))?.control
  const control = byLabel ?? form.controls.find((c) => c.attrs.name === label && c.tag !== 'button')
  if (control && (!type || control.attrs.type === type)) return control
  const labels = form.labels.map((l) => `"${l.text}"`).join(', ') || 'none'
  const what = type ? `${type} labelled` : 'field labelled'
  throw new StepFailedError(`no ${what} "${label}" in the form (labels: ${labels})`)
}

function initialValue(control: FormControl): string | null {
  const type = control.attrs.type ?? 'text'
  if (control.tag === 'button') return null
  if (control.tag === 'textarea') return decodeEntities(control.text)
  if (control.tag === 'select') return control.attrs.value ?? ''
  if (SKIPPED_INPUTS.includes(type)) return null
  if (type === 'checkbox' || type === 'radio')
    return 'checked' in control.attrs ? checkedValue(control) : null
  return control.attrs.value ?? ''
}

function checkedValue(control: FormControl): string {
  return control.attrs.value ?? 'on'
}

function select(form: HtmlForm, state: Map<FormControl, string | null>, radio: FormControl): void {
  for (const c of form.controls) {
    if (c.attrs.type === 'radio' && c.attrs.name === radio.attrs.name) state.set(c, null)
  }
  state.set(radio, checkedValue(radio))
}

function optionValue(control: FormControl, label: string, value: string): string {
  const option = control.options.find(([v, text]) => v === value || same(text, value))
  if (option) return option[0]
  const known = control.options.map(([, text]) => `"${text}"`).join(', ')
  throw new StepFailedError(`"${label}" has no option "${value}" (options: ${known})`)
}
