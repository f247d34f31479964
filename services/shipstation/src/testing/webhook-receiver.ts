// Test support only: a real local HTTP server that records webhook deliveries and answers the
// statuses it is told to, in order (then 200).
import { createServer, type IncomingHttpHeaders } from 'node:http'

export interface ReceivedDelivery {
  headers: IncomingHttpHeaders
  body: string
}

export async function startWebhookReceiver() {
  const received: ReceivedDelivery[] = []
  const statuses: number[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      res.statusCode = statuses.shift() ?? 200
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** The next answers, one per delivery attempt. */
    answer: (...next: number[]) => statuses.push(...next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
