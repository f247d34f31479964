import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { FieldError } from '@partner-sandbox/shared'
import { parseDocument } from 'yaml'
import { ScenarioFileError } from './errors'
import { Scenario } from './scenario-schema'

/**
 * Parses scenario YAML text and validates it. Every problem names the path of the bad field, e.g.
 * `steps.3.expect.status (step "Verify the email"): Invalid input: expected number`.
 *
 * @example
 * const scenario = parseScenario(text, 'happy-path.yaml')
 */
export function parseScenario(text: string, file = '<scenario>'): Scenario {
  const doc = parseDocument(text, { prettyErrors: true, merge: true })
  if (doc.errors.length > 0) {
    const detail = doc.errors.map((e) => e.message).join('\n')
    throw new ScenarioFileError(file, `${file} is not valid YAML:\n${detail}`, [], doc.errors[0])
  }
  const raw: unknown = doc.toJS()
  const result = Scenario.safeParse(raw)
  if (result.success) return result.data
  const fieldErrors: FieldError[] = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  const lines = fieldErrors.map(
    (e) => `  ${e.field || '(file)'}${stepHint(raw, e.field)}: ${e.message}`,
  )
  throw new ScenarioFileError(
    file,
    `${file} is not a valid scenario:\n${lines.join('\n')}`,
    fieldErrors,
  )
}

/** Reads and validates one scenario file. */
export async function loadScenario(file: string): Promise<Scenario> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (cause) {
    throw new ScenarioFileError(file, `Cannot read ${file}: ${(cause as Error).message}`, [], cause)
  }
  return parseScenario(text, file)
}

/** The file itself, or every .yaml/.yml file directly inside a directory, sorted by name. */
export async function scenarioFiles(fileOrDir: string): Promise<string[]> {
  const info = await stat(fileOrDir).catch((cause: Error) => {
    throw new ScenarioFileError(fileOrDir, `Cannot find ${fileOrDir}: ${cause.message}`, [], cause)
  })
  if (!info.isDirectory()) return [fileOrDir]
  const names = (await readdir(fileOrDir)).filter((n) => /\.ya?ml$/i.test(n)).sort()
  if (names.length === 0) {
    throw new ScenarioFileError(fileOrDir, `${fileOrDir} holds no .yaml or .yml scenario files.`)
  }
  return names.map((n) => join(fileOrDir, n))
}

function stepHint(raw: unknown, field: string): string {
  const match = /^steps\.(\d+)/.exec(field)
  if (!match || !raw || typeof raw !== 'object') return ''
  const steps = (raw as { steps?: unknown }).steps
  const step = Array.isArray(steps) ? steps[Number(match[1])] : undefined
  const name = step && typeof step === 'object' ? (step as { name?: unknown }).name : undefined
  return typeof name === 'string' ? ` (step "${name}")` : ''
}
