-- motcua dossier store, schema version 4 (H2 2.x). Version 4 gives PostgreSQL's dossier table a fill
-- factor (free space for heap-only updates of timer leases); H2 has no such setting, so here the
-- version only documents the table, to keep one version number across dialects.
COMMENT ON TABLE ${prefix}dossier IS 'motcua dossiers: the snapshot and the columns queries filter on';
