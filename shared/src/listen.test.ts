import { Hono } from 'hono'
import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { listen } from './listen'

describe('listen', () => {
  it('serves the app on the bound port and frees it on close', async () => {
    const app = new Hono().get('/ping', (c) => c.json({ pong: true }))
    const server = await listen({ fetch: app.fetch, port: 0, host: '127.0.0.1' })
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    expect(server.port).toBeGreaterThan(0)

    const res = await request(server.url).get('/ping')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ pong: true })

    await server.close()
    await expect(request(server.url).get('/ping')).rejects.toThrow()
  })

  it('closes while a keep-alive client still holds its connection', async () => {
    const app = new Hono().get('/ping', (c) => c.text('pong'))
    const server = await listen({ fetch: app.fetch, port: 0, host: '127.0.0.1' })
    const agent = request.agent(server.url).set('connection', 'keep-alive')
    expect((await agent.get('/ping')).text).toBe('pong')
    // close() must not wait for the idle connection to time out (5 s in Node).
    const started = Date.now()
    await server.close()
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})
