/**
 * Working calendars: the Vietnamese lunar calendar, holiday rules of the Labour Code, announced
 * holiday schedules, working weeks, per-agency variants, and working-time arithmetic.
 *
 * <p>This package knows nothing of dossiers, procedures or storage. Everything here is immutable
 * and thread-safe.
 */
package io.github.motcua.calendar;
