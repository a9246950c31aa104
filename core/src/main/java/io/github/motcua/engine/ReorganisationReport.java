package io.github.motcua.engine;

/**
 * What {@link DossierEngine#reorganise} did.
 *
 * @param moved dossiers moved to the successors, one {@link
 *     io.github.motcua.dossier.EventType#AGENCY_CHANGED} event each
 * @param unchanged dossiers in flight that named none of the predecessors, or were already moved (a
 *     second run moves nothing)
 * @param retried changes stored again after another change of the same dossier won the race
 */
public record ReorganisationReport(int moved, int unchanged, int retried) {}
