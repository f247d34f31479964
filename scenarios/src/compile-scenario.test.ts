import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ScenarioFileError } from './errors'
import { loadScenario, parseScenario } from './load-scenario'

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'compile-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true })
    await writeFile(join(dir, name), text)
  }
  return dir
}

async function problemOf(file: string): Promise<ScenarioFileError> {
  try {
    await loadScenario(file)
  } catch (error) {
    if (error instanceof ScenarioFileError) return error
    throw error
  }
  throw new Error('expected the scenario to be refused')
}

describe('named actions', () => {
  it('expand to the guide pages steps, named after the action', () => {
    const scenario = parseScenario(`
name: Actions
steps:
  - register:
  - verifyEmail: { code: '\${wrong(emailCode)}' }
    expect: { status: 400, text: That code is not right }
  - name: Enter the numbers
    enterIdentifiers: { eps: '1234567890' }
`)
    expect(scenario.steps.map((s) => `${s.kind}: ${s.name}`)).toEqual([
      'open: Register on ShipStation › Open the ShipStation registration page',
      'submit: Register on ShipStation › Register with the promo code',
      'capture: Verify the email › Read the code in the ShipStation email',
      'submit: Verify the email › Verify the email with the code',
      'submit: Enter the numbers',
    ])
    const verify = scenario.steps[3]
    // The author's expectation replaces the action's own; the code parameter fills the field.
    expect(verify?.kind === 'submit' && verify.fill).toEqual({
      'Email verification code': `\${wrong(emailCode)}`,
    })
    expect(verify?.expect).toEqual({ status: 400, text: ['That code is not right'] })
    const enter = scenario.steps[4]
    expect(enter?.kind === 'submit' && enter.fill).toMatchObject({ 'EPS Number': '1234567890' })
  })

  it('sets the customer variables an action is given for the steps after it', () => {
    const scenario = parseScenario(`
name: Persona
steps:
  - register: { email: bob@example.com, promoCode: OTHER }
`)
    expect(scenario.steps[0]?.assign).toEqual({ email: 'bob@example.com', promoCode: 'OTHER' })
  })

  it('refuses an unknown parameter or value, naming the field', () => {
    expect(() => parseScenario('name: X\nsteps:\n  - addEpa: { method: cheque }\n')).toThrow(
      'steps.0.addEpa.method',
    )
    expect(() => parseScenario('name: X\nsteps:\n  - register: { emial: a@b.c }\n')).toThrow(
      'emial',
    )
  })
})

describe('use: includes', () => {
  it('runs the steps of a file relative to the including one, with its parameters', async () => {
    const dir = await folderWith({
      'library/common/sign-up.yaml': `name: Sign up
variables: { plan: basic }
steps:
  - { name: Open, service: usps, open: '/signup?plan=\${plan}' }
  - use: nested.yaml
`,
      'library/common/nested.yaml': 'steps:\n  - { name: Deeper, service: usps, open: /deeper }\n',
      'library/main.yaml': `name: Main
steps:
  - use: common/sign-up.yaml
    with: { email: ada@example.com }
  - name: After
    service: usps
    open: /after
`,
    })
    const scenario = await loadScenario(join(dir, 'library/main.yaml'))
    expect(scenario.steps.map((s) => s.name)).toEqual([
      'Sign up › Open',
      'Sign up › nested.yaml › Deeper',
      'After',
    ])
    expect(scenario.steps[0]?.assign).toEqual({ email: 'ada@example.com' })
    expect(scenario.steps[0]?.defaults).toEqual({ plan: 'basic' })
  })

  it('refuses a cycle and names the chain', async () => {
    const dir = await folderWith({
      'a.yaml': 'name: A\nsteps:\n  - use: b.yaml\n',
      'b.yaml': 'steps:\n  - use: a.yaml\n',
    })
    const error = await problemOf(join(dir, 'a.yaml'))
    expect(error.fieldErrors[0]?.field).toBe('steps.0(b.yaml).steps.0.use')
    expect(error.message).toMatch(/a\.yaml includes itself \(.*a\.yaml -> .*b\.yaml -> .*a\.yaml\)/)
  })

  it('names the file and field of a missing or invalid steps file', async () => {
    const dir = await folderWith({
      'a.yaml': 'name: A\nsteps:\n  - use: missing.yaml\n',
      'b.yaml': 'name: B\nsteps:\n  - use: bad.yaml\n',
      'bad.yaml': 'steps:\n  - { name: Open, open: /x }\n',
    })
    expect((await problemOf(join(dir, 'a.yaml'))).message).toContain('steps.0.use: cannot read')
    const bad = await problemOf(join(dir, 'b.yaml'))
    expect(bad.message).toContain(
      'bad.yaml is not a valid steps file: steps.0.service: Name the service for /x.',
    )
  })
})

describe('tenant:', () => {
  it('applies to every step of an action and of an include that names none of its own', async () => {
    const dir = await folderWith({
      'common/two.yaml': `name: Two
steps:
  - { name: Own tenant, tenant: elsewhere, service: usps, open: /a }
  - { name: Inherited, service: usps, open: /b }
`,
      'main.yaml': `name: Main
steps:
  - repReject: { reason: Not on the contract }
    tenant: trainee-1
  - use: common/two.yaml
    tenant: trainee-2
  - { name: The scenario's, service: usps, open: /c }
`,
    })
    const scenario = await loadScenario(join(dir, 'main.yaml'))
    expect(scenario.steps.map((s) => `${s.name}: ${s.tenant ?? '-'}`)).toEqual([
      "The USPS representative rejects the link › Find the pending NSA link at the representative's desk: trainee-1",
      'The USPS representative rejects the link › The USPS sales representative rejects it: trainee-1',
      'Two › Own tenant: elsewhere',
      'Two › Inherited: trainee-2',
      "The scenario's: -",
    ])
  })
})
