import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Firearms Protocol art. 10.2(b): before an export licence is issued, each transit
 * state has given written notice that it does not object to the transit. The
 * licence keeps those notices (per transit state: reference and date).
 */
export class TransitNotices1795420000000 implements MigrationInterface {
  name = 'TransitNotices1795420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE trade_licence ADD COLUMN transit_notices jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE trade_licence DROP COLUMN transit_notices`);
  }
}
