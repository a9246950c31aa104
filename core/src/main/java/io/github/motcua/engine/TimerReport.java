package io.github.motcua.engine;

/**
 * What one call of {@link DossierEngine#fireDueTimers(java.time.Instant)} did.
 *
 * @param dossiersChanged how many dossier changes the timers committed
 * @param events how many events they recorded (due soon, overdue, automatic actions, stops)
 * @param lostRaces how many changes were skipped because another node or performer changed the
 *     dossier first (they are retried on the next call if still due)
 */
public record TimerReport(int dossiersChanged, int events, int lostRaces) {}
