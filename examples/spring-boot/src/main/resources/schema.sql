-- The host's own table (not motcua's): one note per transition an officer performed through the
-- REST endpoint, written in the same Spring transaction as the transition.
CREATE TABLE IF NOT EXISTS agency_note (
  dossier_id      VARCHAR(100) NOT NULL,
  dossier_version BIGINT       NOT NULL,
  agency_id       VARCHAR(100) NOT NULL,
  user_id         VARCHAR(100) NOT NULL,
  action_id       VARCHAR(100) NOT NULL,
  note            VARCHAR(500),
  written_at      TIMESTAMP    NOT NULL,
  PRIMARY KEY (dossier_id, dossier_version)
);
