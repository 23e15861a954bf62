import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies, users, sessions and rotating refresh tokens. */
export class Identity1795392100000 implements MigrationInterface {
  name = 'Identity1795392100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        type text NOT NULL,
        region text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT uq_agency_code UNIQUE (code)
      )`);
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY,
        username text NOT NULL,
        display_name text NOT NULL,
        email text,
        agency_id uuid NOT NULL REFERENCES agency (id),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        password_hash text NOT NULL,
        must_change_password boolean NOT NULL DEFAULT false,
        disabled_at timestamptz,
        failed_sign_ins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        token_version integer NOT NULL DEFAULT 0,
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_app_user_username_ci ON app_user (lower(username))`);
    await db.query(`CREATE INDEX ix_app_user_agency ON app_user (agency_id)`);
    await db.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text,
        client_address text
      )`);
    await db.query(`CREATE INDEX ix_user_session_user_open ON user_session (user_id) WHERE revoked_at IS NULL`);
    await db.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES user_session (id),
        token_hash char(64) NOT NULL,
        issued_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash)
      )`);
    await db.query(`CREATE INDEX ix_refresh_token_session ON refresh_token (session_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE refresh_token`);
    await db.query(`DROP TABLE user_session`);
    await db.query(`DROP TABLE app_user`);
    await db.query(`DROP TABLE agency`);
  }
}
