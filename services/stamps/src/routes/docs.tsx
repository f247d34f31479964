import type { SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { type OperationSpec, stampsOpenApi } from '../lib/stamps-openapi'
import { DocsPage } from '../pages/docs-page'
import type { StampsRuntime } from '../runtime'

/** `/openapi.json` (OpenAPI 3.1) and `/docs`, its readable index. */
export function docsRoutes(runtime: StampsRuntime, operations: OperationSpec[]) {
  // Built once, on first ask: the document depends only on the routes and our own base URL, and
  // converting every zod schema costs each new app (one per in-process sandbox) about 9 ms.
  let document: ReturnType<typeof stampsOpenApi> | undefined
  return new Hono<SandboxEnv>()
    .get('/openapi.json', (c) => {
      document ??= stampsOpenApi(runtime.peers.stamps.baseUrl, operations)
      return c.json(document)
    })
    .get('/docs', (c) => c.html(<DocsPage operations={operations} />))
}
