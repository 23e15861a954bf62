import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Holders named on a firearms import's rows, with no document (issue 18):
 * `identified_by_name_only` lists them for completion, and registry_name_key()
 * is nameKey() of src/modules/holders/name-key.ts in SQL (accents folded with the
 * same two strings as NAME_FOLD_FROM/TO, upper case, the words sorted byte-wise), indexed over every
 * holder's name (HOLDER_NAME_SQL, which must stay this expression) so a chunk's names find the holders of the same name in one probe.
 */
export class HoldersNamedOnFirearmRows1795470100000 implements MigrationInterface {
  name = 'HoldersNamedOnFirearmRows1795470100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION registry_name_key(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(w, ' ' ORDER BY w COLLATE "C"), '')
          FROM regexp_split_to_table(upper(regexp_replace(translate(coalesce(name, ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŸ', 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyY'), '[^A-Za-z0-9]+', ' ', 'g')), ' ') AS w
         WHERE w <> ''
      $$`);
    await db.query(`ALTER TABLE holder ADD COLUMN identified_by_name_only boolean NOT NULL DEFAULT false`);
    await db.query(`CREATE INDEX ix_holder_name_key ON holder ((registry_name_key(CASE WHEN kind = 'person' THEN coalesce(family_name, '') || ' ' || coalesce(given_names, '') ELSE coalesce(legal_name, '') END)))`);
    await db.query(`CREATE INDEX ix_holder_name_only_list ON holder (created_at, id) WHERE identified_by_name_only`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_holder_name_only_list`);
    await db.query(`DROP INDEX ix_holder_name_key`);
    await db.query(`ALTER TABLE holder DROP COLUMN identified_by_name_only`);
    await db.query(`DROP FUNCTION registry_name_key(text)`);
  }
}
