import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The reference tables the firearm table names by code, and each one's key. */
const REFERENCES = [
  { table: 'firearm_category', key: 'code', column: 'category_code' },
  { table: 'firearm_action', key: 'code', column: 'action_code' },
  { table: 'manufacturer', key: 'code', column: 'manufacturer_code' },
  { table: 'calibre', key: 'code', column: 'calibre_code' },
  { table: 'country', key: 'alpha2', column: 'country_of_manufacture' },
] as const;

/**
 * Reference codes become permanent (an entry is withdrawn with `active = false`, never
 * deleted or recoded), so the firearm table's five foreign keys to them can go: each was
 * a per-row trigger that locked the reference row (FOR KEY SHARE, a multixact once two
 * loads share a make) and halved the rate of every load (bench:import: 3,515 rows/s
 * into the table with them, 7,299 without). The rule stays in the database: one check
 * per statement over the rows it wrote refuses a code the reference data does not hold.
 */
export class PermanentReferenceCodes1795470400000 implements MigrationInterface {
  name = 'PermanentReferenceCodes1795470400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION reference_entry_is_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'reference entries of % are permanent: withdraw one (active = false) instead of deleting or recoding it', TG_TABLE_NAME
          USING ERRCODE = 'restrict_violation';
      END $$`);
    for (const { table, key } of REFERENCES) {
      await db.query(`CREATE TRIGGER tr_${table}_no_delete BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION reference_entry_is_permanent()`);
      await db.query(`CREATE TRIGGER tr_${table}_no_recode BEFORE UPDATE OF ${key} ON ${table} FOR EACH ROW WHEN (OLD.${key} IS DISTINCT FROM NEW.${key}) EXECUTE FUNCTION reference_entry_is_permanent()`);
      await db.query(`CREATE TRIGGER tr_${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION reference_entry_is_permanent()`);
    }
    const unknown = REFERENCES.map(
      ({ table, key, column }) => `SELECT '${column}'::text AS column_name, n.${column}::text AS value FROM written n WHERE n.${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${table} r WHERE r.${key} = n.${column})`,
    ).join('\n          UNION ALL ');
    await db.query(`
      CREATE FUNCTION firearm_reference_codes_exist() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        bad record;
      BEGIN
        SELECT * INTO bad FROM (
          ${unknown}
        ) u LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'firearm.% % is not in the reference data', bad.column_name, quote_literal(bad.value)
            USING ERRCODE = 'foreign_key_violation', COLUMN = bad.column_name, TABLE = 'firearm';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER tr_firearm_reference_codes_insert AFTER INSERT ON firearm REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION firearm_reference_codes_exist()`);
    await db.query(`CREATE TRIGGER tr_firearm_reference_codes_update AFTER UPDATE ON firearm REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION firearm_reference_codes_exist()`);
    for (const { column } of REFERENCES) await db.query(`ALTER TABLE firearm DROP CONSTRAINT firearm_${column}_fkey`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { table, key, column } of REFERENCES) await db.query(`ALTER TABLE firearm ADD CONSTRAINT firearm_${column}_fkey FOREIGN KEY (${column}) REFERENCES ${table} (${key})`);
    await db.query(`DROP TRIGGER tr_firearm_reference_codes_update ON firearm`);
    await db.query(`DROP TRIGGER tr_firearm_reference_codes_insert ON firearm`);
    await db.query(`DROP FUNCTION firearm_reference_codes_exist()`);
    for (const { table } of REFERENCES) {
      await db.query(`DROP TRIGGER tr_${table}_no_truncate ON ${table}`);
      await db.query(`DROP TRIGGER tr_${table}_no_recode ON ${table}`);
      await db.query(`DROP TRIGGER tr_${table}_no_delete ON ${table}`);
    }
    await db.query(`DROP FUNCTION reference_entry_is_permanent()`);
  }
}
