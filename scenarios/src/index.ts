export { CookieJar } from '@partner-sandbox/shared'
export { type RunCommandOptions, runCommand } from './commands/run'
export { type StartCommandOptions, startCommand } from './commands/start'
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
export { Capture, Expectation, Scenario, ServiceName, Step } from './scenario-schema'
export { createServiceApp, type ServiceApps } from './service-apps'
