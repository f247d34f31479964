import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { REPORT_FILES, runCommand } from '@partner-sandbox/scenarios'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium'

const HAPPY = fileURLToPath(
  new URL('../../scenarios/library/happy-path-card.yaml', import.meta.url),
)
const BROKEN = `name: Registration page expected wrong
steps:
  - name: Open the registration page
    service: shipstation
    open: /register
    expect: { text: A heading nobody wrote }
`

let dir: string
let browser: Browser
let page: Page
let printed: string[]

// One run, as `partner-sandbox run <files> --reporter html --output DIR` makes it, then the file
// opened the way a QA engineer opens it: straight from disk, no server.
beforeAll(async () => {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM)
  dir = await mkdtemp(join(tmpdir(), 'report-browser-'))
  await writeFile(join(dir, 'broken.yaml'), BROKEN)
  printed = []
  const code = await runCommand([HAPPY, join(dir, 'broken.yaml')], {
    target: 'in-process',
    reporters: ['html'],
    output: join(dir, 'reports'),
    print: (line) => printed.push(line),
  })
  expect(code).toBe(1)
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  page = await browser.newPage()
  await page.goto(pathToFileURL(join(dir, 'reports', REPORT_FILES.html)).href)
})

afterAll(async () => {
  await browser?.close()
  await rm(dir, { recursive: true, force: true })
})

const section = (name: RegExp) =>
  page.locator('section.scenario').filter({ has: page.getByRole('heading', { name }) })

describe('the HTML report in a browser', () => {
  it('shows the totals and, per scenario, a sequence diagram of the hops', async () => {
    expect(printed).toContain(`report: ${join(dir, 'reports', REPORT_FILES.html)}`)
    await expect
      .poll(() => page.locator('p.totals').textContent())
      .toMatch(/1 scenario passed, 1 failed/)
    const happy = section(/credit card, actions/)
    const diagram = happy.getByRole('img', { name: /Sequence diagram of \d+ requests/ })
    expect(await diagram.isVisible()).toBe(true)
    for (const lane of ['Browser', 'ShipStation', 'Stamps.com', 'USPS'])
      expect(await diagram.locator('g.party text', { hasText: lane }).isVisible()).toBe(true)
    // The hop where Stamps.com redeems the USPS code happens server-side: only the diagram shows it.
    const redeem = diagram.locator('g.hop[data-from="stamps"][data-to="usps"]', {
      hasText: 'POST /oauth2/v3/token 200',
    })
    expect(await redeem.count()).toBeGreaterThan(0)
    const box = await redeem.first().boundingBox()
    expect(box?.width).toBeGreaterThan(100)
  })

  it('shows the decoded JWT claims carried on the redirects and the outbox messages', async () => {
    const happy = section(/credit card, actions/)
    const claims = happy.locator('table.tokens pre.claims').first()
    expect(await claims.isVisible()).toBe(true)
    const decoded = JSON.parse((await claims.textContent()) ?? '{}')
    expect(decoded.claims).toHaveProperty('iss')
    expect(decoded.header).toHaveProperty('alg')
    const outbox = happy.locator('table.outbox')
    expect(await outbox.getByText('Verify your email for ShipStation').isVisible()).toBe(true)
  })

  it("shows the failing step and, opened, that step's page as it was", async () => {
    const broken = section(/Registration page expected wrong/)
    expect(
      await broken.getByRole('heading', { name: 'Failed: Open the registration page' }).isVisible(),
    ).toBe(true)
    expect(
      await broken.getByText('missing text "A heading nobody wrote"').first().isVisible(),
    ).toBe(true)
    await broken.locator('details.page > summary').click()
    const frame = broken.frameLocator('iframe[title="page of Open the registration page"]')
    await frame.getByRole('heading', { name: 'Create your ShipStation account' }).waitFor()
    await page.screenshot({
      path: fileURLToPath(new URL('./artifacts/scenario-report.png', import.meta.url)),
      fullPage: true,
    })
  })
})
