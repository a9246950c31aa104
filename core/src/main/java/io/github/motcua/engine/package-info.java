/**
 * The dossier engine: the {@code DossierEngine} facade (submit, perform, undo, timers, worklists,
 * search, history, statistics), its commands, results and refusals, the due-soon threshold, and the
 * {@code TimerRunner} that fires the engine's timers on a thread of its own.
 *
 * <p>Behind the facade, package-private and sharing one immutable {@code EngineContext}: {@code
 * Intake} (submissions and receipts), {@code Commands} (perform and undo: checks, idempotency, the
 * store update), {@code Transition} (one change of one dossier: routing, clock effects, events, due
 * and timer projection), {@code Timers}, {@code Worklists}, {@code Statistics}, {@code
 * Assignments}, {@code Endings} (withdrawal and stop), {@code AttributeUpdates}, {@code Documents},
 * {@code Reorganisations}, {@code EventDispatcher} (ordered delivery to listeners), {@code
 * CommandDigest} (what an idempotency key is checked against), and {@code ProcedureIndex} (lookups
 * over one procedure version).
 *
 * <p>Depends on {@link io.github.motcua.dossier}, {@link io.github.motcua.procedure}, {@link
 * io.github.motcua.deadline}, {@link io.github.motcua.calendar}, {@link io.github.motcua.agency}
 * and {@link io.github.motcua.spi}; knows no SQL.
 */
package io.github.motcua.engine;
