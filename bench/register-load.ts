import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { insertFirearmsSql, insertImportMarkingsSql } from './trace-data.js';

const BATCH = 500_000;

export interface LoadTimes {
  loadSeconds: number;
  firearmSeconds: number;
  markingSeconds: number;
  indexSeconds: number;
  vacuumSeconds: number;
}

/**
 * Loads `size` synthetic firearms (serial formats in trace-data.ts) and import markings on a
 * third of them, as a bulk load is done (pg_restore does the same): without the secondary
 * indexes and foreign keys of firearm and marking, on two connections, then each index built
 * once from the migrations' own definitions (read back from the catalogue) and each foreign
 * key added back, which validates every row in one pass; both checked identical afterwards.
 * VACUUM ANALYZE runs as autovacuum would on a live register, and a CHECKPOINT writes the load
 * out. `beforeIndexes` may touch the loaded rows while they are cheap to update.
 */
export async function bulkLoadRegister(db: pg.Client, url: string, size: number, agencyId: string, maintenanceWorkMem: string, beforeIndexes?: () => Promise<void>): Promise<LoadTimes> {
  const loadStart = performance.now();
  const loadFrom = new Date(Date.now() - 60_000);
  const indexesOf = async () =>
    (await db.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('firearm', 'marking') AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname`)).rows as { indexname: string; indexdef: string }[];
  const foreignKeysOf = async () =>
    (await db.query(`SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('firearm'::regclass, 'marking'::regclass) ORDER BY conname`)).rows as { table_name: string; conname: string; definition: string }[];
  const secondary = await indexesOf();
  const foreignKeys = await foreignKeysOf();
  for (const index of secondary) await db.query(`DROP INDEX ${index.indexname}`);
  for (const key of foreignKeys) await db.query(`ALTER TABLE ${key.table_name} DROP CONSTRAINT ${key.conname}`);
  const batches: [number, number][] = [];
  for (let from = 1; from <= size; from += BATCH) batches.push([from, Math.min(size, from + BATCH - 1)]);
  const second = new pg.Client({ connectionString: url });
  await second.connect();
  try {
    await Promise.all(
      [db, second].map(async (client) => {
        for (let batch = batches.shift(); batch; batch = batches.shift()) {
          const started = performance.now();
          await client.query(insertFirearmsSql(), [batch[0], batch[1], agencyId]);
          process.stdout.write(`  loaded firearms ${batch[0].toLocaleString('en')}–${batch[1].toLocaleString('en')} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
        }
      }),
    );
  } finally {
    await second.end();
  }
  const firearmSeconds = (performance.now() - loadStart) / 1000;
  const markingStart = performance.now();
  await db.query(insertImportMarkingsSql(), [loadFrom]);
  const markingSeconds = (performance.now() - markingStart) / 1000;
  await beforeIndexes?.();
  const indexStart = performance.now();
  await db.query(`SET maintenance_work_mem = '${maintenanceWorkMem}'`);
  for (const index of secondary) {
    const started = performance.now();
    await db.query(index.indexdef);
    process.stdout.write(`  built ${index.indexname} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  await db.query('RESET maintenance_work_mem');
  for (const key of foreignKeys) await db.query(`ALTER TABLE ${key.table_name} ADD CONSTRAINT ${key.conname} ${key.definition}`);
  const indexSeconds = (performance.now() - indexStart) / 1000;
  if (JSON.stringify(await indexesOf()) !== JSON.stringify(secondary)) throw new Error("the re-created indexes differ from the migrations' definitions");
  if (JSON.stringify(await foreignKeysOf()) !== JSON.stringify(foreignKeys)) throw new Error("the re-added foreign keys differ from the migrations' definitions");
  const vacuumStart = performance.now();
  await db.query('VACUUM ANALYZE firearm');
  await db.query('VACUUM ANALYZE marking');
  // Measure a register at rest, not the load's dirty pages being written back under the queries.
  await db.query('CHECKPOINT');
  const vacuumSeconds = (performance.now() - vacuumStart) / 1000;
  return { loadSeconds: (performance.now() - loadStart) / 1000, firearmSeconds, markingSeconds, indexSeconds, vacuumSeconds };
}
