import type { StoredRecord, TenantStore } from './store'

/**
 * Where the memory and SQLite stores publish how they write several records as one write. A
 * symbol, not a method of TenantStore, as the write generation is (see write-generation.ts): other
 * implementations and wrappers need not know about it, and `putRecords` puts one record after
 * another on them.
 */
const PUT_RECORDS = Symbol('sandbox.putRecords')

type WritesRecords = { [PUT_RECORDS]?: (records: readonly StoredRecord[]) => Promise<void> }

/**
 * `put` of every record, in this order, as one write where the store can: SQLite commits them in
 * one transaction (one commit instead of one per record, and no reader sees some without the
 * others). Each record is an insert or replace, exactly as `put` writes it.
 *
 * @example
 * await putRecords(ctx.store, [{ collection: 'shipments', id, value: shipment }, ...rateIndex])
 */
export async function putRecords(
  store: TenantStore,
  records: readonly StoredRecord[],
): Promise<void> {
  const putAll = (store as WritesRecords)[PUT_RECORDS]
  if (putAll) return putAll(records)
  for (const record of records) await store.put(record.collection, record.id, record.value)
}

/**
 * Publishes a store's own `putRecords` on a tenant view. Not enumerable, so a wrapper made by
 * spreading the view (`{ ...view, put }`) does not inherit it and its own `put` is still called.
 */
export function publishPutRecords<T extends TenantStore>(
  view: T,
  putAll: (records: readonly StoredRecord[]) => Promise<void>,
): T {
  Object.defineProperty(view, PUT_RECORDS, { value: putAll, enumerable: false })
  return view
}
