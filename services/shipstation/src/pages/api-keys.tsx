import type { ApiKeyRecord, NewApiKey } from '../domain/api-keys'
import type { OnboardingPrompts } from '../domain/onboarding-prompts'
import { SignedInPage } from './signed-in-page'

export interface ApiKeysPageProps {
  prompts: OnboardingPrompts
  keys: ApiKeyRecord[]
  /** The key just created: shown this once. */
  created?: NewApiKey
  webhookSecret: string
  notice?: string
}

/** Settings > API Keys: keys for ShipStation API v2 (`API-Key` header), and the webhook secret. */
export const ApiKeysPage = ({
  prompts,
  keys,
  created,
  webhookSecret,
  notice,
}: ApiKeysPageProps) => (
  <SignedInPage title="API Keys" prompts={prompts} path="/settings/api-keys">
    <div class="card">
      <h1>API Keys</h1>
      <p class="muted">
        Send a key in the <code>API-Key</code> header of ShipStation API v2 calls (
        <a href="/docs">API docs</a>).
      </p>
      {notice ? <p role="status">{notice}</p> : null}
      {created ? (
        <div class="banner success" role="status">
          <p>
            New API key (copy it now, it is not shown again):{' '}
            <code data-testid="new-api-key">{created.key}</code>
          </p>
        </div>
      ) : null}
      <form method="post" action="/settings/api-keys">
        <button type="submit">Create API key</button>
      </form>
      {keys.length > 0 ? (
        <table aria-label="API keys">
          <thead>
            <tr>
              <th>Key</th>
              <th>Created</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>{key.createdAt.slice(0, 10)}</td>
                <td>{key.revokedAt ? `Revoked ${key.revokedAt.slice(0, 10)}` : 'Active'}</td>
                <td>
                  {key.revokedAt ? null : (
                    <form method="post" action={`/settings/api-keys/${key.id}/revoke`}>
                      <button type="submit" aria-label={`Revoke ${key.prefix}`}>
                        Revoke
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No API keys yet.</p>
      )}
    </div>
    <div class="card">
      <h2>Webhook signing secret</h2>
      <p class="muted">
        Every webhook delivery carries <code>X-ShipStation-Webhook-Timestamp</code> and{' '}
        <code>X-ShipStation-Webhook-Signature: v1=&lt;hex HMAC-SHA256 of "timestamp.body"&gt;</code>{' '}
        keyed with this secret.
      </p>
      <p>
        <code data-testid="webhook-secret">{webhookSecret}</code>
      </p>
    </div>
  </SignedInPage>
)
