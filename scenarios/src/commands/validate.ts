import { ScenarioFileError } from '../errors'
import { loadScenario, scenarioFiles } from '../load-scenario'

export interface ValidateCommandOptions {
  print?: (line: string) => void
}

/**
 * `partner-sandbox validate <files|dirs...>`: checks each scenario file against the schema, with
 * its actions and includes, without running anything. Each invalid file is printed with the path
 * of every bad field. Resolves to the exit code: 1 when any file is invalid.
 *
 * @example
 * process.exitCode = await validateCommand(['scenarios/library'])
 */
export async function validateCommand(
  paths: string[],
  options: ValidateCommandOptions = {},
): Promise<number> {
  const print = options.print ?? console.log
  let valid = 0
  let invalid = 0
  for (const path of paths) {
    let files: string[]
    try {
      files = await scenarioFiles(path)
    } catch (error) {
      print(`✗ ${(error as Error).message}`)
      invalid++
      continue
    }
    for (const file of files) {
      try {
        const scenario = await loadScenario(file)
        print(`✓ ${file}: ${scenario.name} (${scenario.steps.length} steps)`)
        valid++
      } catch (error) {
        if (!(error instanceof ScenarioFileError)) throw error
        print(`✗ ${error.message}`)
        invalid++
      }
    }
  }
  print(`\n${valid} valid, ${invalid} invalid`)
  return invalid > 0 ? 1 : 0
}
