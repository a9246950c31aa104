-- motcua dossier store, schema version 4 (PostgreSQL 15): free space in the dossier table's pages.
-- A timer claim writes only lease_owner and lease_until, which no index contains: with room on the
-- row's page PostgreSQL makes that a heap-only (HOT) update, which writes no index entry, instead of
-- a new entry in each of the table's indexes for every claimed row. Updates of a transition that
-- change no indexed column profit the same way. The cost is about a fifth more heap pages.
-- The fill factor applies to pages written from now on; rows stored before keep their pages until
-- the table is rewritten (VACUUM FULL or pg_repack, at a time of the host's choosing).
ALTER TABLE ${prefix}dossier SET (fillfactor = 80);
COMMENT ON TABLE ${prefix}dossier IS 'motcua dossiers: the snapshot and the columns queries filter on';
