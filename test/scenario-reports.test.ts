import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  renderHtmlReport,
  renderJunitReport,
  runFiles,
  type ScenarioRun,
} from '@partner-sandbox/scenarios'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parse as parseTestResults } from 'test-results-parser'
import { beforeAll, describe, expect, it } from 'vitest'

const HAPPY = fileURLToPath(new URL('../scenarios/library/happy-path-card.yaml', import.meta.url))

let runs: ScenarioRun[]
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reports-'))
  const broken = join(dir, 'broken.yaml')
  await writeFile(
    broken,
    `name: Broken <on purpose> & "quoted"
tags: [broken]
steps:
  - name: Open the registration page
    service: shipstation
    open: /register
    expect: { text: A heading nobody wrote }
  - name: Never reached
    service: shipstation
    open: /register
`,
  )
  const invalid = join(dir, 'invalid.yaml')
  await writeFile(invalid, 'name: Invalid\nsteps: []\n')
  runs = await runFiles([HAPPY, broken, invalid], { concurrency: 3 })
})

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

describe('JUnit report', () => {
  it('is well-formed XML with the structure CI systems read', () => {
    const xml = renderJunitReport(runs)
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = parser.parse(xml)
    const suites = doc.testsuites
    expect(suites['@tests']).toBe('3')
    expect(suites['@failures']).toBe('1')
    expect(suites['@errors']).toBe('1')
    expect(Number(suites['@time'])).toBeGreaterThan(0)
    const suite = suites.testsuite
    expect(suite['@name']).toBe('partner-sandbox scenarios')
    expect(suite['@tests']).toBe('3')
    expect(suite['@failures']).toBe('1')
    expect(Number.isNaN(Number(suite['@time']))).toBe(false)
    const cases = suite.testcase as Record<string, unknown>[]
    expect(cases.map((c) => c['@name'])).toEqual([
      'New NSA customer links USPS to ShipStation (credit card, actions)',
      'Broken <on purpose> & "quoted"',
      expect.stringContaining('invalid.yaml'),
    ])
    for (const c of cases) expect(Number(c['@time'])).toBeGreaterThanOrEqual(0)
  })

  it('puts the steps in system-out and the failed step in failure', () => {
    const doc = parser.parse(renderJunitReport(runs))
    const [happy, broken, invalid] = doc.testsuites.testsuite.testcase
    expect(happy.failure).toBeUndefined()
    expect(happy['system-out']).toContain('✓ ShipStation account ready › Register on ShipStation')
    expect(broken.failure['@message']).toContain(
      'Open the registration page: missing text "A heading nobody wrote"',
    )
    expect(broken.failure['#text']).toContain(
      'request:  GET http://shipstation.sandbox.test/register',
    )
    expect(broken['system-out']).toContain('- Never reached (not run)')
    expect(invalid.error['@message']).toContain('is not a valid scenario')
    expect(invalid.error['#text']).toContain('steps: A scenario needs at least one step.')
  })
})

describe('JUnit report read by a JUnit library', () => {
  // test-results-parser is what CI dashboards (testbeats) read JUnit files with: it reads our
  // file as a CI system would, telling a <failure> (the scenario failed) from an <error> (it could not run).
  it('gives the totals, one case per scenario and the failure message', async () => {
    const file = join(dir, 'junit.xml')
    await writeFile(file, renderJunitReport(runs))
    const result = parseTestResults({ type: 'junit', files: [file] })
    expect(result).toMatchObject({ total: 3, passed: 1, failed: 1, errors: 1, status: 'FAIL' })
    const [suite] = result.suites
    expect(suite?.name).toBe('partner-sandbox scenarios')
    expect(suite?.cases.map((c) => c.status)).toEqual(['PASS', 'FAIL', 'FAIL'])
    expect(suite?.cases[1]?.failure).toContain('missing text "A heading nobody wrote"')
    expect(suite?.cases[2]?.failure).toContain('is not a valid scenario')
  })
})

describe('HTML report', () => {
  let html: string
  beforeAll(async () => {
    html = await renderHtmlReport(runs)
  })

  it('draws a sequence diagram of the hops between the browser and the three services', () => {
    const happy = runs[0]!
    const section = html.slice(
      html.indexOf('data-scenario="New NSA'),
      html.indexOf('data-scenario="Broken'),
    )
    expect(section).toContain('<svg class="sequence"')
    for (const party of ['Browser', 'ShipStation', 'Stamps.com', 'USPS'])
      expect(section).toContain(`>${party}</text>`)
    const arrows = section.match(/<g class="hop"/g) ?? []
    expect(arrows.length).toBe(happy.hops.filter((h) => h.to).length)
    // In-process, the services' own calls are hops too: Stamps.com redeems the code at USPS.
    expect(section).toContain('data-from="stamps" data-to="usps"')
    expect(happy.hops.some((h) => h.from === 'stamps' && h.url.endsWith('/oauth2/v3/token'))).toBe(
      true,
    )
  })

  it('shows decoded JWT claims carried on redirects, the outbox messages and step timings', () => {
    const happy = runs[0]!
    const token = happy.hops.flatMap((h) => h.carried ?? []).find((c) => c.jwt)
    expect(token?.jwt?.claims).toHaveProperty('iss')
    expect(html).toContain(`<code>${token!.param}</code>`)
    expect(html).toContain('&quot;iss&quot;')
    expect(happy.hops.flatMap((h) => h.carried ?? []).some((c) => c.param === 'code')).toBe(true)
    expect(html).toContain('Verify your email for ShipStation')
    expect(html).toMatch(/<tr class="ok" data-status="passed"><td>1<\/td><td>✓<\/td>/)
  })

  it('keeps the failing step page as it was, escaped, with no external script or style', () => {
    expect(html).toContain('Failed: Open the registration page')
    expect(html).toMatch(
      /<iframe title="page of Open the registration page" sandbox="" srcdoc="&lt;html lang=&quot;en&quot;&gt;/,
    )
    expect(html).toContain('Broken &lt;on purpose&gt; &amp; &quot;quoted&quot;')
    expect(html).not.toMatch(/<script|<link |src="https?:/i)
  })
})
