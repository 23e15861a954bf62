import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Names a register writes for a coded value (categories, actions, countries,
 * origins, marking types…), in English, French and Spanish: seeded from
 * seeds/reference/value-aliases.json, and added to by administrators. Keyed
 * folded (case, accents and punctuation ignored), one code per name in a list.
 */
export class ValueAliases1795450100000 implements MigrationInterface {
  name = 'ValueAliases1795450100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE value_alias (
        list text NOT NULL,
        alias_key text NOT NULL,
        alias text NOT NULL,
        code text NOT NULL,
        PRIMARY KEY (list, alias_key)
      )`);
    await db.query(`ALTER TABLE import_row_error ADD COLUMN warning boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE import_row_error DROP COLUMN warning`);
    await db.query(`DROP TABLE value_alias`);
  }
}
