import type { FC } from 'hono/jsx'
import type { OutboxMessage } from './outbox'
import { Page } from './page'
import type { ServiceName } from './peer'

/**
 * The outbox as a person reads it: trainers open `/__sandbox/outbox` in the browser to find the
 * code or link a real service would have emailed or texted.
 */
export const OutboxPage: FC<{ service: ServiceName; messages: OutboxMessage[] }> = ({
  service,
  messages,
}) => (
  <Page service={service} title="Sandbox outbox">
    <div class="card">
      <h1>Sandbox outbox</h1>
      <p class="muted">
        Emails and text messages this service would have sent, newest first. Nothing leaves the
        sandbox. The same list is JSON for API clients.
      </p>
      {messages.length === 0 ? <p>Nothing sent yet.</p> : null}
    </div>
    {messages.map((m) => (
      <article class="card">
        <h2>{m.subject}</h2>
        <dl class="facts">
          <dt>{m.channel === 'sms' ? 'Text to' : 'Email to'}</dt>
          <dd>{m.to}</dd>
          <dt>Sent</dt>
          <dd>{m.at}</dd>
          {m.code ? (
            <>
              <dt>Code</dt>
              <dd>
                <strong>{m.code}</strong>
              </dd>
            </>
          ) : null}
          {m.link ? (
            <>
              <dt>Link</dt>
              <dd>
                <a href={m.link}>{m.link}</a>
              </dd>
            </>
          ) : null}
        </dl>
        <pre style="white-space:pre-wrap">{m.text}</pre>
      </article>
    ))}
  </Page>
)
