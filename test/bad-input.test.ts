import { runScenario, Step } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { countingSandbox } from './support/counting-store'
import { failuresOf, loadHappyPath } from './support/happy-path'

const BLANK = 'blank: '
const BLANK_EXPECT = { status: [400, 422] }

describe('bad input on every form of the happy path', () => {
  it('answers each form submitted blank with 4xx and an inline message, and writes nothing', async () => {
    const scenario = await loadHappyPath()
    // Before every form the path fills in, submit the same form empty.
    const steps: Step[] = scenario.steps.flatMap((step) =>
      step.kind === 'submit' && (step.fill || step.check || step.choose)
        ? [
            Step.parse({ name: `${BLANK}${step.name}`, submit: step.submit, expect: BLANK_EXPECT }),
            step,
          ]
        : [step],
    )
    const { sandbox, writes: total } = countingSandbox()
    const writesByStep = new Map<string, number>()
    const refusalsWithoutMessage: string[] = []
    let before = total()
    let lastPage = ''
    const fetch: typeof sandbox.fetch = async (input, init) => {
      const res = await sandbox.fetch(input, init)
      lastPage = await res.clone().text()
      return res
    }
    const result = await runScenario(
      { ...scenario, steps },
      { urls: sandbox.urls, fetch },
      {
        onStep: (step) => {
          writesByStep.set(step.name, total() - before)
          before = total()
          if (step.name.startsWith(BLANK) && !lastPage.includes('role="alert"')) {
            refusalsWithoutMessage.push(step.name)
          }
        },
      },
    )
    expect(failuresOf(result)).toEqual([])
    const blanks = [...writesByStep].filter(([name]) => name.startsWith(BLANK))
    expect(blanks.length).toBeGreaterThanOrEqual(15)
    expect(blanks.filter(([, writes]) => writes > 0)).toEqual([])
    expect(refusalsWithoutMessage).toEqual([])
    expect(result.steps.filter((s) => s.name.startsWith(BLANK) && !s.ok)).toEqual([])
    // The real submissions right after them do write: the counter would catch a change.
    expect(
      [...writesByStep].filter(([name, w]) => !name.startsWith(BLANK) && w > 0).length,
    ).toBeGreaterThan(10)
    await sandbox.close()
  })
})

describe('bad input on the Shipments and API key forms', () => {
  it('refuses a blank "Create label" form and a bogus revoke with 4xx, a message, and no write', async () => {
    const { sandbox, writes } = countingSandbox()
    const done = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(done)).toEqual([])
    const forms: [string, string][] = [
      ['/shipments/new', ''],
      ['/shipments/new', 'weightOz=-3&to_postal_code=ABCDE&from_state_province=Texas'],
      ['/shipments/se-1/label', 'rateId='],
      ['/settings/api-keys/key_nope/revoke', ''],
    ]
    for (const [path, body] of forms) {
      const before = writes('shipstation')
      const res = await done.client.send({
        method: 'POST',
        url: `${sandbox.urls.shipstation}${path}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body,
        follow: false,
      })
      expect(res.status, `${path} ${body}`).toBeGreaterThanOrEqual(400)
      expect(res.status, `${path} ${body}`).toBeLessThan(500)
      expect(res.body, path).toContain('role="alert"')
      expect(writes('shipstation') - before, path).toBe(0)
    }
    await sandbox.close()
  })
})
