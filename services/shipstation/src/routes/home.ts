import type { SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { signedIn } from '../lib/session'

/** `GET /`: the dashboard for the signed in, the sign-in page for everyone else. */
export function homeRoutes() {
  return new Hono<SandboxEnv>().get('/', async (c) =>
    c.redirect((await signedIn(c)) ? '/dashboard' : '/login'),
  )
}
