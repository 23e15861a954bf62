import { startRegistry, type TestRegistry } from './support/registry.js';

let registry: TestRegistry;

beforeAll(async () => {
  registry = await startRegistry();
});

afterAll(() => registry?.close());

// TypeORM column types as PostgreSQL reports them (information_schema udt_name).
const UDT: Record<string, string> = {
  uuid: 'uuid',
  text: 'text',
  char: 'bpchar',
  integer: 'int4',
  bigint: 'int8',
  boolean: 'bool',
  timestamptz: 'timestamptz',
  date: 'date',
  jsonb: 'jsonb',
  numeric: 'numeric',
};

/**
 * Entities are hand-written and migrations are reviewed SQL: this fails when
 * they drift apart (a column missing, renamed, retyped or with other nullability).
 */
describe('entities and migrations agree', () => {
  it('every entity column exists in the migrated schema with the same type and nullability', async () => {
    const problems: string[] = [];
    for (const entity of registry.dataSource.entityMetadatas) {
      const columns = (await registry.dataSource.query(
        `SELECT column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [entity.tableName],
      )) as { column_name: string; udt_name: string; is_nullable: 'YES' | 'NO' }[];
      if (columns.length === 0) {
        problems.push(`${entity.name}: table ${entity.tableName} does not exist`);
        continue;
      }
      const byName = new Map(columns.map((c) => [c.column_name, c]));
      for (const column of entity.columns) {
        const actual = byName.get(column.databaseName);
        if (!actual) {
          problems.push(`${entity.tableName}.${column.databaseName}: missing`);
          continue;
        }
        const type = String(column.type);
        const expected = column.isArray ? `_${UDT[type]}` : UDT[type];
        if (!expected) problems.push(`${entity.tableName}.${column.databaseName}: type ${type} has no mapping in this test`);
        else if (actual.udt_name !== expected) problems.push(`${entity.tableName}.${column.databaseName}: entity ${expected}, schema ${actual.udt_name}`);
        if ((actual.is_nullable === 'YES') !== column.isNullable) problems.push(`${entity.tableName}.${column.databaseName}: entity nullable=${column.isNullable}, schema ${actual.is_nullable}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('covers every table the migrations create (none left without an entity, bar bookkeeping)', async () => {
    const tables = (await registry.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)) as { table_name: string }[];
    const mapped = new Set(registry.dataSource.entityMetadatas.map((e) => e.tableName));
    // import_dry_run_key is a dry run's scratch list of the keys it accepted, read and written in SQL only.
    // audit_tree_node: Merkle subtree hashes the sealer derives, read and written in SQL only.
    const bookkeeping = new Set(['schema_migration', 'audit_counter', 'import_dry_run_key', 'audit_tree_node']);
    expect(tables.map((t) => t.table_name).filter((t) => !mapped.has(t) && !bookkeeping.has(t))).toEqual([]);
  });
});
