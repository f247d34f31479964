import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { compileScenario, type LoadedScenario } from './compile-scenario'
import { ScenarioFileError } from './errors'
import { parseYaml } from './parse-yaml'
import { Scenario } from './scenario-schema'

/**
 * Parses scenario YAML text, validates it and expands its actions and includes (`use:` paths are
 * relative to `file`). Every problem names the path of the bad field, e.g.
 * `steps.3.expect.status (step "Verify the email"): Invalid input: expected number`.
 *
 * @example
 * const scenario = parseScenario(text, 'happy-path.yaml')
 */
export function parseScenario(text: string, file = '<scenario>'): LoadedScenario {
  const { data, raw, errors, yamlError } = parseYaml(text, Scenario)
  if (yamlError) {
    throw new ScenarioFileError(file, `${file} is ${errors[0]?.message}`, [], yamlError)
  }
  if (!data) {
    const lines = errors.map(
      (e) => `  ${e.field || '(file)'}${stepHint(raw, e.field)}: ${e.message}`,
    )
    throw new ScenarioFileError(
      file,
      `${file} is not a valid scenario:\n${lines.join('\n')}`,
      errors,
    )
  }
  return compileScenario(data, file === '<scenario>' ? undefined : file)
}

/** Reads, validates and expands one scenario file. */
export async function loadScenario(file: string): Promise<LoadedScenario> {
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
