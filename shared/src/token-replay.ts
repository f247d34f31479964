import { TokenReplayedError } from './errors'
import type { TenantStore } from './store/store'
import type { ServiceTokenPayload } from './verify-service-token'

/**
 * Records a token id until it expires; false when it was recorded before. Lives in the store (not
 * memory), so every replica and a restarted process see the same answer.
 */
export async function rememberTokenId(
  store: TenantStore,
  payload: Pick<ServiceTokenPayload, 'iss' | 'jti' | 'exp'>,
): Promise<boolean> {
  return store.insert('used_token_ids', `${payload.iss}#${payload.jti}`, {
    expiresAt: new Date(payload.exp * 1000).toISOString(),
  })
}

/** Undoes rememberTokenId when the token's message was refused, so a corrected retry is accepted. */
export async function forgetTokenId(
  store: TenantStore,
  payload: Pick<ServiceTokenPayload, 'iss' | 'jti'>,
): Promise<void> {
  await store.delete('used_token_ids', `${payload.iss}#${payload.jti}`)
}

/** Single-use tokens (SSO): a second presentation is refused. */
export async function consumeTokenId(
  store: TenantStore,
  payload: Pick<ServiceTokenPayload, 'iss' | 'jti' | 'exp'>,
): Promise<void> {
  if (!(await rememberTokenId(store, payload))) {
    throw new TokenReplayedError(
      'This sign-in link was already used. Open it again from its source.',
    )
  }
}
