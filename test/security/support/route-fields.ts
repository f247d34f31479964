import type { InProcessSandbox, ScenarioResult } from '@partner-sandbox/scenarios'
import type { RouteOf } from './routes'

/**
 * The field names each route reads, learnt the way an attacker would: the `name`s of the inputs
 * in the forms that post to it (from the pages the happy path saw) and the fields its validation
 * errors name when sent an empty body as the signed-in customer.
 */
export async function routeFields(
  sandbox: InProcessSandbox,
  done: ScenarioResult,
  routes: RouteOf[],
  pages: string[],
): Promise<Map<RouteOf, string[]>> {
  const byAction = new Map<string, Set<string>>()
  for (const html of pages) {
    for (const form of html.matchAll(/<form[^>]*action="([^"]+)"[^>]*>(.*?)<\/form>/gs)) {
      const action = (form[1] ?? '').split('?')[0] ?? ''
      const names = byAction.get(action) ?? new Set<string>()
      for (const input of (form[2] ?? '').matchAll(/name="([^"]+)"/g)) names.add(input[1] ?? '')
      byAction.set(action, names)
    }
  }
  const fields = new Map<RouteOf, string[]>()
  for (const route of routes) {
    const names = new Set<string>()
    const pattern = new RegExp(`^${route.pattern.replace(/:[A-Za-z_]+/g, '[^/]+')}$`)
    for (const [action, found] of byAction)
      if (pattern.test(action)) for (const n of found) names.add(n)
    if (route.method !== 'GET') {
      const url = `${sandbox.urls[route.service]}${route.path}`
      const res = await sandbox.apps[route.service].request(url, {
        method: route.method,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          cookie: done.client.jar.headerFor(url) ?? '',
        },
        body: '{}',
      })
      for (const m of (await res.text()).matchAll(/"field":"([^".]+)/g)) names.add(m[1] ?? '')
    }
    names.delete('')
    fields.set(route, [...names])
  }
  return fields
}
