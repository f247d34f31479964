import { SERVICE_NAMES, type ServiceName } from '@partner-sandbox/shared'
import { StepFailedError } from '../errors'
import type { RawStep } from '../scenario-schema'
import type { Exchange, ScenarioClient } from './client'
import { submitForm } from './fill-form'
import { collapse, linksOf } from './html'

const HTML_ACCEPT = { accept: 'text/html,application/xhtml+xml' }
const JSON_ACCEPT = { accept: 'application/json' }

/**
 * Performs a step's action (already interpolated) and returns the answer it ended with, or
 * undefined for steps that make no request. Browser steps (open, click, submit) follow redirects
 * and become the current tab's page; API steps (request, control, clock) leave the page as it was.
 * A step's `tab` switches tabs first (an `open` in a new name opens that tab).
 */
export async function performStep(
  step: RawStep,
  client: ScenarioClient,
): Promise<Exchange | undefined> {
  client.tenant = step.tenant ?? client.target.tenant
  if (step.tab) client.useTab(step.tab, step.kind === 'open')
  switch (step.kind) {
    case 'open':
      return visit(client, 'GET', client.resolve(step.open, step.service))
    case 'click': {
      const page = currentPage(client)
      const links = linksOf(page.body)
      const link =
        links.find((l) => l.text === collapse(step.click)) ??
        links.find((l) => l.text.toLowerCase() === collapse(step.click).toLowerCase())
      if (!link) {
        const known = links.map((l) => `"${l.text}"`).join(', ') || 'none'
        throw new StepFailedError(`no link "${step.click}" on ${page.url} (links: ${known})`)
      }
      const url = new URL(link.href, page.url).toString()
      // A target=_blank link opens a new tab (named by opensTab), which then has the focus.
      if (step.opensTab || link.target === '_blank') client.openTab(step.opensTab)
      return visit(client, 'GET', url)
    }
    case 'submit': {
      const page = currentPage(client)
      const form = submitForm(page.body, page.url, {
        button: step.submit,
        fill: step.fill,
        check: step.check,
        choose: step.choose,
      })
      return visit(client, form.method, form.url, form.body)
    }
    case 'request': {
      const [method = 'GET', target = '/'] = step.request.split(/ +/)
      const headers: Record<string, string> = { ...JSON_ACCEPT, ...step.headers }
      let body: string | URLSearchParams | undefined
      if (step.form) body = new URLSearchParams(step.form)
      else if (step.json !== undefined) {
        body = JSON.stringify(step.json)
        headers['content-type'] ??= 'application/json'
      }
      const url = client.resolve(target, step.service)
      return client.send({ method, url, headers, body, follow: step.follow })
    }
    case 'control': {
      const [method = 'GET', path = '/'] = step.control.split(/ +/)
      const url = client.resolve(
        `/__sandbox${path.startsWith('/') ? '' : '/'}${path}`,
        step.service,
      )
      return client.send(jsonCall(method, url, step.json))
    }
    case 'clock': {
      const { service, ...change } = step.clock
      // A tenant has one clock: any service moves it for all three, so `all` posts once.
      const name = service === 'all' ? 'shipstation' : service
      return client.send(jsonCall('POST', client.resolve('/__sandbox/clock', name), change))
    }
    case 'fault': {
      const { times, ...fault } = step.fault
      const body = { ...fault, ...(step.times ? { times: step.times } : times ? { times } : {}) }
      // A catalogue fault belongs to the service its name starts with; an edge fault to `service`.
      const service = 'name' in fault ? serviceOfFault(fault.name) : step.service
      return client.send(jsonCall('POST', client.resolve('/__sandbox/faults', service), body))
    }
    case 'clearCookies':
      if (step.clearCookies === 'all') client.jar.clear()
      else client.jar.clear(client.target.urls[step.clearCookies])
      return undefined
    case 'capture':
      return undefined
  }
}

async function visit(
  client: ScenarioClient,
  method: string,
  url: string,
  body?: URLSearchParams,
): Promise<Exchange> {
  client.page = await client.send({ method, url, body, headers: HTML_ACCEPT, follow: true })
  return client.page
}

function currentPage(client: ScenarioClient): Exchange {
  if (!client.page) throw new StepFailedError('no page is open yet: start with an "open" step')
  return client.page
}

function serviceOfFault(name: string): ServiceName {
  const prefix = name.split('.')[0]
  const known = SERVICE_NAMES as readonly string[]
  if (!known.includes(prefix ?? '')) throw new StepFailedError(`no service for the fault ${name}`)
  return prefix as ServiceName
}

function jsonCall(method: string, url: string, json: unknown) {
  const body = json === undefined ? undefined : JSON.stringify(json)
  const headers = { ...JSON_ACCEPT, ...(body ? { 'content-type': 'application/json' } : {}) }
  return { method, url, body, headers, follow: false }
}
