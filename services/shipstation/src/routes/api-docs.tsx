import { Page, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { openApiDocument } from '../lib/openapi-document'

type Paths = Record<
  string,
  Record<string, { summary: string; responses: Record<string, { description: string }> }>
>

/** `GET /openapi.json` and a readable `/docs` page made from it. */
export function apiDocsRoutes() {
  return new Hono<SandboxEnv>()
    .get('/openapi.json', (c) => c.json(openApiDocument()))
    .get('/docs', (c) =>
      c.html(
        <Page service="shipstation" title="API docs" nav={<a href="/openapi.json">openapi.json</a>}>
          <div class="card">
            <h1>ShipStation API v2 (sandbox)</h1>
            <p>{openApiDocument().info.description}</p>
            <p>
              Send <code>API-Key: &lt;key&gt;</code> (create one at{' '}
              <a href="/settings/api-keys">Settings &gt; API Keys</a>). The machine-readable
              document is <a href="/openapi.json">/openapi.json</a>.
            </p>
          </div>
          {Object.entries(openApiDocument().paths as Paths).map(([path, operations]) => (
            <div class="card">
              {Object.entries(operations).map(([method, op]) => (
                <section>
                  <h2>
                    <code>
                      {method.toUpperCase()} {path}
                    </code>
                  </h2>
                  <p>{op.summary}</p>
                  <ul>
                    {Object.entries(op.responses).map(([status, r]) => (
                      <li>
                        {status}: {r.description}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          ))}
        </Page>,
      ),
    )
}
