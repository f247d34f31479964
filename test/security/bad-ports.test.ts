import { BAD_PORTS, parseSandboxConfig } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'

describe('ports fetch refuses', () => {
  it('refuses at start a port on the WHATWG bad-ports list, naming it and why', () => {
    for (const env of [
      { USPS_PORT: '6000' },
      { STAMPS_PORT: '10080' },
      { SHIPSTATION_PORT: '6667' },
    ]) {
      expect(() => parseSandboxConfig(env)).toThrow(/bad ports.*refuse to connect/s)
    }
    expect(() => parseSandboxConfig({ USPS_PORT: '6000' })).toThrow(/USPS_PORT: port 6000/)
  })

  it('accepts the default ports, any free port (0) and ordinary ones', () => {
    expect(parseSandboxConfig({}).services.usps.port).toBe(4200)
    expect(parseSandboxConfig({ USPS_PORT: '0' }).services.usps.port).toBe(0)
    expect(parseSandboxConfig({ USPS_PORT: '6001' }).services.usps.port).toBe(6001)
  })

  it('lists exactly the ports Node fetch refuses to connect to', async () => {
    await expect(fetch('http://127.0.0.1:6000/')).rejects.toThrow()
    const cause = await fetch('http://127.0.0.1:6000/').catch((e: Error) => e.cause as Error)
    expect(String(cause)).toMatch(/bad port/i)
    expect(BAD_PORTS.has(6000)).toBe(true)
    expect(BAD_PORTS.has(4200)).toBe(false)
  })
})
