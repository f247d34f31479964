import { createHash } from 'node:crypto'
import { secretToken } from '@partner-sandbox/shared'
import { InvalidApiKeyError, UnknownApiKeyError } from '../errors'
import type { DomainContext } from './context'

const API_KEYS = 'api_keys'
const KEY_HASHES = 'api_key_hashes'
// Shown in lists so a user can tell keys apart; the rest is never shown again.
const PREFIX_LENGTH = 8

/** What ShipStation keeps of an API v2 key: never the key itself, only its hash. */
export interface ApiKeyRecord {
  id: string
  accountId: string
  prefix: string
  hash: string
  createdAt: string
  revokedAt?: string
}

export interface NewApiKey {
  id: string
  /** The key for the `API-Key` header; shown once. */
  key: string
  prefix: string
  createdAt: string
}

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex')

/**
 * Creates an API v2 key for the account (Settings > API Keys, and the fixtures route). The key
 * is returned once; the store keeps its SHA-256 only.
 *
 * @example
 * const { key } = await createApiKey(ctx, account.id)
 */
export async function createApiKey(ctx: DomainContext, accountId: string): Promise<NewApiKey> {
  const key = `TEST_${secretToken(24)}`
  const record: ApiKeyRecord = {
    id: `key_${secretToken(8)}`,
    accountId,
    prefix: key.slice(0, PREFIX_LENGTH),
    hash: hashOf(key),
    createdAt: ctx.clock.now().toISOString(),
  }
  await ctx.store.put(API_KEYS, record.id, record)
  await ctx.store.put(KEY_HASHES, record.hash, { id: record.id })
  return { id: record.id, key, prefix: record.prefix, createdAt: record.createdAt }
}

/** Revokes one of the account's keys: it stops working at once. */
export async function revokeApiKey(
  ctx: DomainContext,
  accountId: string,
  id: string,
): Promise<ApiKeyRecord> {
  const revoked = await ctx.store.update<ApiKeyRecord>(API_KEYS, id, (current) => {
    if (!current || current.accountId !== accountId) throw new UnknownApiKeyError(id)
    return current.revokedAt ? current : { ...current, revokedAt: ctx.clock.now().toISOString() }
  })
  if (!revoked) throw new UnknownApiKeyError(id)
  return revoked
}

/** The account's keys (active and revoked), newest first. */
export async function listApiKeys(ctx: DomainContext, accountId: string): Promise<ApiKeyRecord[]> {
  const all = await ctx.store.list<ApiKeyRecord>(API_KEYS)
  return all.filter((k) => k.accountId === accountId).reverse()
}

/**
 * The account an `API-Key` header value belongs to; InvalidApiKeyError (401) for a missing,
 * unknown or revoked key.
 *
 * @example
 * const accountId = await accountOfApiKey(ctx, c.req.header('api-key'))
 */
export async function accountOfApiKey(
  ctx: DomainContext,
  key: string | undefined,
): Promise<string> {
  if (!key) throw new InvalidApiKeyError()
  const entry = await ctx.store.get<{ id: string }>(KEY_HASHES, hashOf(key.trim()))
  const record = entry ? await ctx.store.get<ApiKeyRecord>(API_KEYS, entry.id) : undefined
  if (!record || record.revokedAt) throw new InvalidApiKeyError()
  return record.accountId
}
