import { createInProcessSandbox, sandboxHandlers } from '@partner-sandbox/scenarios'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, it } from 'vitest'

const sandbox = createInProcessSandbox()
const server = setupServer(...sandboxHandlers(sandbox))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(async () => {
  server.close()
  await sandbox.close()
})

it('reaches the USPS fake and its pages through msw', async () => {
  const health = await fetch(`${sandbox.urls.usps}/__sandbox/health`)
  expect(await health.json()).toEqual({ status: 'ok', service: 'usps' })
  const page = await fetch(`${sandbox.urls.usps}/login`, { headers: { accept: 'text/html' } })
  expect(await page.text()).toContain('Sign In')
})
