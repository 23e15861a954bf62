import type { EntityManager } from 'typeorm';

/**
 * Runs reads for one view: together on the pool, one after the other on a
 * transaction's connection. A transaction is one pg client, and a client given a
 * query while it is still running one queues it today and refuses it in pg 9
 * ("Calling client.query() when the client is already executing a query").
 */
export async function readsOn<T extends readonly unknown[]>(manager: EntityManager, reads: { readonly [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!manager.queryRunner) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
