-- motcua dossier store, schema version 3: the agency competent for a dossier (which may differ
-- from the receiving one since 1 July 2025, Decree 118/2025/ND-CP) and the national portal's
-- dossier code as a unique external reference; columns to count statistics in SQL. Rows stored before take their receiving agency as
-- competent, as the engine did then. "reorganised" marks dossiers whose competent agency was moved
-- by a reorganisation: statistics by competent agency of an earlier period read those too and
-- decide from the snapshot's history which agency was competent then.

ALTER TABLE ${prefix}dossier ADD COLUMN competent_agency_id VARCHAR(150);
ALTER TABLE ${prefix}dossier ADD COLUMN external_ref VARCHAR(150);
ALTER TABLE ${prefix}dossier ADD COLUMN reorganised BOOLEAN DEFAULT FALSE NOT NULL;
-- the statistics classes counted in SQL (JdbcDossierStore.countInScope): how a finished dossier
-- was classed, and whether its clock waits for the applicant; NULL on rows stored before, which the
-- store fills from their snapshots when it starts
ALTER TABLE ${prefix}dossier ADD COLUMN timeliness VARCHAR(10);
ALTER TABLE ${prefix}dossier ADD COLUMN clock_paused BOOLEAN;
UPDATE ${prefix}dossier SET competent_agency_id = receiving_agency_id;
ALTER TABLE ${prefix}dossier ADD CONSTRAINT ${prefix}dossier_external_ref_uk UNIQUE (external_ref);
CREATE INDEX ${prefix}dossier_competent_ix ON ${prefix}dossier (competent_agency_id, received_at);
CREATE INDEX ${prefix}dossier_reorganised_ix ON ${prefix}dossier (reorganised, received_at);
