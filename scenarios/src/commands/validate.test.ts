import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateCommand } from './validate'

async function validate(paths: string[]) {
  const lines: string[] = []
  const code = await validateCommand(paths, { print: (l) => lines.push(...l.split('\n')) })
  return { code, text: lines.join('\n'), last: lines.at(-1) }
}

describe('validateCommand', () => {
  it('accepts valid files, actions and includes without running them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'validate-'))
    await mkdir(join(dir, 'common'))
    await writeFile(
      join(dir, 'common/up.yaml'),
      'steps:\n  - { name: Up, service: usps, open: /x }\n',
    )
    await writeFile(
      join(dir, 'a.yaml'),
      'name: A\nsteps:\n  - use: common/up.yaml\n  - register: { email: a@b.c }\n  - verifyEmail:\n',
    )
    const { code, text, last } = await validate([dir])
    expect(text).toContain(`✓ ${join(dir, 'a.yaml')}: A (5 steps)`)
    expect(last).toBe('1 valid, 0 invalid')
    expect(code).toBe(0)
  })

  it('exits 1 naming the file and the field of each problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'validate-'))
    await writeFile(
      join(dir, 'ok.yaml'),
      'name: Ok\nsteps:\n  - { name: Up, service: usps, open: / }\n',
    )
    await writeFile(
      join(dir, 'bad.yaml'),
      'name: Bad\nsteps:\n  - addEpa: { method: cheque }\n  - name: Where\n    service: usps\n    open: /\n    expect: { within: { popup: X } }\n',
    )
    const { code, text, last } = await validate([dir])
    expect(text).toContain(`${join(dir, 'bad.yaml')} is not a valid scenario:`)
    expect(text).toContain('steps.0.addEpa.method')
    expect(text).toContain('steps.1.expect.within')
    expect(last).toBe('1 valid, 1 invalid')
    expect(code).toBe(1)
  })
})
