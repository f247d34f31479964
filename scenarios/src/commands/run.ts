import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseSandboxConfig, SERVICE_NAMES, type ServiceName } from '@partner-sandbox/shared'
import { formatRun, formatSummary, formatTotals } from '../report'
import { renderHtmlReport } from '../reporters/html-report'
import { renderJsonReport } from '../reporters/json-report'
import { renderJunitReport } from '../reporters/junit-report'
import { runFiles } from '../run-files'
import type { ScenarioTarget } from '../runner/client'
import { type ScenarioRun, totalsOf } from '../scenario-run'
import type { ReporterName } from './reporter-names'

/** The file each file reporter writes in --output. */
export const REPORT_FILES: Record<Exclude<ReporterName, 'pretty'>, string> = {
  json: 'results.json',
  junit: 'junit.xml',
  html: 'report.html',
}

export interface RunCommandOptions {
  target: 'in-process' | 'http'
  /** Overrides of the URLs read from the environment, for --target http. */
  baseUrls?: Partial<Record<ServiceName, string>>
  env?: Record<string, string | undefined>
  print?: (line: string) => void
  /** Scenarios at once; default the machine's CPUs. */
  concurrency?: number
  /** Only scenarios whose name matches this regular expression. */
  grep?: string
  /** Only scenarios with one of these tags. */
  tags?: string[]
  /** Reporters besides the terminal's: json, junit, html (pretty is always printed). */
  reporters?: ReporterName[]
  /** Folder for the report files (default scenario-reports). */
  output?: string
}

/**
 * `partner-sandbox run <files|dirs...>`: runs each scenario in its own in-process sandbox, or
 * against running servers, each in a fresh tenant, `concurrency` at a time. Prints each scenario
 * as it finishes, then the totals, then `N passed, N failed` (scenarios) as the last line, and
 * writes the requested reports. Resolves to the exit code: 1 when any scenario failed, any
 * file was invalid, or no scenario matched.
 *
 * @example
 * process.exitCode = await runCommand(['scenarios/'], { target: 'in-process', reporters: ['junit'] })
 */
export async function runCommand(
  paths: string | string[],
  options: RunCommandOptions,
): Promise<number> {
  const print = options.print ?? console.log
  const started = new Date()
  let grep: RegExp | undefined
  try {
    grep = options.grep ? new RegExp(options.grep) : undefined
  } catch (error) {
    print(`✗ --grep ${options.grep} is not a regular expression: ${(error as Error).message}`)
    print(`\n${formatSummary(0, 1)}`)
    return 1
  }
  let http: Omit<ScenarioTarget, 'tenant'> | undefined
  if (options.target === 'http') {
    http = await httpTarget(options, print)
    if (!http) {
      print(`\n${formatSummary(0, 1)}`)
      return 1
    }
  }
  const runs = await runFiles([paths].flat(), {
    http,
    concurrency: options.concurrency,
    grep,
    tags: options.tags,
    onPlan: (total, width) => {
      const where = http ? `against ${http.urls.shipstation}...` : 'in-process'
      print(`Running ${total} scenario${total === 1 ? '' : 's'} ${where}, ${width} at a time`)
    },
    onResult: (run, done, total) => print(`\n${formatRun(run, done, total).join('\n')}`),
  })
  const totals = totalsOf(runs, Date.now() - started.getTime())
  // A filter that picks nothing is almost always a typo: say so, and fail like a failed run.
  if (runs.length === 0) print('\nNo scenario matched: check the paths, --grep and --tag.')
  const written = await writeReports(runs, totals, started, options)
  for (const file of written) print(`report: ${file}`)
  print(`\n${formatTotals(totals)}`)
  print(formatSummary(totals.scenarios.passed, totals.scenarios.failed))
  return totals.scenarios.failed > 0 || runs.length === 0 ? 1 : 0
}

async function writeReports(
  runs: ScenarioRun[],
  totals: ReturnType<typeof totalsOf>,
  started: Date,
  options: RunCommandOptions,
): Promise<string[]> {
  const wanted = [...new Set(options.reporters ?? [])].filter((r) => r !== 'pretty')
  if (wanted.length === 0) return []
  const dir = options.output ?? 'scenario-reports'
  await mkdir(dir, { recursive: true })
  const written: string[] = []
  for (const reporter of wanted) {
    const file = join(dir, REPORT_FILES[reporter])
    const text =
      reporter === 'json'
        ? renderJsonReport(runs, totals, started)
        : reporter === 'junit'
          ? renderJunitReport(runs, { timestamp: started })
          : await renderHtmlReport(runs, { ms: totals.ms })
    await writeFile(file, text)
    written.push(file)
  }
  return written
}

/** URLs from the environment (and flags); undefined, after saying why, when a service is down. */
async function httpTarget(
  options: RunCommandOptions,
  print: (line: string) => void,
): Promise<Omit<ScenarioTarget, 'tenant'> | undefined> {
  let config: ReturnType<typeof parseSandboxConfig>
  try {
    config = parseSandboxConfig(options.env ?? process.env)
  } catch (error) {
    print(`✗ ${(error as Error).message}`)
    return undefined
  }
  const urls = Object.fromEntries(
    SERVICE_NAMES.map((name) => [
      name,
      (options.baseUrls?.[name] ?? config.services[name].publicUrl).replace(/\/$/, ''),
    ]),
  ) as Record<ServiceName, string>
  for (const name of SERVICE_NAMES) {
    const ok = await fetch(`${urls[name]}/__sandbox/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (!ok) {
      print(`✗ Cannot reach ${name} at ${urls[name]}. Start the sandbox first (npm start).`)
      return undefined
    }
  }
  return { urls, fetch: globalThis.fetch }
}
