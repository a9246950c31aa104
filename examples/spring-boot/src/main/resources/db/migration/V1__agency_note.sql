-- The host's own table (not motcua's), migrated by the host's own Flyway (Spring Boot's, at its
-- default location classpath:db/migration and history table flyway_schema_history): one note per
-- transition an officer performed through the REST endpoint, written in the same Spring transaction
-- as the transition. motcua's tables are migrated by the store, from its own location and into its
-- own history table (motcua_schema_history).
CREATE TABLE agency_note (
  dossier_id      VARCHAR(100) NOT NULL,
  dossier_version BIGINT       NOT NULL,
  agency_id       VARCHAR(100) NOT NULL,
  user_id         VARCHAR(100) NOT NULL,
  action_id       VARCHAR(100) NOT NULL,
  note            VARCHAR(500),
  written_at      TIMESTAMP    NOT NULL,
  PRIMARY KEY (dossier_id, dossier_version)
);
