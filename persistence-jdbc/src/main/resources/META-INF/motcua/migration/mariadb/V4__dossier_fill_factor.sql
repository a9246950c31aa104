-- motcua dossier store, schema version 4 (MariaDB 10.11). Version 4 gives PostgreSQL's dossier
-- table a fill factor (free space for heap-only updates of timer leases); InnoDB updates a row in
-- place when its indexed columns do not change, so here the version only documents the table (a
-- metadata-only change), to keep one version number across dialects.
ALTER TABLE ${prefix}dossier COMMENT = 'motcua dossiers: the snapshot and the columns queries filter on';
