import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A soft-locked account still signs in from an address it signed in from before
 * (src/modules/identity/lockout.ts): that check looks up the account's sessions by
 * client address and date.
 */
export class SessionAddressIndex1795430000000 implements MigrationInterface {
  name = 'SessionAddressIndex1795430000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX ix_user_session_user_address ON user_session (user_id, client_address, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_user_session_user_address`);
  }
}
