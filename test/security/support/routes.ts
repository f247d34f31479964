import type { ServiceApps } from '@partner-sandbox/scenarios'
import type { ServiceName } from '@partner-sandbox/shared'

export interface RouteOf {
  service: ServiceName
  method: string
  /** With `:params` filled in, ready to request. */
  path: string
  pattern: string
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Every route the apps declare (from Hono's own table), middleware left out. */
export function routesOf(apps: ServiceApps, param = 'x1'): RouteOf[] {
  const routes: RouteOf[] = []
  for (const service of Object.keys(apps) as ServiceName[]) {
    const seen = new Set<string>()
    for (const route of apps[service].routes) {
      if (route.method === 'ALL' || route.path.includes('*')) continue
      const key = `${route.method} ${route.path}`
      if (seen.has(key)) continue
      seen.add(key)
      const path = route.path.replace(/:[A-Za-z_]+(\{[^}]*\})?/g, param)
      routes.push({ service, method: route.method, path, pattern: route.path })
    }
  }
  return routes
}

/** The routes a browser form (or a cross-site attacker's form) can post to. */
export function unsafeRoutesOf(apps: ServiceApps): RouteOf[] {
  return routesOf(apps).filter((r) => UNSAFE.has(r.method))
}
