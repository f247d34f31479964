import { attributesOf, visibleText } from './html'

export interface FormControl {
  tag: 'input' | 'select' | 'textarea' | 'button'
  attrs: Record<string, string>
  /** Button or textarea text; for a select, its options as [value, text]. */
  text: string
  options: [string, string][]
}

export interface HtmlForm {
  attrs: Record<string, string>
  controls: FormControl[]
  /** Label text -> the control it names (by `for`, or the control it wraps). */
  labels: { text: string; control: FormControl }[]
}

const CONTROL =
  /<(input)\b[^>]*>|(<select\b[^>]*>)([\s\S]*?)<\/select>|(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>|(<button\b[^>]*>)([\s\S]*?)<\/button>/gi

/** Every form of a page with its controls and labels. */
export function formsOf(html: string): HtmlForm[] {
  return [...html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/gi)].map((m) => {
    const body = m[2]!
    const controls = controlsOf(body)
    let labels: HtmlForm['labels'] | undefined
    return {
      attrs: attributesOf(m[1]!),
      controls,
      // Only the form whose button is pressed has its labels read, and only to fill it in.
      get labels() {
        labels ??= labelsOf(body, controls)
        return labels
      },
    }
  })
}

function labelsOf(body: string, controls: FormControl[]): HtmlForm['labels'] {
  return [...body.matchAll(/(<label\b[^>]*>)([\s\S]*?)<\/label>/gi)].flatMap((l) => {
    const target = attributesOf(l[1]!).for
    const control = target
      ? controls.find((c) => c.attrs.id === target)
      : controlsOf(l[2]!).map((inner) => controls.find((c) => sameControl(c, inner)))[0]
    return control ? [{ text: visibleText(l[2]!), control }] : []
  })
}

function controlsOf(html: string): FormControl[] {
  return [...html.matchAll(CONTROL)].map((m): FormControl => {
    if (m[1]) return { tag: 'input', attrs: attributesOf(m[0]), text: '', options: [] }
    if (m[2]) {
      const options = [...m[3]!.matchAll(/(<option\b[^>]*>)([\s\S]*?)<\/option>/gi)].map(
        (o): [string, string] => {
          const text = visibleText(o[2]!)
          return [attributesOf(o[1]!).value ?? text, text]
        },
      )
      const attrs = attributesOf(m[2])
      const selected = [...m[3]!.matchAll(/<option\b[^>]*>/gi)].findIndex(
        (o) => 'selected' in attributesOf(o[0]),
      )
      attrs.value ??= options[Math.max(selected, 0)]?.[0] ?? ''
      return { tag: 'select', attrs, text: '', options }
    }
    if (m[4]) return { tag: 'textarea', attrs: attributesOf(m[4]), text: m[5]!, options: [] }
    return { tag: 'button', attrs: attributesOf(m[6]!), text: visibleText(m[7]!), options: [] }
  })
}

function sameControl(a: FormControl, b: FormControl): boolean {
  return a.tag === b.tag && JSON.stringify(a.attrs) === JSON.stringify(b.attrs)
}

/** The text a button shows: its content, or the value of an `<input type=submit>`. */
export function buttonText(control: FormControl): string | undefined {
  if (control.tag === 'button' && (control.attrs.type ?? 'submit') === 'submit') return control.text
  if (control.tag === 'input' && ['submit', 'image'].includes(control.attrs.type ?? ''))
    return control.attrs.value ?? 'Submit'
  return undefined
}
