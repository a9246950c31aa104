-- motcua dossier store, schema version 2 (MariaDB 10.11; MySQL 8 reads the same DDL): worklist and
-- search filters. The dossier row gets its status (name and national portal code, 1 to 10) and its
-- own due instant as real columns; rows stored by version 1 have them NULL until the store fills
-- them from their snapshots when it starts (JdbcDossierStore.Builder.build).
-- Prefix filters use LIKE 'prefix%': the columns have a binary collation, so their indexes
-- (dossier_number_uk, dossier_applicant_ix) serve a prefix as a range.

ALTER TABLE ${prefix}dossier ADD COLUMN status VARCHAR(40);
ALTER TABLE ${prefix}dossier ADD COLUMN status_code SMALLINT;
ALTER TABLE ${prefix}dossier ADD COLUMN due_at DATETIME(6);

-- search order (received desc, id desc), alone and after an equality on status or procedure
CREATE INDEX ${prefix}dossier_received_ix ON ${prefix}dossier (received_at, id);
CREATE INDEX ${prefix}dossier_status_ix ON ${prefix}dossier (status_code, received_at, id);
CREATE INDEX ${prefix}dossier_procedure_ix ON ${prefix}dossier (procedure_code, received_at, id);
CREATE INDEX ${prefix}dossier_due_ix ON ${prefix}dossier (due_at, id);

-- a user's steps in an agency (a leader's view, a return to the pool), most urgent first
CREATE INDEX ${prefix}active_step_assignee_ix
  ON ${prefix}active_step (agency_id, assignee, due_at, dossier_id, instance_id);
