import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Least privilege: migrations run as the role that owns the schema; the API and
 * the worker log in as members of `registry_app`, which owns nothing, so it can
 * neither alter, disable nor drop a trigger, nor truncate. It may read and write
 * what the registry's code reads and writes, and no more: on `audit_entry` it may
 * insert and read, and set the log position of an unsealed entry once (the
 * trigger refuses any other change); it deletes only from the import scratch table.
 *
 * `registry_app` is a group role (NOLOGIN): deployments create their login roles
 * in it (the local script, the test set-up and docker-compose do). It is created
 * here when missing if the migrating role may create roles.
 */
export class AppRole1795440000000 implements MigrationInterface {
  name = 'AppRole1795440000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'registry_app') THEN
          BEGIN
            CREATE ROLE registry_app NOLOGIN;
          EXCEPTION
            WHEN duplicate_object THEN NULL;
            WHEN insufficient_privilege THEN
              RAISE EXCEPTION 'role registry_app does not exist and % may not create it: create it first (CREATE ROLE registry_app NOLOGIN, see the README)', current_user;
          END;
        END IF;
      END $$`);
    await db.query(`GRANT USAGE ON SCHEMA public TO registry_app`);
    await db.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO registry_app`);
    await db.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO registry_app`);
    // The append-only trail: read and append; only the log position may be set, by the sealer.
    await db.query(`REVOKE ALL ON audit_entry FROM registry_app`);
    await db.query(`GRANT SELECT, INSERT ON audit_entry TO registry_app`);
    await db.query(`GRANT UPDATE (seq) ON audit_entry TO registry_app`);
    // The gapless counter of the old write path is kept for history; nobody writes it any more.
    await db.query(`REVOKE ALL ON audit_counter FROM registry_app`);
    await db.query(`GRANT SELECT ON audit_counter TO registry_app`);
    // The processes only check that the schema is current.
    await db.query(`REVOKE ALL ON schema_migration FROM registry_app`);
    await db.query(`GRANT SELECT ON schema_migration TO registry_app`);
    await db.query(`GRANT DELETE ON import_dry_run_key TO registry_app`);
    // Tables and sequences later migrations create (as this role) get the same rights; a migration
    // that adds a table the application must not write revokes them there.
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO registry_app`);
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO registry_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM registry_app`);
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM registry_app`);
    await db.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM registry_app`);
    await db.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM registry_app`);
    await db.query(`REVOKE USAGE ON SCHEMA public FROM registry_app`);
  }
}
