/*
 * Copyright 2026 the motcua authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.motcua.engine;

import static java.util.Objects.requireNonNull;

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.agency.UnknownAgencyException;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.Explanation;
import io.github.motcua.deadline.RemainingTime;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.DossierNotFoundException;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.ClockEffect;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.SupplementPolicy;
import io.github.motcua.spi.DossierEventListener;
import io.github.motcua.spi.DossierPage;
import io.github.motcua.spi.DossierQuery;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.spi.WorklistCursor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The dossier engine (một cửa): receives dossiers, routes them through the agencies of their
 * procedure by the actions officers perform, keeps their legal clocks, fires their timers and
 * answers worklists, searches and statistics. Built with {@link #builder()}; thread-safe, and safe
 * to run on several nodes over one shared store.
 *
 * <h2>Performing an action</h2>
 *
 * {@link #perform(PerformCommand)} checks, in this order, and refuses with a typed exception (a
 * {@link io.github.motcua.RefusedException}) that changes nothing: a repeated idempotency key is
 * answered with the first result only for the same actor sending the same command, else refused
 * ({@link IdempotencyKeyConflictException}, naming no dossier); the dossier exists; the actor may
 * act on it at all, that is, one of its current steps is in the actor's agency for the actor's
 * roles ({@link ActionNotAllowedException}, telling a stranger nothing of the dossier); the
 * expected version ({@link StaleDossierVersionException}, the one refusal where reloading helps);
 * the action exists at a current step ({@link ActionNotAvailableException}); the actor may perform
 * it at that step ({@link ActionNotAllowedException}); the guard ({@link
 * GuardNotSatisfiedException}); a reason when required ({@link ReasonRequiredException}); the round
 * and extension limits ({@link RoundLimitExceededException}, {@link
 * ExtensionLimitExceededException}) and a usable extension ({@link InvalidExtensionException}); the
 * clock state. Then it applies the transition and its clock effect and stores the new snapshot with
 * its events in one update.
 *
 * <h2>Routing</h2>
 *
 * An action's target is a step, a parallel block, {@link Action#JOIN}, or nothing when it ends the
 * dossier. Entering a block activates the first step of every branch, each with its own clock and
 * worklist entry. Inside a branch, a target in the same branch moves along it; {@code JOIN}
 * completes the branch; when the block's join condition holds the dossier moves to the block's
 * {@code next} ({@code ANY} cancels the branches still active). A target outside the branch leaves
 * the block, cancelling its other branches. An ending action cancels every other active step.
 *
 * <h2>Clocks</h2>
 *
 * The dossier clock counts the procedure's legal time limit from the receipt (intake cut-off
 * applied); each active step has its own clock with the step's budget. Each clock counts on a
 * working calendar: a step's on the calendar of the agency the step is bound to, the dossier's on
 * that of the agency competent for it (today the receiving agency), as the agency directory gives
 * them ({@link AgencyDirectory.Builder#calendar}: an agency's own, else its nearest ancestor's),
 * else the engine's {@link Builder#calendar calendar}. Due dates, due-soon and overdue marks,
 * remaining time, statistics and explanations follow; an explanation on another calendar than the
 * national one names it. A {@link ClockEffect#PAUSE} action pauses the dossier clock and the clocks
 * of the other active steps; while it is paused no step is due and the dossier waits for the
 * applicant. A pause to a step showing {@link
 * io.github.motcua.procedure.DossierStatus#SUPPLEMENT_REQUESTED} is a supplement request and uses
 * one of the {@link SupplementPolicy}'s rounds ({@link Procedure#requestsSupplement}); other
 * pauses, such as the payment notice, use none and are not stopped by the applicant's time limit.
 * {@link ClockEffect#RESUME} resumes as the procedure's {@link SupplementPolicy} says (continue or
 * restart); {@link ClockEffect#RESTART} restarts the whole budget; {@link ClockEffect#EXTEND} adds
 * the command's extension. Each clock event records the appointment date before and after.
 *
 * <h2>Events</h2>
 *
 * Every change is recorded as events (the version is their count) and published to the listeners
 * after the store committed it, never for a change rolled back. Each dossier's events reach every
 * listener in sequence order, whichever threads made the changes: a change committed while an
 * earlier one of the same dossier is still being stored or delivered waits in a per-dossier queue
 * and is delivered after it (possibly on the thread delivering the earlier one). A listener that
 * itself acts on the dossier (re-entrancy) does not interrupt the batch being delivered: its change
 * is queued and reaches every listener after the current batch has reached them all. A failing
 * listener is logged (WARN, with the dossier id) and cannot break the transition. A listener that
 * must not miss an event across a crash reads the JDBC store's outbox instead.
 *
 * <h2>Who works a step</h2>
 *
 * A step instance is in the pool of its agency and staff role until an officer claims it; a
 * worklist for a user ({@link StepQuery#userId()}) shows the steps assigned to that user and those
 * assigned to nobody. {@link #assign(AssignmentCommand)} claims, releases, reassigns or transfers
 * one step instance, with the checks of an action in the same order (idempotency key, the dossier
 * exists, the actor may act on it at all, the expected version, then the assignment rule: {@link
 * AssignmentNotAllowedException}); {@link #returnToPool(Actor, String)} gives all of an officer's
 * steps in the leader's agency back to the pool. Who counts as a leader for reassignments and
 * returns is the engine's setting {@link Builder#assignmentManagers} (default the staff role {@code
 * leader}), held in the step's own agency. Each is recorded as an event naming the previous and the
 * new assignee ({@link EventType#STEP_CLAIMED} and the following types) and published like any
 * change.
 *
 * <h2>Transactions</h2>
 *
 * Each submission, action, undo and each dossier's timer work runs in one unit of work of the
 * store's {@link DossierStore#transactions()}: when the caller has a transaction open (the host's,
 * joined by the store), the change commits or rolls back with it, and its events are published when
 * it commits.
 */
