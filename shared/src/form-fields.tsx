import type { FC } from 'hono/jsx'
import type { FieldError } from './errors'

export interface FieldProps {
  label: string
  name: string
  type?: 'text' | 'email' | 'password' | 'tel' | 'number'
  value?: string
  errors?: FieldError[]
  autocomplete?: string
  required?: boolean
  hint?: string
  inputmode?: 'numeric' | 'text' | 'email' | 'tel'
}

/** A labelled input with its error message beside it, so people and tests find it by its label. */
export const Field: FC<FieldProps> = ({
  label,
  name,
  type = 'text',
  value,
  errors,
  autocomplete,
  required,
  hint,
  inputmode,
}) => {
  const message = fieldMessage(errors, name)
  const id = `field-${name}`
  return (
    <div>
      <label for={id}>{label}</label>
      {hint ? <p class="muted">{hint}</p> : null}
      <input
        id={id}
        name={name}
        type={type}
        value={type === 'password' ? undefined : value}
        autocomplete={autocomplete}
        required={required}
        inputmode={inputmode}
        aria-invalid={message ? 'true' : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
      />
      {message ? (
        <p class="field-error" id={`${id}-error`} role="alert">
          {message}
        </p>
      ) : null}
    </div>
  )
}

export interface CheckboxProps {
  label: string
  name: string
  checked?: boolean
  errors?: FieldError[]
}

export const Checkbox: FC<CheckboxProps> = ({ label, name, checked, errors }) => {
  const message = fieldMessage(errors, name)
  const id = `field-${name}`
  return (
    <div>
      <label class="check" for={id}>
        <input
          id={id}
          name={name}
          type="checkbox"
          value="on"
          checked={checked}
          aria-invalid={message ? 'true' : undefined}
        />
        <span>{label}</span>
      </label>
      {message ? (
        <p class="field-error" id={`${id}-error`} role="alert">
          {message}
        </p>
      ) : null}
    </div>
  )
}

/**
 * The form-level message: errors about fields the form does not show, or the error's own message
 * when it names no field. Field errors shown beside their inputs are not repeated here.
 */
export const FormErrors: FC<{
  error?: { message: string; fieldErrors: FieldError[] }
  fields?: string[]
}> = ({ error, fields = [] }) => {
  if (!error) return null
  const loose = error.fieldErrors.filter((e) => !fields.includes(e.field)).map((e) => e.message)
  const besideFields = error.fieldErrors.length - loose.length
  const messages =
    loose.length > 0
      ? loose
      : besideFields > 0
        ? ['Please correct the fields marked below.']
        : [error.message]
  return (
    <div class="form-error" role="alert">
      {messages.map((m) => (
        <p>{m}</p>
      ))}
    </div>
  )
}

export function fieldMessage(errors: FieldError[] | undefined, name: string): string | undefined {
  return errors?.find((e) => e.field === name)?.message
}
