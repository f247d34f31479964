/**
 * The bare Hono app the stateful route is compared with, served alone in its own process (as the
 * sandbox is by `partner-sandbox start`), so the load generator in the parent does not share its
 * event loop. Prints `listening <port>` once it accepts connections.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

/** The stateful route's shape: a bearer lookup in a Map, a JSON answer. */
const sessions = new Map([['token-1', { id: 'acct-1', email: 'bench@example.com' }]])
const app = new Hono().get('/api/v1/account', (c) => {
  const token = c.req.header('authorization')?.replace(/^Bearer /, '') ?? ''
  const account = sessions.get(token)
  return account ? c.json({ ...account, emailVerified: true }) : c.json({ error: 'no' }, 401)
})

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`listening ${info.port}`)
})
process.on('SIGINT', () => server.close(() => process.exit(0)))
