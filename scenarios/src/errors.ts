import { type FieldError, SandboxError } from '@partner-sandbox/shared'

/** Stable codes of the scenario runner's own failures. */
export type ScenarioErrorCode = 'scenario_invalid' | 'step_failed' | 'unknown_origin'

/** A scenario file that cannot run: unreadable, not YAML, or not matching the schema. */
export class ScenarioFileError extends SandboxError {
  override name = 'ScenarioFileError'
  readonly file: string

  constructor(file: string, detail: string, fieldErrors: FieldError[] = [], cause?: unknown) {
    super('scenario_invalid', 400, 'Invalid scenario file', detail, { fieldErrors, cause })
    this.file = file
  }
}

/** A step whose request could not be made or whose expectation did not hold. */
export class StepFailedError extends SandboxError {
  override name = 'StepFailedError'
  constructor(detail: string, cause?: unknown) {
    super('step_failed', 422, 'Step failed', detail, { cause })
  }
}

/** The in-process sandbox was asked for a URL that belongs to none of its services. */
export class UnknownOriginError extends SandboxError {
  override name = 'UnknownOriginError'
  constructor(url: string, known: string[]) {
    super(
      'unknown_origin',
      502,
      'Unknown service',
      `No sandbox service answers ${url}. The in-process sandbox serves ${known.join(', ')}; use one of those base URLs.`,
    )
  }
}
