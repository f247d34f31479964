// src/index.ts
import { CookieJar } from '@partner-sandbox/shared'
// src/sandbox-handlers.ts
import { http } from 'msw'
import {
  Capture,
  createInProcessSandbox,
  createServiceApp,
  Expectation,
  formatSkipped,
  formatStep,
  formatSummary,
  IN_PROCESS_URLS,
  loadScenario,
  parseScenario,
  runCommand,
  runScenario,
  Scenario,
  ScenarioClient,
  ScenarioFileError,
  ServiceName,
  Step,
  StepFailedError,
  scenarioFiles,
  startCommand,
  startHttpSandbox,
  UnknownOriginError,
} from './chunk-DLV7XGYJ.js'

function sandboxHandlers(sandbox) {
  return Object.keys(sandbox.urls).map((name) =>
    http.all(`${sandbox.urls[name]}/*`, ({ request }) => sandbox.apps[name].fetch(request)),
  )
}

export {
  Capture,
  CookieJar,
  createInProcessSandbox,
  createServiceApp,
  Expectation,
  formatSkipped,
  formatStep,
  formatSummary,
  IN_PROCESS_URLS,
  loadScenario,
  parseScenario,
  runCommand,
  runScenario,
  Scenario,
  ScenarioClient,
  ScenarioFileError,
  ServiceName,
  Step,
  StepFailedError,
  sandboxHandlers,
  scenarioFiles,
  startCommand,
  startHttpSandbox,
  UnknownOriginError,
}
//# sourceMappingURL=index.js.map
