// src/main.ts
import { closeOnSignal, parseSandboxConfig, runService } from '@partner-sandbox/shared'
import { createApp } from './chunk-JAVRXURL.js'

var config = parseSandboxConfig(process.env)
var running = await runService(config, 'shipstation', (o) => createApp(o))
closeOnSignal([running])
console.log(
  `ShipStation sandbox listening on ${running.url} (public URL ${config.services.shipstation.publicUrl})`,
)
//# sourceMappingURL=main.js.map
