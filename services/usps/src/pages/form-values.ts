import type { FieldError } from '@partner-sandbox/shared'

/** What a form page gets back after a refused submission. */
export interface FormState {
  values?: Record<string, unknown>
  error?: { message: string; fieldErrors: FieldError[] }
}

/** The submitted value of a text field, for re-rendering it (never for passwords). */
export function fieldValue(state: FormState, name: string): string | undefined {
  const v = state.values?.[name]
  return typeof v === 'string' ? v : undefined
}

export function isChecked(state: FormState, name: string): boolean {
  const v = state.values?.[name]
  return v === 'on' || v === true || v === 'true'
}
