// src/main.ts
import { closeOnSignal, parseSandboxConfig, runService } from '@partner-sandbox/shared'
import { createApp } from './chunk-GH53ABFZ.js'

var config = parseSandboxConfig(process.env)
closeOnSignal([await runService(config, 'usps', (o) => createApp(o))])
console.log(`USPS Business Portal (sandbox) listening on ${config.services.usps.publicUrl}`)
//# sourceMappingURL=main.js.map
