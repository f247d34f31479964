import type { LoadedScenario } from './compile-scenario'
import { Scenario as ScenarioSchema } from './scenario-schema'

export { CookieJar } from '@partner-sandbox/shared'
export { ACTION_NAMES, type ActionName, ActionParams } from './action-params'
export { ACTIONS, PERSONA_DEFAULTS } from './actions'
export { REPORTERS, type ReporterName } from './commands/reporter-names'
export { REPORT_FILES, type RunCommandOptions, runCommand } from './commands/run'
export { type StartCommandOptions, startCommand } from './commands/start'
export { type ValidateCommandOptions, validateCommand } from './commands/validate'
export {
  compileScenario,
  type LoadedScenario,
  type PlanStep,
} from './compile-scenario'
export {
  type ScenarioErrorCode,
  ScenarioFileError,
  StepFailedError,
  UnknownOriginError,
} from './errors'
export { JSON_SCHEMA_FILE, scenarioJsonSchema } from './json-schema'
export { loadScenario, parseScenario, scenarioFiles } from './load-scenario'
export {
  formatFailure,
  formatRun,
  formatSkipped,
  formatStep,
  formatSummary,
  formatTotals,
} from './report'
export { renderHtmlReport } from './reporters/html-report'
export { type JsonReport, renderJsonReport } from './reporters/json-report'
export { renderJunitReport } from './reporters/junit-report'
export { type RunFilesOptions, runFiles } from './run-files'
export { type Exchange, ScenarioClient, type ScenarioTarget } from './runner/client'
export { type CarriedValue, carriedIn, type Hop, type Party } from './runner/hops'
export {
  type RunScenarioOptions,
  runScenario,
  type ScenarioResult,
  type StepFailure,
  type StepResult,
} from './runner/run-scenario'
export {
  createInProcessSandbox,
  type HttpSandbox,
  type HttpSandboxOptions,
  IN_PROCESS_URLS,
  type InProcessSandbox,
  type InProcessSandboxOptions,
  startHttpSandbox,
} from './sandbox'
export { sandboxHandlers } from './sandbox-handlers'
export { type RunTotals, type ScenarioRun, scenarioRunOf, totalsOf } from './scenario-run'
export {
  Capture,
  Expectation,
  RawStep,
  /** A step the runner performs (open, click, submit...), as `Step.parse` reads it. */
  RawStep as Step,
  Region,
  type ScenarioFile,
  ServiceName,
  /** A step as a file may write it: also a named action or `use:`. */
  Step as FileStep,
  StepsFile,
} from './scenario-schema'

/** The schema of a scenario file; as a type, a scenario ready to run (loaded and expanded). */
export const Scenario = ScenarioSchema
export type Scenario = LoadedScenario
export { createServiceApp, type ServiceApps } from './service-apps'
