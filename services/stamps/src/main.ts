import { closeOnSignal, parseSandboxConfig, runService } from '@partner-sandbox/shared'
import { createApp } from './app'

const config = parseSandboxConfig(process.env)
const running = await runService(config, 'stamps', (options) => createApp(options))
closeOnSignal([running])
console.log(
  `Stamps.com COP sandbox listening on ${running.url} (public ${config.services.stamps.publicUrl})`,
)
