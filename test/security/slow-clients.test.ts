import { connect } from 'node:net'
import { listen } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'

describe('slow clients', () => {
  it('closes a connection that never finishes its headers', async () => {
    const server = await listen({
      fetch: () => new Response('ok'),
      port: 0,
      host: '127.0.0.1',
      headersTimeoutMs: 300,
    })
    try {
      const started = Date.now()
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1', () => {
          socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ')
        })
        let data = ''
        socket.on('data', (chunk) => {
          data += chunk.toString()
        })
        socket.on('close', () => resolve(data))
        socket.on('error', reject)
        setTimeout(() => {
          socket.destroy()
          reject(new Error('the server kept the connection open'))
        }, 5_000).unref()
      })
      expect(answer).toMatch(/^HTTP\/1\.1 408/)
      expect(Date.now() - started).toBeLessThan(3_000)
    } finally {
      await server.close()
    }
  })

  it('still answers a client that sends its request at once', async () => {
    const server = await listen({ fetch: () => new Response('ok'), port: 0, host: '127.0.0.1' })
    try {
      const res = await fetch(server.url)
      expect(await res.text()).toBe('ok')
    } finally {
      await server.close()
    }
  })
})
