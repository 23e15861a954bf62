import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * International tracing requests (ITI), outgoing and incoming, with their replies
 * and, per seized item, the outcome of tracing that SDG indicator 16.4.2 counts.
 * Overdue is derived from due_at and the status, never stored.
 */
export class Tracing1795392800000 implements MigrationInterface {
  name = 'Tracing1795392800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE trace_request (
        id uuid PRIMARY KEY,
        reference text NOT NULL,
        direction text NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
        status text NOT NULL CHECK (status IN ('draft', 'sent', 'acknowledged', 'answered', 'closed')),
        agency_id uuid NOT NULL REFERENCES agency (id),
        requesting_country char(2),
        requesting_agency text,
        requested_country char(2),
        requested_agency text,
        requested_manufacturer text,
        item jsonb NOT NULL,
        seizure_id uuid REFERENCES seizure (id),
        seizure_item_id uuid REFERENCES seizure_item (id),
        found_place text,
        found_circumstances text,
        illicit_nature text,
        legal_basis text,
        intended_use text,
        priority text NOT NULL CHECK (priority IN ('urgent', 'routine')),
        urgency_justification text,
        confidentiality text NOT NULL CHECK (confidentiality IN ('public', 'restricted', 'confidential')),
        use_restrictions text,
        requested_at timestamptz,
        due_at timestamptz,
        acknowledged_at timestamptz,
        answered_at timestamptz,
        closed_at timestamptz,
        candidates jsonb NOT NULL DEFAULT '[]'::jsonb,
        matched_firearm_id uuid REFERENCES firearm (id),
        match_decided_at timestamptz,
        no_match boolean NOT NULL DEFAULT false,
        answer jsonb,
        outcome text CHECK (outcome IN ('traced_to_last_legal_holder', 'traced_to_point_of_diversion', 'origin_established_without_trace', 'not_traced')),
        outcome_reason text,
        created_by uuid,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL,
        CHECK (priority = 'routine' OR urgency_justification IS NOT NULL),
        CHECK (outcome IS DISTINCT FROM 'not_traced' OR outcome_reason IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_trace_request_reference ON trace_request (reference)`);
    await db.query(`CREATE INDEX ix_trace_request_direction_status_due ON trace_request (direction, status, due_at)`);
    await db.query(`CREATE INDEX ix_trace_request_requested_at ON trace_request (requested_at)`);
    await db.query(`CREATE INDEX ix_trace_request_seizure_item ON trace_request (seizure_item_id) WHERE seizure_item_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE trace_reply (
        id uuid PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES trace_request (id),
        ordinal integer NOT NULL,
        direction text NOT NULL CHECK (direction IN ('received', 'sent')),
        occurred_at timestamptz NOT NULL,
        body text NOT NULL,
        attachments text[] NOT NULL DEFAULT '{}',
        recorded_by uuid,
        recorded_at timestamptz NOT NULL,
        UNIQUE (request_id, ordinal)
      )`);
    await db.query(`
      CREATE TABLE trace_item_outcome (
        seizure_item_id uuid PRIMARY KEY REFERENCES seizure_item (id),
        outcome text NOT NULL CHECK (outcome IN ('traced_to_last_legal_holder', 'traced_to_point_of_diversion', 'origin_established_without_trace', 'not_traced')),
        reason text,
        trace_request_id uuid REFERENCES trace_request (id),
        recorded_by uuid,
        recorded_at timestamptz NOT NULL,
        CHECK (outcome <> 'not_traced' OR reason IS NOT NULL)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE trace_item_outcome`);
    await db.query(`DROP TABLE trace_reply`);
    await db.query(`DROP TABLE trace_request`);
  }
}
