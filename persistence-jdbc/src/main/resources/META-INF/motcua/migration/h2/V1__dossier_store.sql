-- motcua dossier store, schema version 1 (H2 2.x).
-- ${prefix} is the table-name prefix chosen in JdbcDossierStore.Builder.tablePrefix (default motcua_).
-- Instants are TIMESTAMP(6) holding UTC (microseconds); JSON documents are CLOB text.

CREATE TABLE ${prefix}dossier (
  id                  VARCHAR(150) NOT NULL,
  dossier_number      VARCHAR(150) NOT NULL,
  applicant_ref       VARCHAR(150) NOT NULL,
  procedure_code      VARCHAR(100) NOT NULL,
  receiving_agency_id VARCHAR(150) NOT NULL,
  received_at         TIMESTAMP(6) NOT NULL,
  finished_at         TIMESTAMP(6),
  next_timer_at       TIMESTAMP(6),
  dossier_version     BIGINT NOT NULL,
  lease_owner         VARCHAR(150),
  lease_until         TIMESTAMP(6),
  snapshot            CLOB NOT NULL,
  CONSTRAINT ${prefix}dossier_pk PRIMARY KEY (id),
  CONSTRAINT ${prefix}dossier_number_uk UNIQUE (dossier_number)
);
CREATE INDEX ${prefix}dossier_applicant_ix ON ${prefix}dossier (applicant_ref, received_at);
CREATE INDEX ${prefix}dossier_timer_ix ON ${prefix}dossier (next_timer_at, id);
CREATE INDEX ${prefix}dossier_scope_ix ON ${prefix}dossier (receiving_agency_id, received_at);

CREATE TABLE ${prefix}dossier_event (
  dossier_id VARCHAR(150) NOT NULL,
  event_seq  BIGINT NOT NULL,
  payload    CLOB NOT NULL,
  CONSTRAINT ${prefix}dossier_event_pk PRIMARY KEY (dossier_id, event_seq)
);

CREATE TABLE ${prefix}active_step (
  dossier_id  VARCHAR(150) NOT NULL,
  instance_id VARCHAR(150) NOT NULL,
  agency_id   VARCHAR(150) NOT NULL,
  staff_role  VARCHAR(150) NOT NULL,
  assignee    VARCHAR(150),
  due_at      TIMESTAMP(6),
  due_soon_at TIMESTAMP(6),
  CONSTRAINT ${prefix}active_step_pk PRIMARY KEY (dossier_id, instance_id)
);
CREATE INDEX ${prefix}active_step_worklist_ix
  ON ${prefix}active_step (agency_id, staff_role, due_at, dossier_id, instance_id);
CREATE INDEX ${prefix}active_step_agency_due_ix
  ON ${prefix}active_step (agency_id, due_at, dossier_id, instance_id);
CREATE INDEX ${prefix}active_step_due_ix ON ${prefix}active_step (due_at, dossier_id, instance_id);

CREATE TABLE ${prefix}idempotency (
  idem_key     VARCHAR(150) NOT NULL,
  dossier_id   VARCHAR(150) NOT NULL,
  operation    VARCHAR(150) NOT NULL,
  from_version BIGINT NOT NULL,
  to_version   BIGINT NOT NULL,
  user_id      VARCHAR(150) NOT NULL,
  digest       VARCHAR(128) NOT NULL,
  CONSTRAINT ${prefix}idempotency_pk PRIMARY KEY (idem_key)
);

CREATE TABLE ${prefix}sequence (
  seq_key   VARCHAR(150) NOT NULL,
  seq_value BIGINT NOT NULL,
  CONSTRAINT ${prefix}sequence_pk PRIMARY KEY (seq_key)
);

CREATE TABLE ${prefix}outbox (
  dossier_id  VARCHAR(150) NOT NULL,
  event_seq   BIGINT NOT NULL,
  recorded_at TIMESTAMP(6) NOT NULL,
  payload     CLOB NOT NULL,
  CONSTRAINT ${prefix}outbox_pk PRIMARY KEY (dossier_id, event_seq)
);
CREATE INDEX ${prefix}outbox_order_ix ON ${prefix}outbox (recorded_at, dossier_id, event_seq);
