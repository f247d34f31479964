import type { JournalCount } from '../scenario-schema'
import type { ScenarioClient } from './client'

/**
 * Checks `journal:` expectations with each service's `GET /__sandbox/journal/count`, in the tenant
 * the step acted in. Returns what differed (empty when every count matched).
 *
 * @example
 * await journalFailures([{ service: 'usps', path: '/oauth2/v3/token', count: 1 }], client)
 */
export async function journalFailures(
  checks: readonly JournalCount[] | undefined,
  client: ScenarioClient,
): Promise<string[]> {
  const failures: string[] = []
  for (const check of checks ?? []) {
    const { service, count, ...filter } = check
    const query = new URLSearchParams(
      Object.entries(filter).map(([key, value]) => [key, String(value)]),
    )
    const url = client.resolve(`/__sandbox/journal/count?${query}`, service)
    const answer = await client.send({
      method: 'GET',
      url,
      headers: { accept: 'application/json' },
      follow: false,
    })
    const found = answer.status === 200 ? countOf(answer.body) : undefined
    const what = describe(check)
    if (found === undefined)
      failures.push(`the ${service} journal could not be read (${answer.status})`)
    else if (found !== count) failures.push(`${what}: ${found} in the journal, expected ${count}`)
  }
  return failures
}

function countOf(body: string): number | undefined {
  try {
    const count = (JSON.parse(body) as { count?: unknown }).count
    return typeof count === 'number' ? count : undefined
  } catch {
    return undefined
  }
}

function describe({ service, method, path, status, caller }: JournalCount): string {
  const parts = [`${service}`, method ?? 'any method', path]
  if (status !== undefined) parts.push(`answered ${status}`)
  if (caller) parts.push(`from ${caller}`)
  return `requests to ${parts.join(' ')}`
}
