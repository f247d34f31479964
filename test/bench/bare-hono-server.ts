/**
 * The bare Hono app the stateful route is compared with, served alone in its own process (as the
 * sandbox is by `partner-sandbox start`), so the load generator in the parent does not share its
 * event loop. Prints `listening <port>` once it accepts connections.
 *
 * By default the bearer token is looked up in a Map. With `BARE_SQLITE=<file>` (the sandbox's own
 * ShipStation file) it reads the same two rows the sandbox's route reads, the session and then its
 * account, through the sandbox's SQLite store (row cache included); with `BARE_HEADERS` it answers
 * with the sandbox's security headers. With both, what is left between it and the sandbox is the
 * rest of the request frame (tenant, clock, journal, faults, session cookie) and the route's view.
 */
import { serve } from '@hono/node-server'
import { createSqliteStore } from '@partner-sandbox/shared'
import { type Context, type Handler, Hono } from 'hono'

type Account = { id: string; email: string }
// `BARE_HEADERS`: a JSON object of headers every answer carries (the sandbox's security headers).
const headers = JSON.parse(process.env.BARE_HEADERS ?? '{}') as Record<string, string>
const answer = (c: Context, account: Account | undefined) =>
  account
    ? c.json({ id: account.id, email: account.email, emailVerified: true }, 200, headers)
    : c.json({ error: 'no' }, 401, headers)
const bearer = (c: Context) => c.req.header('authorization')?.replace(/^Bearer /, '') ?? ''

function mapRoute(): Handler {
  const sessions = new Map([['token-1', { id: 'acct-1', email: 'bench@example.com' }]])
  return (c) => answer(c, sessions.get(bearer(c)))
}

function storeRoute(file: string): Handler {
  const store = createSqliteStore({ file }).forTenant(process.env.BARE_TENANT ?? 'default')
  return async (c) => {
    const session = await store.get<{ data: { accountId: string } }>('sessions', bearer(c))
    return answer(c, session && (await store.get<Account>('accounts', session.data.accountId)))
  }
}

const file = process.env.BARE_SQLITE
const app = new Hono().get('/api/v1/account', file ? storeRoute(file) : mapRoute())

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`listening ${info.port}`)
})
process.on('SIGINT', () => server.close(() => process.exit(0)))