public final class DossierEngine {
  // Design: this class is the facade only. It checks arguments for null and hands each call to a
  // package-private collaborator with one job, all sharing one immutable EngineContext (store,
  // catalog and its procedure index cache, calendar, clock, listeners, settings):
  //   Intake       submit: version in force, attributes, bindings, number, receipt
  //   Commands     perform and undo: idempotent replay, the checks in their documented order,
  //                the store update against the expected version, publishing
  //   Transition   one change of one dossier: routing (steps, parallel blocks, joins), clock
  //                effects, events, and the due / due-soon / next-timer projection of the snapshot
  //   Timers       fireDueTimers: automatic actions, the applicant's time limit, due-soon and
  //                overdue marks; one claimed batch at a time for TimerRunner (public, outside
  //                the facade: the host starts and stops it)
  //   Worklists    worklists, due-soon and overdue pages, active steps with their remaining time
  //   Statistics   counts per agency, procedure and period; the Decision 766 on-time indicator
  //   Assignments  claim, release, reassign, transfer, return to the pool
  //   Endings      the applicant's withdrawal and the agency's stop
  //   AttributeUpdates  corrections of attributes, audited with old and new values
  //   Documents    references to the host's documents
  //   Reorganisations   moving dossiers in flight to the successors of agencies that ceased
  //   EventDispatcher   per-dossier ordered delivery of committed events to the listeners
  // Every change goes through EngineContext.store (against the expected version, publishing after
  // commit) inside a unit of work of the store.
  // The one-line lookups (find, history, explanation, remaining time) stay here.
  private final EngineContext ctx;
  private final Intake intake;
  private final Commands commands;
  private final Timers timers;
  private final Worklists worklists;
  private final Statistics statistics;
  private final Reorganisations reorganisations;
  private final Assignments assignments;
  private final Endings endings;
  private final AttributeUpdates attributeUpdates;
  private final Documents documents;

