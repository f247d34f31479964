import { StepFailedError } from '../errors'
import type { Given } from '../scenario-schema'
import type { Exchange, ScenarioClient } from './client'
import { describeExchange, jsonOf } from './describe'

/** One part of `given:`, run before the first step and reported as a step of its own. */
export interface GivenStep {
  name: string
  /** Makes the fixture and sets its variables; throws StepFailedError when refused. */
  run(client: ScenarioClient, variables: Record<string, string>): Promise<Exchange>
}

const JSON_HEADERS = { accept: 'application/json', 'content-type': 'application/json' }

/**
 * The steps `given:` stands for, in the order that lets each build on the last: the snapshot
 * (a whole world) first, then the USPS account, then the ShipStation account, which ends signed in
 * in the scenario's browser. Each answer becomes `given.<part>.<field>` variables.
 *
 * @example
 * for (const step of givenSteps({ usps: { state: 'epa-active' } })) await step.run(client, variables)
 */
export function givenSteps(given: Given): GivenStep[] {
  const steps: GivenStep[] = []
  const { snapshot, usps, shipstation } = given
  if (snapshot) {
    steps.push({
      name: `Given snapshot ${snapshot.name} of tenant ${snapshot.from}, forked into this tenant`,
      async run(client, variables) {
        const into = client.target.tenant ?? 'default'
        const path = `/__sandbox/snapshots/${encodeURIComponent(snapshot.name)}/fork`
        // The fork is asked of the tenant that holds the snapshot.
        client.tenant = snapshot.from
        try {
          const answer = await postJson(client, 'usps', path, { tenant: into })
          set(variables, 'given.snapshot', { name: snapshot.name, from: snapshot.from })
          return answer
        } finally {
          client.tenant = client.target.tenant
        }
      },
    })
  }
  if (usps) {
    steps.push({
      name: `Given a USPS business account at ${usps.state}`,
      async run(client, variables) {
        // The persona's own e-mail, username and password, so the actions sign in as usual.
        const body = {
          ...usps,
          email: variables.email,
          username: variables.uspsUsername,
          password: variables.password,
        }
        const answer = await postJson(client, 'usps', '/__sandbox/fixtures/usps-accounts', body)
        const fixture = jsonOf(answer) as Record<string, unknown>
        set(variables, 'given.usps', fixture)
        // What createUspsAccount and addEpa would have captured.
        for (const name of ['crid', 'mid', 'eps', 'linkId'] as const) {
          if (typeof fixture[name] === 'string') variables[name] = fixture[name]
        }
        return answer
      },
    })
  }
  if (shipstation) {
    steps.push({
      name: `Given a ShipStation account at ${shipstation}, signed in`,
      async run(client, variables) {
        const answer = await postJson(
          client,
          'shipstation',
          '/__sandbox/fixtures/shipstation-accounts',
          {
            state: shipstation,
          },
        )
        const fixture = jsonOf(answer) as Record<string, unknown>
        set(variables, 'given.shipstation', fixture)
        if (typeof fixture.apiKey === 'string') variables.apiKey = fixture.apiKey
        const login = client.resolve('/login', 'shipstation')
        const form = new URLSearchParams({
          email: String(fixture.email),
          password: String(fixture.password),
        })
        const page = await client.send({
          method: 'POST',
          url: login,
          body: form,
          headers: { accept: 'text/html' },
          follow: true,
        })
        client.page = page
        if (page.status >= 400 || new URL(page.url).pathname === '/login') {
          throw new StepFailedError(
            `the fixture account could not sign in (${describeExchange(page)})`,
          )
        }
        return page
      },
    })
  }
  return steps
}

async function postJson(
  client: ScenarioClient,
  service: 'shipstation' | 'usps',
  path: string,
  body: unknown,
): Promise<Exchange> {
  const answer = await client.send({
    method: 'POST',
    url: client.resolve(path, service),
    headers: JSON_HEADERS,
    body: JSON.stringify(body),
    follow: false,
  })
  if (answer.status !== 200 && answer.status !== 201) {
    throw new StepFailedError(`${service} refused: ${describeExchange(answer)}`)
  }
  return answer
}

/** `prefix.key` for every field; lists and objects inside as `prefix.key.0`, `prefix.key.name`. */
function set(variables: Record<string, string>, prefix: string, value: unknown): void {
  if (value === null || value === undefined) return
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) set(variables, `${prefix}.${key}`, inner)
    return
  }
  variables[prefix] = String(value)
}
