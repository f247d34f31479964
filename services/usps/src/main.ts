import { closeOnSignal, parseSandboxConfig, runService } from '@partner-sandbox/shared'
import { createApp } from './app'

const config = parseSandboxConfig(process.env)
closeOnSignal([await runService(config, 'usps', (o) => createApp(o))])
console.log(`USPS Business Portal (sandbox) listening on ${config.services.usps.publicUrl}`)