  private DossierEngine(Builder b) {
    this.ctx =
        new EngineContext(
            b.store != null ? b.store : inMemoryDefault(),
            b.catalog,
            b.calendar,
            b.directory,
            b.clock != null ? b.clock : Clock.system(b.calendar.zone()),
            b.listeners,
            b.numberPattern,
            b.dueSoon,
            b.ids != null ? b.ids : defaultIds(),
            b.timerBatch);
    this.intake = new Intake(ctx);
    this.commands = new Commands(ctx);
    this.timers = new Timers(ctx);
    this.worklists = new Worklists(ctx);
    this.statistics = new Statistics(ctx);
    this.reorganisations = new Reorganisations(ctx);
    this.assignments = new Assignments(ctx, commands, b.assignmentManagers);
    this.endings = new Endings(ctx, commands, b.assignmentManagers);
    this.attributeUpdates = new AttributeUpdates(ctx, commands, b.assignmentManagers);
    this.documents = new Documents(ctx, commands);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static DossierStore inMemoryDefault() {
    LoggerFactory.getLogger(DossierEngine.class)
        .info(
            "no dossier store given: dossiers are kept in memory and lost when the process stops"
                + " (give a store, such as the JDBC store, to keep them)");
    return new InMemoryDossierStore();
  }

  private static Supplier<String> defaultIds() {
    // A random 64-bit prefix per engine instance and a counter: unique across nodes with
    // overwhelming probability, and far cheaper than a random UUID per dossier.
    String prefix = Long.toHexString(new SecureRandom().nextLong() | Long.MIN_VALUE);
    AtomicLong counter = new AtomicLong();
    return () -> prefix + "-" + Long.toString(counter.incrementAndGet(), 36);
  }

  /**
   * Returns the store.
   *
   * @return the store
   */
  public DossierStore store() {
    return ctx.store;
  }

  /**
   * Returns the engine's working calendar: the one deadlines are counted on for agencies to which
   * the agency directory gives no calendar of their own.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return ctx.calendar;
  }

  /**
   * Returns the procedure catalog.
   *
   * @return the catalog
   */
  public ProcedureCatalog catalog() {
    return ctx.catalog;
  }

  /**
   * Receives a dossier: picks the procedure version in force on the received date and pins it,
   * validates the attributes, binds the agency roles, numbers the dossier from the receiving
   * agency's sequence, starts its clocks and enters the start step.
   *
   * @param cmd the submission
   * @return the receipt with the number and the appointment date
   * @throws io.github.motcua.procedure.ProcedureNotFoundException if no version of the procedure is
   *     in force on the received date
   * @throws InvalidAttributeException if an attribute is undeclared, mistyped or missing, or (text)
   *     longer than {@link io.github.motcua.procedure.AttributeDeclaration#MAX_TEXT_LENGTH}
   * @throws io.github.motcua.calendar.DateOutOfRangeException if the reception instant is outside
   *     the dates a working calendar counts ({@link WorkingCalendar#MIN_DATE} to {@link
   *     WorkingCalendar#MAX_DATE})
   * @throws AgencyBindingException if an agency role cannot be bound
   * @throws UnknownAgencyException if a bound agency is not in the directory
   * @throws IdempotencyKeyConflictException if the key was used for another command
   */
  public Receipt submit(SubmitCommand cmd) {
    return intake.submit(requireNonNull(cmd, "cmd"));
  }

  /**
   * Performs an action on a dossier. See the class description for the checks and their order.
   *
   * @param cmd the command
   * @return what the action did
   * @throws DossierNotFoundException if the dossier does not exist
   * @throws ActionNotAvailableException if the action is not available at a current step
   * @throws ActionNotAllowedException if the actor's agency or roles do not allow it
   * @throws GuardNotSatisfiedException if the dossier's attributes fail the action's guard
   * @throws ReasonRequiredException if a required reason is missing
   * @throws RoundLimitExceededException if the action or the supplement rounds are exhausted
   * @throws ExtensionLimitExceededException if no extension is left, or none was given
   * @throws StaleDossierVersionException if the dossier is not at the expected version
   * @throws IdempotencyKeyConflictException if the key was used for another command
   */
  public PerformResult perform(PerformCommand cmd) {
    return commands.perform(requireNonNull(cmd, "cmd"));
  }

  /**
   * Undoes the last action of a dossier: allowed when the action is undoable, the actor is the user
   * who performed it, and nothing has acted since (timers' due-soon and overdue marks do not
   * count). The state before the action is restored by a compensating {@link EventType#UNDONE}
   * event; the history keeps both.
   *
   * @param dossierId the dossier
   * @param actor who undoes it: the user who performed the action
   * @param expectedVersion the dossier version the actor saw
   * @return what the undo did
   * @throws DossierNotFoundException if the dossier does not exist
   * @throws UndoNotAllowedException if there is nothing the actor may undo
   * @throws StaleDossierVersionException if the dossier is not at the expected version
   */
  public PerformResult undo(String dossierId, Actor actor, long expectedVersion) {
    requireNonNull(dossierId, "dossierId");
    requireNonNull(actor, "actor");
    return commands.undo(dossierId, actor, expectedVersion);
  }

  /**
   * Claims, releases, reassigns or transfers an active step instance: one change of the dossier,
   * recorded by one event naming the previous and the new assignee. See {@link AssignmentCommand}
   * for the rules and the class description for the order of the checks.
   *
   * @param cmd the command
   * @return what the change did (a replay when the idempotency key was used by the same command)
   * @throws DossierNotFoundException if the dossier does not exist
   * @throws ActionNotAllowedException if the actor may not act on the dossier at all
   * @throws StaleDossierVersionException if the dossier is not at the expected version
   * @throws AssignmentNotAllowedException if the assignment rule refuses it
   * @throws IdempotencyKeyConflictException if the key was used for another command
   */
  public PerformResult assign(AssignmentCommand cmd) {
    return assignments.assign(requireNonNull(cmd, "cmd"));
  }

  /**
   * Returns to the pool every active step instance bound to the leader's agency and assigned to a
   * user (an officer who left or is away). Each dossier is its own change, made against the version
   * it was read at and recorded by one {@link EventType#STEP_RETURNED_TO_POOL} event per step; a
   * dossier others keep changing is retried, then reported as skipped. Repeating the call is
   * harmless: steps already in the pool are not found again.
   *
   * @param leader the actor, holding an {@linkplain Builder#assignmentManagers assignment-manager}
   *     role in the agency
   * @param userId the opaque id of the officer whose steps go back
   * @return what was returned
   * @throws AssignmentNotAllowedException if the actor holds no assignment-manager role
   */
  public PoolReturn returnToPool(Actor leader, String userId) {
    requireNonNull(leader, "leader");
    requireNonNull(userId, "userId");
    return assignments.returnToPool(leader, userId);
  }

  /**
   * Corrects a dossier's attributes: during a supplement round by the officer of the step it waits
   * at, or at any time by a holder of an {@linkplain Builder#assignmentManagers assignment-manager}
   * role in its competent agency. The values are checked against the procedure's declarations like
   * a submission's; one {@link EventType#ATTRIBUTES_CHANGED} event records each old and new value
   * (in the audit trail only, never in a log line); guards are evaluated on the new values from
   * then on.
   *
   * @param dossierId the dossier
   * @param actor who corrects them
   * @param expectedVersion the version the actor saw
   * @param changes attribute name to new value
   * @param reason why
   * @return what it did
   * @throws ActionNotAllowedException if the actor may not correct them
   * @throws StaleDossierVersionException if the dossier is not at the expected version
   * @throws InvalidAttributeException if an attribute is undeclared, mistyped, null or (text)
   *     longer than {@link io.github.motcua.procedure.AttributeDeclaration#MAX_TEXT_LENGTH}
   * @throws ReasonRequiredException if the reason is blank
   */
  public PerformResult updateAttributes(
      String dossierId,
      Actor actor,
      long expectedVersion,
      java.util.Map<String, ?> changes,
      String reason) {
    requireNonNull(changes, "changes");
    // a copy that keeps null keys and values, which the declarations then refuse with a typed
    // exception (a host may pass a JSON null through)
    java.util.Map<String, Object> copy =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
    return attributeUpdates.update(
        requireNonNull(dossierId, "dossierId"),
        requireNonNull(actor, "actor"),
        expectedVersion,
        copy,
        requireNonNull(reason, "reason"));
  }

  /**
   * Attaches a reference to a document kept in the host's storage (a receipt slip, a supplement
   * request, a letter of apology, a result): its id, kind and digest, optionally tied to one event
   * of the audit trail ({@link io.github.motcua.dossier.DocumentRef#forEvent}). Recorded by a
   * {@link EventType#DOCUMENT_ATTACHED} event; the file never enters the library. Any officer of an
   * agency that received the dossier, is competent for it or holds one of its steps may attach.
   *
   * @param dossierId the dossier
   * @param actor who attaches it
   * @param expectedVersion the version the actor saw
   * @param document the reference
   * @return what it did
   * @throws ActionNotAllowedException if the actor may not act on the dossier
   * @throws StaleDossierVersionException if the dossier is not at the expected version
   * @throws ActionNotAvailableException if the document id is already attached or the event does
   *     not exist
   */
  public PerformResult attachDocument(
      String dossierId,
      Actor actor,
      long expectedVersion,
      io.github.motcua.dossier.DocumentRef document) {
    return documents.attach(
        requireNonNull(dossierId, "dossierId"),
        requireNonNull(actor, "actor"),
        expectedVersion,
        requireNonNull(document, "document"));
  }

  /**
   * Records that the applicant withdrew the dossier (rút hồ sơ): it ends with {@link
   * io.github.motcua.procedure.Outcome#WITHDRAWN} (national status 7), its steps cancelled and its
   * clock stopped, audited by a COMPLETED event with the reason. Any procedure allows it. Recorded
   * by an officer of an agency that received the dossier, is competent for it or holds one of its
   * current steps.
   *
   * @param dossierId the dossier
   * @param actor the officer who records the applicant's request
   * @param expectedVersion the version the officer saw
   * @param reason the applicant's request, as the reason
   * @return what it did
   * @throws ActionNotAllowedException if the actor may not act on the dossier
   * @throws StaleDossierVersionException if the dossier is not at the expected version
   * @throws ActionNotAvailableException if the dossier has already ended
   * @throws ReasonRequiredException if the reason is blank
   */
  public PerformResult withdraw(
      String dossierId, Actor actor, long expectedVersion, String reason) {
    return endings.withdraw(
        requireNonNull(dossierId, "dossierId"),
        requireNonNull(actor, "actor"),
        expectedVersion,
        requireNonNull(reason, "reason"));
  }

  /**
   * Stops a dossier (dừng xử lý) with a notice to the applicant: it ends with {@link
   * io.github.motcua.procedure.Outcome#STOPPED} (national status 8), audited by a COMPLETED event
   * with the reason and the notice's reference (form 05 of Circular 03/2025/TT-VPCP as reported;
   * the document itself stays in the host's storage). Only a holder of an {@linkplain
   * Builder#assignmentManagers assignment-manager} role (default {@code leader}) in the dossier's
   * competent agency may stop it.
   *
   * @param dossierId the dossier
   * @param actor the leader who stops it
   * @param expectedVersion the version the leader saw
   * @param reason why
   * @param notice the reference of the notice sent to the applicant
   * @return what it did
   * @throws ActionNotAllowedException if the actor may not stop it
   * @throws StaleDossierVersionException if the dossier is not at the expected version
   * @throws ActionNotAvailableException if the dossier has already ended
   * @throws ReasonRequiredException if the reason or the notice is blank
   */
  public PerformResult stop(
      String dossierId, Actor actor, long expectedVersion, String reason, String notice) {
    return endings.stop(
        requireNonNull(dossierId, "dossierId"),
        requireNonNull(actor, "actor"),
        expectedVersion,
        requireNonNull(reason, "reason"),
        requireNonNull(notice, "notice"));
  }

  /**
   * Fires the timers due at {@code now}: due-soon warnings and overdue marks (once per step
   * instance and once per dossier), automatic actions ({@link Action#automaticAfter()}), and the
   * stop of dossiers that waited for the applicant's supplement longer than the procedure's {@link
   * SupplementPolicy#applicantTimeLimit()}. Idempotent, and safe to call from several nodes at
   * once: each change is made against the version it was computed from, and a lost race is skipped
   * (counted in the report), not an error. So is a deadlock or serialization failure of one
   * dossier's own unit of work (the dossier keeps its claim and is tried again when the lease
   * ends); called inside a transaction that is already open, such a failure ends the call, since
   * the whole transaction is lost. A host that does not want to schedule this call itself starts a
   * {@link TimerRunner}.
   *
   * @param now the instant to fire up to
   * @return what was fired
   * @throws io.github.motcua.calendar.DateOutOfRangeException if the instant is outside the dates a
   *     working calendar counts ({@link WorkingCalendar#MIN_DATE} to {@link
   *     WorkingCalendar#MAX_DATE})
   */
  public TimerReport fireDueTimers(Instant now) {
    return timers.fireDueTimers(requireNonNull(now, "now"));
  }

  /** The timers' collaborator, for {@link TimerRunner}. */
  Timers timers() {
    return timers;
  }

  /** The engine's context, for {@link TimerRunner}: its clock and claimer id. */
  EngineContext context() {
    return ctx;
  }

  /**
   * Loads a dossier.
   *
   * @param dossierId the dossier id
   * @return the dossier, if it exists
   */
  public Optional<Dossier> find(String dossierId) {
    return ctx.store.load(requireNonNull(dossierId, "dossierId"));
  }

  /**
   * Loads a dossier that must exist.
   *
   * @param dossierId the dossier id
   * @return the dossier
   * @throws DossierNotFoundException if it does not exist
   */
  public Dossier get(String dossierId) {
    return ctx.get(requireNonNull(dossierId, "dossierId"));
  }

  /**
   * Finds a dossier by its number.
   *
   * @param number the dossier number
   * @return the dossier, if any
   */
  public Optional<Dossier> findByNumber(String number) {
    return ctx.store.findByNumber(requireNonNull(number, "number"));
  }

  /**
   * Finds a dossier by its reference in an external system: the national portal's dossier code
   * given at submission ({@link SubmitCommand.Builder#externalRef}).
   *
   * @param externalRef the external reference
   * @return the dossier, if any
   */
  public Optional<Dossier> findByExternalRef(String externalRef) {
    return ctx.store.findByExternalRef(requireNonNull(externalRef, "externalRef"));
  }

  /**
   * Finds the dossiers of an applicant, newest first.
   *
   * @param applicantRef the opaque applicant reference
   * @param limit the most to return, at least 1 (a smaller one is an IllegalArgumentException)
   * @return the dossiers
   */
  public List<Dossier> findByApplicant(String applicantRef, int limit) {
    return ctx.store.findByApplicant(requireNonNull(applicantRef, "applicantRef"), limit);
  }

  /**
   * Returns the procedure version pinned on a dossier.
   *
   * @param dossier the dossier
   * @return the procedure
   * @throws io.github.motcua.procedure.ProcedureNotFoundException if the catalog no longer holds it
   */
  public Procedure procedureOf(Dossier dossier) {
    return ctx.index(requireNonNull(dossier, "dossier")).procedure;
  }

  /**
   * Returns a dossier's audit trail, oldest first: every event with its clock changes (due before
   * and after, and an explanation).
   *
   * @param dossierId the dossier
   * @return the events
   * @throws DossierNotFoundException if the dossier does not exist
   */
  public List<DossierEvent> history(String dossierId) {
    return ctx.store.history(requireNonNull(dossierId, "dossierId"), 0);
  }

  /**
   * Explains a dossier's appointment date: receipt, counting start, rule, pauses, restarts,
   * extensions and the days off skipped.
   *
   * @param dossierId the dossier
   * @return the explanation
   * @throws DossierNotFoundException if the dossier does not exist
   */
  public Explanation explainDue(String dossierId) {
    Dossier d = get(dossierId);
    return d.clock().explain(ctx.calendarOf(d));
  }

  /**
   * Returns the working time a dossier has left at the engine clock's now (negative when overdue;
   * frozen once finished).
   *
   * @param dossierId the dossier
   * @return the remaining time
   * @throws DossierNotFoundException if the dossier does not exist
   */
  public RemainingTime remaining(String dossierId) {
    Dossier d = get(dossierId);
    return d.clock().remaining(ctx.calendarOf(d), ctx.clock.instant());
  }

  /**
   * Returns a dossier's active steps with the time each has left at the engine clock's now.
   *
   * @param dossierId the dossier
   * @return the active steps
   * @throws DossierNotFoundException if the dossier does not exist
   */
  public List<WorklistItem> activeSteps(String dossierId) {
    return worklists.activeSteps(requireNonNull(dossierId, "dossierId"));
  }

  /**
   * Returns a page of the worklist of a staff role in an agency, most urgent first, each with the
   * time it has left.
   *
   * @param agencyId the agency
   * @param staffRole the staff role
   * @param userId a user: only steps assigned to them or to nobody; empty for all
   * @param after the cursor of the previous page, if any
   * @param limit the page size, 1 to 1000
   * @return the page
   * @throws IllegalArgumentException if the limit is outside 1 to 1000 (a caller's error, not a
   *     refusal)
   */
  public WorklistPage worklist(
      String agencyId,
      String staffRole,
      Optional<String> userId,
      Optional<WorklistCursor> after,
      int limit) {
    return worklists.worklist(agencyId, staffRole, userId, after, limit);
  }

  /**
   * Returns the first page of the worklist of a staff role in an agency.
   *
   * @param agencyId the agency
   * @param staffRole the staff role
   * @param limit the page size, 1 to 1000
   * @return the page
   * @throws IllegalArgumentException if the limit is outside 1 to 1000 (a caller's error, not a
   *     refusal)
   */
  public WorklistPage worklist(String agencyId, String staffRole, int limit) {
    return worklist(agencyId, staffRole, Optional.empty(), Optional.empty(), limit);
  }

  /**
   * Returns a page of the active steps a query selects, most urgent first, each with the time it
   * has left: a worklist narrowed by any of the query's filters (assignee, due bounds, and the
   * dossier's procedure, status, national status code, received period, number or applicant
   * prefix).
   *
   * @param query the query, e.g. {@code StepQuery.builder(20).agency(a).staffRole(r).forUser(u)
   *     .filter(DossierFilter.builder().procedure(code).build()).build()}
   * @return the page
   */
  public WorklistPage worklist(StepQuery query) {
    return worklists.worklist(requireNonNull(query, "query"));
  }

  /**
   * Searches dossiers (tra cứu), newest received first, one keyset page at a time: by receiving
   * agency, procedure, status, national status code, received period, number or applicant prefix,
   * due bound and assignee.
   *
   * @param query the query
   * @return the page
   */
  public DossierPage search(DossierQuery query) {
    return ctx.store.search(requireNonNull(query, "query"));
  }

  /**
   * Returns the active steps, in an agency or everywhere, that are due soon or overdue at the
   * engine clock's now, most urgent first.
   *
   * @param agencyId the agency, or empty for all
   * @param after the cursor of the previous page, if any
   * @param limit the page size, 1 to 1000
   * @return the page
   * @throws IllegalArgumentException if the limit is outside 1 to 1000 (a caller's error, not a
   *     refusal)
   */
  public WorklistPage dueSoon(
      Optional<String> agencyId, Optional<WorklistCursor> after, int limit) {
    return worklists.dueSoon(agencyId, after, limit);
  }

  /**
   * Returns the active steps, in an agency or everywhere, past their due instant at the engine
   * clock's now, most overdue first.
   *
   * @param agencyId the agency, or empty for all
   * @param after the cursor of the previous page, if any
   * @param limit the page size, 1 to 1000
   * @return the page
   * @throws IllegalArgumentException if the limit is outside 1 to 1000 (a caller's error, not a
   *     refusal)
   */
  public WorklistPage overdue(
      Optional<String> agencyId, Optional<WorklistCursor> after, int limit) {
    return worklists.overdue(agencyId, after, limit);
  }

  /**
   * Moves the dossiers in flight on a reorganisation's effective instant to the successor agencies
   * (the reorganisation is recorded in the engine's agency directory, {@link
   * AgencyDirectory.Builder#reorganise}): every binding, active step and competent agency that
   * names an agency that ceased is re-pointed to its successor, one audited change per dossier (an
   * {@link EventType#AGENCY_CHANGED} event naming the reorganisation, its legal basis and each
   * move); clocks and due dates stay as they were, the receiving agency stays, worklists follow.
   * Idempotent (a dossier already moved is left alone) and resumable (each dossier is its own unit
   * of work: run it again after an interruption). Finished dossiers keep their agencies. The host
   * authorises who may run it; the actor is recorded on each event.
   *
   * @param reorganisationId the id of a reorganisation in the agency directory
   * @param actor who runs it, recorded on the events
   * @param chooser which successor takes each dossier when there are several (a split)
   * @return how many dossiers were moved
   * @throws UnknownAgencyException if the directory records no such reorganisation
   * @throws ReorganisationRefusedException if the reorganisation is not yet in effect, or the
   *     chooser chose an agency that is not a successor or failed
   */
  public ReorganisationReport reorganise(
      String reorganisationId, Actor actor, SuccessorChooser chooser) {
    requireNonNull(actor, "actor");
    requireNonNull(chooser, "chooser");
    return reorganisations.reorganise(
        ctx.directory.reorganisation(requireNonNull(reorganisationId, "reorganisationId")),
        actor,
        chooser);
  }

  /**
   * Moves the dossiers in flight to the successors of a reorganisation, the first successor of a
   * split taking every dossier; see {@link #reorganise(String, Actor, SuccessorChooser)}.
   *
   * @param reorganisationId the id of a reorganisation in the agency directory
   * @param actor who runs it, recorded on the events
   * @return how many dossiers were moved
   * @throws UnknownAgencyException if the directory records no such reorganisation
   */
  public ReorganisationReport reorganise(String reorganisationId, Actor actor) {
    return reorganise(reorganisationId, actor, SuccessorChooser.FIRST);
  }

  /**
   * Counts the dossiers of an agency and procedure over a period; see {@link DossierStatistics}. A
   * dossier still open at the period's end is classed by how it stood at that end, even when it has
   * finished or changed since: its clock is replayed up to the end (paused then: waiting for the
   * applicant; running: overdue if its due instant then was before the end). The status codes are
   * the dossiers' statuses now.
   *
   * @param scope the receiving agency (or all), the procedure (or all) and the period
   * @return the statistics
   */
  public DossierStatistics statistics(StatisticsScope scope) {
    return statistics.of(requireNonNull(scope, "scope"));
  }

  /**
   * Computes the on-time indicator of Decision 766/QĐ-TTg (indicator 2.1, up to 20 of 100 points)
   * for an agency (receiving or competent), procedure and period; see {@link OnTimeIndicator} for
   * the formula and its source.
   *
   * @param scope the agency, the procedure and the period
   * @return the indicator
   */
  public OnTimeIndicator onTimeIndicator(StatisticsScope scope) {
    return statistics.onTime(requireNonNull(scope, "scope"));
  }

  /** Builds a {@link DossierEngine}. Not thread-safe. */
  public static final class Builder {
    private DossierStore store;
    private ProcedureCatalog catalog;
    private WorkingCalendar calendar = WorkingCalendar.vietnam();
    private AgencyDirectory directory = AgencyDirectory.empty();
    private Clock clock;
    private final List<DossierEventListener> listeners = new ArrayList<>();
    private DossierNumberPattern numberPattern = DossierNumberPattern.DEFAULT;
    private DueSoonThreshold dueSoon = DueSoonThreshold.DEFAULT;
    private Supplier<String> ids;
    private int timerBatch = 500;
    private Set<String> assignmentManagers = Set.of("leader");

    private Builder() {}

    /**
     * Sets the staff roles whose holders may reassign steps of their agency and return an officer's
     * steps to the pool (default {@code leader}).
     *
     * @param roles the roles, at least one
     * @return this builder
     * @throws IllegalArgumentException if no role is given
     */
    public Builder assignmentManagers(String... roles) {
      if (roles.length == 0) {
        throw new IllegalArgumentException("at least one assignment-manager role is needed");
      }
      this.assignmentManagers = Set.of(roles);
      return this;
    }

    /**
     * Sets the store. Without one the engine keeps dossiers in a new {@link InMemoryDossierStore},
     * says so in its log (INFO), and loses them when the process stops.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(DossierStore store) {
      this.store = requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the procedure catalog (required).
     *
     * @param catalog the catalog
     * @return this builder
     */
    public Builder catalog(ProcedureCatalog catalog) {
      this.catalog = requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Sets the working calendar of agencies the agency directory gives none (default {@link
     * WorkingCalendar#vietnam()}).
     *
     * @param calendar the calendar
     * @return this builder
     */
    public Builder calendar(WorkingCalendar calendar) {
      this.calendar = requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Sets the agency directory used to derive agency roles (default empty: every role is bound
     * explicitly).
     *
     * @param directory the directory
     * @return this builder
     */
    public Builder agencies(AgencyDirectory directory) {
      this.directory = requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Sets the clock "now" is read from (default the system clock in the calendar's zone).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Adds a listener that receives every committed change's events.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(DossierEventListener listener) {
      listeners.add(requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Sets the dossier number pattern (default {@link DossierNumberPattern#DEFAULT}).
     *
     * @param pattern the pattern
     * @return this builder
     */
    public Builder numberPattern(DossierNumberPattern pattern) {
      this.numberPattern = requireNonNull(pattern, "pattern");
      return this;
    }

    /**
     * Sets when steps and dossiers count as due soon (default {@link DueSoonThreshold#DEFAULT}: 20%
     * of the budget, at most one working day, before due).
     *
     * @param threshold the threshold
     * @return this builder
     */
    public Builder dueSoon(DueSoonThreshold threshold) {
      this.dueSoon = requireNonNull(threshold, "threshold");
      return this;
    }

    /**
     * Sets how dossier ids are made (default: a random per-engine prefix and a counter). Ids must
     * be unique in the store.
     *
     * @param ids the id supplier
     * @return this builder
     */
    public Builder ids(Supplier<String> ids) {
      this.ids = requireNonNull(ids, "ids");
      return this;
    }

    /**
     * Sets how many due dossiers one store query of the timers fetches (default 500).
     *
     * @param size the batch size, 1 to 10000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder timerBatch(int size) {
      if (size < 1 || size > 10_000) {
        throw new IllegalArgumentException("timer batch must be 1 to 10000; got " + size);
      }
      this.timerBatch = size;
      return this;
    }

    /**
     * Builds the engine. Leaves this builder unchanged: building twice gives two engines with the
     * same settings (each with its own in-memory store when none was set).
     *
     * @return the engine
     * @throws IllegalStateException if no catalog was set
     */
    public DossierEngine build() {
      if (catalog == null) {
        throw new IllegalStateException("a dossier engine needs a procedure catalog");
      }
      return new DossierEngine(this);
    }
  }
}
