/**
 * The dossier engine: the {@code DossierEngine} facade (submit, perform, undo, timers, worklists,
 * search, history, statistics), its commands, results and refusals, and the {@link
 * io.github.motcua.engine.InMemoryDossierStore}.
 *
 * <p>Depends on {@link io.github.motcua.dossier}, {@link io.github.motcua.procedure}, {@link
 * io.github.motcua.deadline}, {@link io.github.motcua.calendar}, {@link io.github.motcua.agency}
 * and {@link io.github.motcua.spi}; knows no SQL.
 */
package io.github.motcua.engine;
