import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { SandboxError } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'

// The one shape of a service (docs/decisions/0002-service-layout.md): the same folders, files and
// entry-point names in all three, so a reader who knows one service knows where to look in another.
const services = [
  { dir: 'usps', prefix: 'Usps' },
  { dir: 'stamps', prefix: 'Stamps' },
  { dir: 'shipstation', prefix: 'ShipStation' },
] as const

const FOLDERS = ['clients', 'domain', 'lib', 'pages', 'routes', 'testing']
const FILES = [
  'app.ts',
  'errors.ts',
  'index.ts',
  'main.ts',
  'runtime.ts',
  'domain/context.ts',
  'lib/session.ts',
]

describe.each(services)('services/$dir layout', ({ dir, prefix }) => {
  const src = fileURLToPath(new URL(`../../services/${dir}/src/`, import.meta.url))

  it('has exactly the shared top-level folders in src/', () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
    expect(folders).toEqual(FOLDERS)
  })

  it('has the shared files', () => {
    expect(FILES.filter((file) => !existsSync(`${src}${file}`))).toEqual([])
  })

  it('exports explicit names from src/index.ts', () => {
    const index = readFileSync(`${src}index.ts`, 'utf8')
    expect(index).not.toMatch(/export\s*\*/)
    // Types leave nothing at run time: their names must at least be exported by the entry point.
    expect(index).toMatch(new RegExp(`\\b${prefix}AppOptions\\b`))
    expect(index).toMatch(new RegExp(`\\b${prefix}ErrorCode\\b`))
  })

  it('exports createApp, ERROR_CODES, SESSION_COOKIE and its SandboxError family', async () => {
    const entry = (await import(`${src}index.ts`)) as Record<string, unknown>
    expect(entry.createApp).toBeTypeOf('function')
    expect(entry.SESSION_COOKIE).toBeTypeOf('string')

    const codes = entry.ERROR_CODES
    expect(Array.isArray(codes) && codes.length > 0).toBe(true)
    expect((codes as unknown[]).every((code) => typeof code === 'string')).toBe(true)

    const ServiceError = entry[`${prefix}Error`]
    expect(ServiceError).toBeTypeOf('function')
    expect((ServiceError as { prototype: unknown }).prototype).toBeInstanceOf(SandboxError)
  })
})
