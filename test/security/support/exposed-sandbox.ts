import {
  createServiceApp,
  type InProcessSandbox,
  type ServiceApps,
} from '@partner-sandbox/scenarios'
import { SERVICE_NAMES } from '@partner-sandbox/shared'

/** The trainer's secret in these tests (SANDBOX_ADMIN_TOKEN). */
export const ADMIN_TOKEN = 'trainer-secret-0123456789abcdef'

/**
 * The same three services on the same stores as `sandbox`, built as `npm start` builds them on a
 * shared server (with the admin token): the open sandbox sets the scene, these get attacked.
 */
export function exposedApps(sandbox: InProcessSandbox, adminToken = ADMIN_TOKEN): ServiceApps {
  const app = <N extends keyof ServiceApps>(name: N) =>
    createServiceApp(name, { store: sandbox.stores[name], peers: sandbox.peers, adminToken })
  return Object.fromEntries(
    SERVICE_NAMES.map((name) => [name, app(name)]),
  ) as unknown as ServiceApps
}

/** A browser's form post from `origin` (the page the form was on). */
export function formFrom(origin: string, fields: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html',
      origin,
      'sec-fetch-site': 'cross-site',
    },
    body: new URLSearchParams(fields).toString(),
  }
}
