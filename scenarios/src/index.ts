import type { LoadedScenario } from './compile-scenario'
import { Scenario as ScenarioSchema } from './scenario-schema'

export { CookieJar } from '@partner-sandbox/shared'
export { type RunCommandOptions, runCommand } from './commands/run'
export { type StartCommandOptions, startCommand } from './commands/start'
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
export { loadScenario, parseScenario, scenarioFiles } from './load-scenario'
export { formatSkipped, formatStep, formatSummary } from './report'
export { type Exchange, ScenarioClient, type ScenarioTarget } from './runner/client'
export {
  type RunScenarioOptions,
  runScenario,
  type ScenarioResult,
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
