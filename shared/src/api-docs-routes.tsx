import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Hono } from 'hono'
import type { SandboxEnv } from './app-env'
import { NotFoundError } from './errors'
import type { OpenApiDocument } from './openapi'
import type { ServiceName } from './peer'
import { DOCS_PATH } from './security-headers'

/** Swagger UI's files this page serves, from the swagger-ui-dist package (never a CDN). */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
}
// A file of its own rather than an inline script, so a strict Content-Security-Policy allows it.
const INIT_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true })
})
`

const require = createRequire(import.meta.url)
let assetDir: string | undefined
function swaggerUiDir(): string {
  assetDir ??= dirname(require.resolve('swagger-ui-dist/package.json'))
  return assetDir
}

const cache = new Map<string, string>()
async function asset(name: string): Promise<string> {
  const cached = cache.get(name)
  if (cached !== undefined) return cached
  const text = await readFile(join(swaggerUiDir(), name), 'utf8')
  cache.set(name, text)
  return text
}

type Operation = { summary?: string; responses?: Record<string, { description?: string }> }

/**
 * Swagger UI over the document, and the same operations written out below it, so the page still
 * reads where scripts are blocked.
 */
const DocsPage = ({
  options,
  document,
}: {
  options: ApiDocsOptions
  document: OpenApiDocument
}) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${options.title} | API docs (sandbox)`}</title>
      <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
    </head>
    <body>
      <p style="font:14px system-ui;margin:8px 16px">
        Partner Sandbox, {options.service}: <a href="/">home</a> ·{' '}
        <a href="/openapi.json">openapi.json</a>
      </p>
      <div id="swagger-ui" />
      <section id="operations" style="font:14px system-ui;margin:16px">
        <h2>Operations</h2>
        {Object.entries(document.paths).map(([path, item]) =>
          Object.entries(item as Record<string, Operation>).map(([method, op]) => (
            <details>
              <summary>
                <code>{`${method.toUpperCase()} ${path}`}</code> {op.summary}
              </summary>
              <ul>
                {Object.entries(op.responses ?? {}).map(([status, r]) => (
                  <li>{`${status}: ${r.description ?? ''}`}</li>
                ))}
              </ul>
            </details>
          )),
        )}
      </section>
      <script src="/docs/assets/swagger-ui-bundle.js" />
      <script src="/docs/assets/swagger-init.js" />
    </body>
  </html>
)

export interface ApiDocsOptions {
  service: ServiceName
  title: string
  /** Built once, on the first request. */
  document: () => OpenApiDocument
}

/**
 * `GET /openapi.json` (the service's OpenAPI 3.1 document) and `GET /docs` (Swagger UI over it,
 * served from the local swagger-ui-dist package).
 *
 * @example
 * app.route('/', apiDocsRoutes({ service: 'usps', title: 'USPS APIs', document: () => doc }))
 */
export function apiDocsRoutes(options: ApiDocsOptions) {
  let document: OpenApiDocument | undefined
  return new Hono<SandboxEnv>()
    .get('/openapi.json', (c) => {
      document ??= options.document()
      return c.json(document)
    })
    .get(DOCS_PATH, (c) => {
      document ??= options.document()
      // Its CSP allows scripts of this origin (securityHeaders, DOCS_PATH): Swagger UI's files.
      return c.html(<DocsPage options={options} document={document} />)
    })
    .get('/docs/assets/:file', async (c) => {
      const file = c.req.param('file')
      if (file === 'swagger-init.js') {
        return c.body(INIT_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' })
      }
      // Own keys only: `constructor` or `__proto__` must not reach the file system.
      const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined
      if (!type) throw new NotFoundError(`No docs asset ${file}.`)
      return c.body(await asset(file), 200, {
        'content-type': type,
        'cache-control': 'public, max-age=3600',
      })
    })
}
