import { closeOnSignal, parseSandboxConfig, runService } from '@partner-sandbox/shared'
import { createApp } from './app'

const config = parseSandboxConfig(process.env)
const running = await runService(config, 'shipstation', (o) => createApp(o))
closeOnSignal([running])
console.log(
  `ShipStation sandbox listening on ${running.url} (public URL ${config.services.shipstation.publicUrl})`,
)
