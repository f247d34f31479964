import { CONTROL_OPERATIONS, Page } from '@partner-sandbox/shared'
import type { FC } from 'hono/jsx'
import type { OperationSpec } from '../lib/stamps-openapi'

/**
 * A readable index of the OpenAPI document, served locally (no CDN, no script): each operation
 * with its method, path and summary, grouped by tag; the schemas are in /openapi.json.
 */
export const DocsPage: FC<{ operations: OperationSpec[] }> = ({ operations }) => {
  const tags = [...new Set(operations.map((o) => o.tag))]
  return (
    <Page service="stamps" title="API documentation" nav={<a href="/openapi.json">openapi.json</a>}>
      <div class="card">
        <h1>Stamps.com sandbox API</h1>
        <p>
          Every JSON route of this fake, with request and answer schemas in the{' '}
          <a href="/openapi.json">OpenAPI 3.1 document</a>. Errors are RFC 9457 problem details (
          <code>application/problem+json</code>) with a stable <code>code</code>. Send{' '}
          <code>X-Sandbox-Tenant</code> to work in your own tenant.
        </p>
      </div>
      {tags.map((tag) => (
        <section class="card" aria-label={tag}>
          <h2>{tag}</h2>
          <dl class="facts">
            {operations
              .filter((o) => o.tag === tag)
              .map((o) => (
                <>
                  <dt>
                    <code>
                      {o.method.toUpperCase()} {o.path}
                    </code>
                  </dt>
                  <dd>
                    {o.summary}
                    {o.session ? ' (needs the session)' : ''}
                  </dd>
                </>
              ))}
          </dl>
        </section>
      ))}
      <ControlApi />
    </Page>
  )
}

/** The control API every service shares, from the same list as the document. */
const ControlApi: FC = () => (
  <section class="card" aria-label="Control API">
    <h2>Control API (sandbox only)</h2>
    <p>
      The same on every service: clock, events, journal, faults, snapshots, reset. A catalogue fault
      of another service may be installed here; it is passed on to that service.
    </p>
    <dl class="facts">
      {CONTROL_OPERATIONS.map((o) => (
        <>
          <dt>
            <code>
              {o.method.toUpperCase()} {o.path.replace(/:([A-Za-z]+)/g, '{$1}')}
            </code>
          </dt>
          <dd>{o.summary}</dd>
        </>
      ))}
    </dl>
  </section>
)
