import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found for the browser tests.',
  "Install Debian's package:   sudo apt-get install -y chromium",
  'or point to a Chromium/Chrome binary:   CHROMIUM_PATH=/path/to/chromium npm run test:browser',
  '(The tests never download a browser.)',
].join('\n')

/** CHROMIUM_PATH, else the first Chromium on PATH; undefined when none is there. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of CANDIDATES) {
      const candidate = join(dir, name)
      try {
        accessSync(candidate, constants.X_OK)
        return candidate
      } catch {
        // not here; keep looking
      }
    }
  }
  return undefined
}

/** The flags this machine needs: root, no GPU, and no network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
