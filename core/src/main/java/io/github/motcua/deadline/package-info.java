/**
 * Deadlines: time limits, counting rules, the clock of a dossier or a step (a budget plus a ledger
 * of pauses and extensions), due instants with their explanation, remaining time and timeliness.
 *
 * <p>Depends on {@link io.github.motcua.calendar} only; knows nothing of dossiers or procedures.
 */
package io.github.motcua.deadline;
