// src/main.ts
import { closeOnSignal, parseSandboxConfig, runService } from '@partner-sandbox/shared'
import { createApp } from './chunk-PQGVAUJL.js'

var config = parseSandboxConfig(process.env)
var running = await runService(config, 'stamps', (options) => createApp(options))
closeOnSignal([running])
console.log(
  `Stamps.com COP sandbox listening on ${running.url} (public ${config.services.stamps.publicUrl})`,
)
//# sourceMappingURL=main.js.map
