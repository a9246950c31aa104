package io.github.motcua.engine;

import static java.util.Objects.requireNonNull;

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.agency.UnknownAgencyException;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.ClockEntry;
import io.github.motcua.deadline.ClockState;
import io.github.motcua.deadline.CountingPolicy;
import io.github.motcua.deadline.DeadlineCalculator;
import io.github.motcua.deadline.DeadlineClock;
import io.github.motcua.deadline.Explanation;
import io.github.motcua.deadline.RemainingTime;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.DossierNotFoundException;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.dossier.UndoPoint;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.AgencyRole;
import io.github.motcua.procedure.AttributeDeclaration;
import io.github.motcua.procedure.ClockEffect;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.ParallelBlock;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.Step;
import io.github.motcua.procedure.SupplementPolicy;
import io.github.motcua.spi.DossierEventListener;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.IdempotencyRecord;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.spi.StepPage;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.spi.WorkItem;
import io.github.motcua.spi.WorklistCursor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dossier engine (một cửa): receives dossiers, routes them through the agencies of their
 * procedure by the actions officers perform, keeps their legal clocks, fires their timers and
 * answers worklists, searches and statistics. Built with {@link #builder()}; thread-safe, and safe
 * to run on several nodes over one shared store.
 *
 * <h2>Performing an action</h2>
 *
 * {@link #perform(PerformCommand)} checks, in this order, and refuses with a typed exception that
 * changes nothing: the action exists at a current step ({@link ActionNotAvailableException}); the
 * actor acts for the agency the step is bound to and holds a staff role the action allows ({@link
 * ActionNotAllowedException}); the guard holds ({@link GuardNotSatisfiedException}); a reason is
 * given when required ({@link ReasonRequiredException}); the round and extension limits ({@link
 * RoundLimitExceededException}, {@link ExtensionLimitExceededException}); the expected version
 * ({@link StaleDossierVersionException}). Then it applies the transition and its clock effect and
 * stores the new snapshot with its events in one update. A repeated idempotency key returns the
 * first result without acting again.
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
 * applied); each active step has its own clock with the step's budget. A {@link ClockEffect#PAUSE}
 * action (a supplement request) pauses the dossier clock and the clocks of the other active steps;
 * while it is paused no step is due and the dossier waits for the applicant. {@link
 * ClockEffect#RESUME} resumes as the procedure's {@link SupplementPolicy} says (continue or
 * restart); {@link ClockEffect#RESTART} restarts the whole budget; {@link ClockEffect#EXTEND} adds
 * the command's extension. Each clock event records the appointment date before and after.
 *
 * <h2>Events</h2>
 *
 * Every change is recorded as events (the version is their count) and published to the listeners
 * after the store committed it; a failing listener is logged with the dossier id and cannot break
 * the transition.
 */
public final class DossierEngine {
  private static final Logger LOG = LoggerFactory.getLogger(DossierEngine.class);
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final String SUBMIT = "submit";
  private static final String UNDO = "undo";

  private record ProcKey(String code, int version) {}

  private final DossierStore store;
  private final ProcedureCatalog catalog;
  private final WorkingCalendar calendar;
  private final DeadlineCalculator calculator;
  private final AgencyDirectory directory;
  private final Clock clock;
  private final List<DossierEventListener> listeners;
  private final DossierNumberPattern numberPattern;
  private final DueSoonThreshold dueSoon;
  private final Supplier<String> ids;
  private final int timerBatch;
  private final ConcurrentHashMap<ProcKey, ProcedureIndex> indexes = new ConcurrentHashMap<>();

  private DossierEngine(Builder b) {
    this.store = b.store;
    this.catalog = b.catalog;
    this.calendar = b.calendar;
    this.calculator = DeadlineCalculator.on(b.calendar);
    this.directory = b.directory;
    this.clock = b.clock;
    this.listeners = List.copyOf(b.listeners);
    this.numberPattern = b.numberPattern;
    this.dueSoon = b.dueSoon;
    this.ids = b.ids != null ? b.ids : defaultIds();
    this.timerBatch = b.timerBatch;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
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
    return store;
  }

  /**
   * Returns the working calendar deadlines are counted on.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the procedure catalog.
   *
   * @return the catalog
   */
  public ProcedureCatalog catalog() {
    return catalog;
  }

  // ---------------------------------------------------------------------------------------------
  // Submit

  /**
   * Receives a dossier: picks the procedure version in force on the received date and pins it,
   * validates the attributes, binds the agency roles, numbers the dossier from the receiving
   * agency's sequence, starts its clocks and enters the start step.
   *
   * @param cmd the submission
   * @return the receipt with the number and the appointment date
   * @throws io.github.motcua.procedure.ProcedureNotFoundException if no version of the procedure is
   *     in force on the received date
   * @throws InvalidAttributeException if an attribute is undeclared, mistyped or missing
   * @throws AgencyBindingException if an agency role cannot be bound
   * @throws UnknownAgencyException if a bound agency is not in the directory
   * @throws IdempotencyKeyConflictException if the key was used for another command
   */
  public Receipt submit(SubmitCommand cmd) {
    requireNonNull(cmd, "cmd");
    if (cmd.idempotencyKey().isPresent()) {
      Optional<IdempotencyRecord> prior = store.idempotency(cmd.idempotencyKey().get());
      if (prior.isPresent()) {
        IdempotencyRecord r = prior.get();
        if (!r.operation().equals(SUBMIT)) {
          throw conflict(r, "submit");
        }
        Dossier d = get(r.dossierId());
        if (!d.applicantRef().equals(cmd.applicantRef())
            || !d.procedureCode().equals(cmd.procedureCode())) {
          throw conflict(r, "submit");
        }
        return receipt(d, true);
      }
    }
    Instant receivedAt = cmd.receivedAt().orElseGet(clock::instant);
    LocalDate receivedDate = LocalDate.ofInstant(receivedAt, calendar.zone());
    Procedure p = catalog.requireInForce(cmd.procedureCode(), receivedDate);
    ProcedureIndex px = index(p);
    Map<String, Object> attributes = validateAttributes(p, cmd.attributes());
    Map<String, String> bindings = bind(px, cmd.bindings());
    Step start = px.step(p.startStep());
    String receivingAgency = bindings.get(start.agencyRole());
    String user = cmd.receivedBy().orElse("");
    long seq =
        store.nextSequence(numberPattern.sequenceKey(receivingAgency, p.code(), receivedDate));
    String number = numberPattern.format(receivingAgency, p.code(), receivedDate, seq);
    String id = ids.get();

    DeadlineClock dclock = DeadlineClock.start(p.timeLimit(), px.dossierPolicy, receivedAt, user);
    Dossier draft =
        Dossier.builder()
            .id(id)
            .number(number)
            .procedure(p.code(), p.version())
            .channel(cmd.channel())
            .applicantRef(cmd.applicantRef())
            .receivingAgencyId(receivingAgency)
            .attributes(attributes)
            .bindings(bindings)
            .receivedAt(receivedAt)
            .status(start.status())
            .version(1)
            .clock(dclock)
            .build();
    Tx tx = new Tx(draft, px, receivedAt, user, receivingAgency, Optional.empty());
    tx.seq = 0;
    Optional<Instant> due = dclock.dueInstant(calendar);
    DossierEvent.Builder submitted =
        tx.event(EventType.SUBMITTED)
            .due(null, due.orElse(null))
            .detail(DossierEvent.DETAIL_STATUS, start.status().name());
    cmd.idempotencyKey().ifPresent(k -> submitted.detail(DossierEvent.DETAIL_IDEMPOTENCY_KEY, k));
    tx.events.add(submitted.build());
    tx.dueAt = due;
    tx.clockChanged = true;
    tx.enter(start.id(), null, null, true);
    Dossier d = tx.finish(Optional.empty());
    Optional<IdempotencyRecord> rec =
        cmd.idempotencyKey().map(k -> new IdempotencyRecord(k, id, SUBMIT, 0, d.version()));
    try {
      store.insert(d, tx.events, rec);
    } catch (IdempotencyKeyConflictException e) {
      // a retry with the same key raced with its first attempt: answer with the winner's receipt
      IdempotencyRecord r = store.idempotency(cmd.idempotencyKey().orElseThrow()).orElseThrow();
      Dossier first = get(r.dossierId());
      if (r.operation().equals(SUBMIT) && first.applicantRef().equals(cmd.applicantRef())) {
        return receipt(first, true);
      }
      throw e;
    }
    publish(d, tx.events);
    return receipt(d, false);
  }

  private Receipt receipt(Dossier d, boolean replayed) {
    Procedure p = procedureOf(d);
    CountingPolicy policy = index(p).dossierPolicy;
    Instant start = calculator.effectiveStart(d.receivedAt(), policy);
    // the promised date: the clock as it started, before any later pause or extension
    DeadlineClock first =
        DeadlineClock.replay(d.clock().limit(), policy, d.clock().entries().subList(0, 1));
    Instant due = replayed ? first.dueInstant(calendar).orElseThrow() : d.dueAt().orElseThrow();
    return new Receipt(
        d,
        d.receivedAt(),
        start,
        due,
        replayed,
        () -> calculator.compute(d.receivedAt(), p.timeLimit(), policy).explanation());
  }

  private Map<String, Object> validateAttributes(Procedure p, Map<String, Object> given) {
    Map<String, AttributeDeclaration> declared = new LinkedHashMap<>();
    for (AttributeDeclaration a : p.attributes()) {
      declared.put(a.name(), a);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : given.entrySet()) {
      AttributeDeclaration decl = declared.get(e.getKey());
      if (decl == null) {
        throw new InvalidAttributeException(
            p.code(),
            e.getKey(),
            "attribute '"
                + e.getKey()
                + "' is not declared by procedure "
                + p.code()
                + " v"
                + p.version()
                + "; declared: "
                + (declared.isEmpty() ? "none" : String.join(", ", declared.keySet())));
      }
      out.put(e.getKey(), Attributes.coerce(p, decl, e.getValue()));
    }
    for (AttributeDeclaration decl : p.attributes()) {
      if (decl.required() && !out.containsKey(decl.name())) {
        throw new InvalidAttributeException(
            p.code(),
            decl.name(),
            "attribute '"
                + decl.name()
                + "' ("
                + decl.type()
                + ") is required by procedure "
                + p.code()
                + " v"
                + p.version()
                + " and was not given");
      }
    }
    return out;
  }

  private Map<String, String> bind(ProcedureIndex px, Map<String, String> explicit) {
    Procedure p = px.procedure;
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : explicit.entrySet()) {
      if (!px.roles.containsKey(e.getKey())) {
        throw new AgencyBindingException(
            p.code(),
            e.getKey(),
            "agency role '"
                + e.getKey()
                + "' is not declared by procedure "
                + p.code()
                + " v"
                + p.version()
                + "; declared: "
                + String.join(", ", px.roles.keySet()));
      }
      if (!directory.isEmpty()) {
        directory.get(e.getValue());
      }
      out.put(e.getKey(), e.getValue());
    }
    boolean progress = true;
    while (progress) {
      progress = false;
      for (AgencyRole r : px.roles.values()) {
        if (out.containsKey(r.id()) || r.derivedFrom().isEmpty()) {
          continue;
        }
        String base = out.get(r.derivedFrom().get());
        if (base == null) {
          continue;
        }
        String agency = base;
        if (r.ancestorKind().isPresent()) {
          try {
            agency = directory.nearestAncestorOfKind(base, r.ancestorKind().get()).id();
          } catch (UnknownAgencyException ex) {
            throw new AgencyBindingException(
                p.code(),
                r.id(),
                "agency role '"
                    + r.id()
                    + "' is derived as the nearest '"
                    + r.ancestorKind().get()
                    + "' above the agency of role '"
                    + r.derivedFrom().get()
                    + "' ('"
                    + base
                    + "'), but "
                    + ex.getMessage()
                    + "; bind the role explicitly or complete the agency directory");
          }
        }
        out.put(r.id(), agency);
        progress = true;
      }
    }
    for (Step s : p.steps()) {
      if (!out.containsKey(s.agencyRole())) {
        // report the role the caller must bind: the root of the derivation chain
        String role = s.agencyRole();
        AgencyRole r = px.roles.get(role);
        while (r != null
            && r.derivedFrom().isPresent()
            && !out.containsKey(r.derivedFrom().get())) {
          role = r.derivedFrom().get();
          r = px.roles.get(role);
        }
        throw new AgencyBindingException(
            p.code(),
            role,
            "agency role '"
                + role
                + "' is not bound"
                + (role.equals(s.agencyRole())
                    ? " (step '" + s.id() + "' needs it)"
                    : " (role '"
                        + s.agencyRole()
                        + "' of step '"
                        + s.id()
                        + "' is derived from it)")
                + "; bind it in the submission");
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Perform

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
    requireNonNull(cmd, "cmd");
    if (cmd.idempotencyKey().isPresent()) {
      Optional<PerformResult> replay =
          replay(cmd.idempotencyKey().get(), cmd.dossierId(), cmd.actionId());
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    Dossier d = get(cmd.dossierId());
    ProcedureIndex px = index(d);
    Action a = px.actions.get(cmd.actionId());
    List<StepInstance> candidates = new ArrayList<>(2);
    if (a != null) {
      for (StepInstance s : d.activeSteps()) {
        if (a.from().contains(s.stepId())
            && (cmd.stepInstanceId().isEmpty() || cmd.stepInstanceId().get().equals(s.id()))) {
          candidates.add(s);
        }
      }
    }
    if (candidates.isEmpty()) {
      throw notAvailable(d, px, cmd.actionId());
    }
    Actor actor = cmd.actor();
    Set<String> allowed = a.allowedRoles();
    StepInstance at = null;
    for (StepInstance s : candidates) {
      if (s.agencyId().equals(actor.agencyId()) && holdsAny(actor, allowed, s)) {
        at = s;
        break;
      }
    }
    if (at == null) {
      throw notAllowed(d, a, candidates.get(0), actor);
    }
    checkRules(d, px, a, at, cmd.comment(), cmd.extension());
    if (d.version() != cmd.expectedVersion()) {
      throw new StaleDossierVersionException(d.id(), cmd.expectedVersion(), d.version());
    }
    Tx tx = new Tx(d, px, clock.instant(), actor.userId(), actor.agencyId(), cmd.idempotencyKey());
    tx.perform(a, at, cmd.comment(), cmd.extension(), cmd.assignTo());
    Dossier next =
        tx.finish(
            a.undoable()
                ? Optional.of(
                    new UndoPoint(
                        a.id(),
                        actor.userId(),
                        d.version() + tx.events.size(),
                        d.toBuilder().undo(Optional.empty()).build()))
                : Optional.empty());
    Optional<IdempotencyRecord> rec =
        cmd.idempotencyKey()
            .map(k -> new IdempotencyRecord(k, d.id(), a.id(), d.version(), next.version()));
    try {
      store.update(next, d.version(), tx.events, rec);
    } catch (StaleDossierVersionException | IdempotencyKeyConflictException e) {
      // a retry with the same key raced with its first attempt: answer with the winner's result
      if (cmd.idempotencyKey().isPresent()) {
        Optional<PerformResult> replay =
            replay(cmd.idempotencyKey().get(), cmd.dossierId(), cmd.actionId());
        if (replay.isPresent()) {
          return replay.get();
        }
      }
      throw e;
    }
    publish(next, tx.events);
    return new PerformResult(next, tx.events, false);
  }

  private static boolean holdsAny(Actor actor, Set<String> allowed, StepInstance s) {
    if (allowed.isEmpty()) {
      return actor.hasRole(s.staffRole());
    }
    for (String r : actor.roles()) {
      if (allowed.contains(r)) {
        return true;
      }
    }
    return false;
  }

  private void checkRules(
      Dossier d,
      ProcedureIndex px,
      Action a,
      StepInstance at,
      Optional<String> comment,
      Optional<TimeLimit> extension) {
    if (a.guard().isPresent() && !a.guard().get().test(d.attributes())) {
      throw new GuardNotSatisfiedException(
          d.id(),
          a.id(),
          "action '"
              + a.id()
              + "' requires "
              + a.guard().get()
              + "; the attributes of dossier '"
              + d.id()
              + "' do not satisfy it");
    }
    boolean blank = comment.isEmpty() || comment.get().isBlank();
    if ((a.reasonRequired() || a.clockEffect() == ClockEffect.EXTEND) && blank) {
      throw new ReasonRequiredException(
          d.id(),
          a.id(),
          "action '"
              + a.id()
              + "' at step '"
              + at.stepId()
              + "' requires a reason"
              + (a.clockEffect() == ClockEffect.EXTEND ? " (an extension states why)" : "")
              + "; give it as the comment");
    }
    if (a.maxRounds().isPresent()) {
      int done = d.actionRounds().getOrDefault(a.id(), 0);
      if (done >= a.maxRounds().getAsInt()) {
        throw new RoundLimitExceededException(
            d.id(),
            a.id(),
            "action '"
                + a.id()
                + "' was performed "
                + done
                + " time(s) on dossier '"
                + d.id()
                + "'; the procedure allows "
                + a.maxRounds().getAsInt());
      }
    }
    ClockState state = d.clock().state();
    switch (a.clockEffect()) {
      case PAUSE -> {
        int max = px.procedure.supplementPolicy().maxRounds();
        if (d.supplementRounds() >= max) {
          throw new RoundLimitExceededException(
              d.id(), a.id(), alreadyHad(d, d.supplementRounds(), "supplement request(s)", max));
        }
        requireClock(d, a, state == ClockState.RUNNING, "running");
      }
      case RESUME -> requireClock(d, a, state == ClockState.PAUSED, "paused");
      case RESTART -> requireClock(d, a, state != ClockState.STOPPED, "running or paused");
      case EXTEND -> {
        int max = px.procedure.extensionPolicy().maxExtensions();
        if (d.extensions() >= max) {
          throw new ExtensionLimitExceededException(
              d.id(), a.id(), alreadyHad(d, d.extensions(), "extension(s)", max));
        }
        if (extension.isEmpty()
            || extension.get().unit() == TimeLimit.Unit.CALENDAR_DAYS
            || extension.get().amount().signum() == 0) {
          throw new ExtensionLimitExceededException(
              d.id(),
              a.id(),
              "action '"
                  + a.id()
                  + "' extends the due date: give the extension in working days or hours"
                  + " (more than zero) with the command");
        }
        requireClock(d, a, state != ClockState.STOPPED, "running or paused");
      }
      case NONE -> {}
    }
  }

  private static String alreadyHad(Dossier d, int count, String what, int max) {
    return "dossier '"
        + d.id()
        + "' already had "
        + count
        + " "
        + what
        + "; the procedure allows "
        + max;
  }

  private static void requireClock(Dossier d, Action a, boolean ok, String needed) {
    if (!ok) {
      throw new ActionNotAvailableException(
          d.id(),
          a.id(),
          d.activeSteps().stream().map(StepInstance::stepId).toList(),
          "action '"
              + a.id()
              + "' ("
              + a.clockEffect()
              + ") needs the dossier clock "
              + needed
              + "; the clock of dossier '"
              + d.id()
              + "' is "
              + d.clock().state().name().toLowerCase(Locale.ROOT));
    }
  }

  private ActionNotAvailableException notAvailable(Dossier d, ProcedureIndex px, String actionId) {
    List<String> steps = new ArrayList<>();
    List<String> available = new ArrayList<>();
    for (StepInstance s : d.activeSteps()) {
      if (!steps.contains(s.stepId())) {
        steps.add(s.stepId());
      }
      for (Action a : px.actionsFrom(s.stepId())) {
        if (!available.contains(a.id())) {
          available.add(a.id());
        }
      }
    }
    return new ActionNotAvailableException(d.id(), actionId, steps, available);
  }

  private static ActionNotAllowedException notAllowed(
      Dossier d, Action a, StepInstance at, Actor actor) {
    Set<String> allowed = a.allowedRoles().isEmpty() ? Set.of(at.staffRole()) : a.allowedRoles();
    boolean agencyOk = at.agencyId().equals(actor.agencyId());
    return new ActionNotAllowedException(
        d.id(),
        a.id(),
        at.agencyId(),
        allowed,
        "action '"
            + a.id()
            + "' at step '"
            + at.stepId()
            + "' of dossier '"
            + d.id()
            + "' may be performed only in agency '"
            + at.agencyId()
            + "' by a holder of "
            + String.join(" or ", new java.util.TreeSet<>(allowed))
            + "; the actor acts for agency '"
            + actor.agencyId()
            + "'"
            + (agencyOk ? "" : " (another agency)")
            + " with roles "
            + new java.util.TreeSet<>(actor.roles()));
  }

  private Optional<PerformResult> replay(String key, String dossierId, String operation) {
    Optional<IdempotencyRecord> prior = store.idempotency(key);
    if (prior.isEmpty()) {
      return Optional.empty();
    }
    IdempotencyRecord r = prior.get();
    if (!r.dossierId().equals(dossierId) || !r.operation().equals(operation)) {
      throw conflict(r, "'" + operation + "' on dossier '" + dossierId + "'");
    }
    List<DossierEvent> evs = new ArrayList<>();
    for (DossierEvent e : store.history(dossierId, r.fromVersion())) {
      if (e.sequence() <= r.toVersion()) {
        evs.add(e);
      }
    }
    return Optional.of(new PerformResult(get(dossierId), evs, true));
  }

  private static IdempotencyKeyConflictException conflict(IdempotencyRecord r, String now) {
    return new IdempotencyKeyConflictException(
        r.key(),
        "idempotency key '"
            + r.key()
            + "' was first used for '"
            + r.operation()
            + "' on dossier '"
            + r.dossierId()
            + "'; it cannot be reused for "
            + now);
  }

  // ---------------------------------------------------------------------------------------------
  // Undo

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
    Dossier d = get(dossierId);
    UndoPoint u =
        d.undo()
            .orElseThrow(
                () ->
                    new UndoNotAllowedException(
                        d.id(),
                        "",
                        "dossier '"
                            + d.id()
                            + "' has nothing to undo: its last action is not undoable or the"
                            + " next step has acted"));
    if (!u.userId().equals(actor.userId())) {
      throw new UndoNotAllowedException(
          d.id(),
          u.actionId(),
          "action '"
              + u.actionId()
              + "' of dossier '"
              + d.id()
              + "' may be undone only by the user who performed it");
    }
    if (d.version() != expectedVersion) {
      throw new StaleDossierVersionException(d.id(), expectedVersion, d.version());
    }
    ProcedureIndex px = index(d);
    Instant now = clock.instant();
    Dossier before = u.before();
    DossierEvent ev =
        DossierEvent.builder(d.id(), d.version() + 1, EventType.UNDONE, now)
            .actor(actor.userId(), actor.agencyId())
            .action(u.actionId())
            .due(d.dueAt().orElse(null), before.dueAt().orElse(null))
            .detail(DossierEvent.DETAIL_UNDONE_SEQUENCE, Long.toString(u.performedVersion()))
            .detail(DossierEvent.DETAIL_STATUS, before.status().name())
            .build();
    Tx tx = new Tx(before, px, now, actor.userId(), actor.agencyId(), Optional.empty());
    tx.seq = d.version() + 1;
    tx.events.add(ev);
    tx.stepCounter = Math.max(d.stepCounter(), before.stepCounter());
    Dossier restored = tx.finish(Optional.empty());
    store.update(restored, d.version(), tx.events, Optional.empty());
    publish(restored, tx.events);
    return new PerformResult(restored, tx.events, false);
  }

  // ---------------------------------------------------------------------------------------------
  // Timers

  /**
   * Fires the timers due at {@code now}: due-soon warnings and overdue marks (once per step
   * instance and once per dossier), automatic actions ({@link Action#automaticAfter()}), and the
   * stop of dossiers that waited for the applicant longer than the procedure's {@link
   * SupplementPolicy#applicantTimeLimit()}. Idempotent, and safe to call from several nodes at
   * once: each change is made against the version it was computed from, and a lost race is skipped
   * (counted in the report), not an error.
   *
   * @param now the instant to fire up to
   * @return what was fired
   */
  public TimerReport fireDueTimers(Instant now) {
    requireNonNull(now, "now");
    int changed = 0;
    int events = 0;
    int lost = 0;
    Set<String> exhausted = new java.util.HashSet<>();
    for (int round = 0; round < 1000; round++) {
      List<String> due = store.dueTimers(now, timerBatch);
      boolean progress = false;
      for (String id : due) {
        if (exhausted.contains(id)) {
          continue;
        }
        Optional<Dossier> loaded = store.load(id);
        if (loaded.isEmpty()) {
          continue;
        }
        Dossier d = loaded.get();
        if (d.nextTimerAt().isEmpty() || d.nextTimerAt().get().isAfter(now)) {
          continue;
        }
        Tx tx = new Tx(d, index(d), now, Actor.SYSTEM_USER, "", Optional.empty());
        if (!tx.fireTimers()) {
          exhausted.add(id);
          LOG.debug("dossier {}: timer at {} had nothing to fire", id, d.nextTimerAt().get());
          continue;
        }
        Dossier next = tx.finish(Optional.of(d).flatMap(Dossier::undo).filter(u -> !tx.acted));
        try {
          store.update(next, d.version(), tx.events, Optional.empty());
        } catch (StaleDossierVersionException e) {
          lost++;
          exhausted.add(id);
          continue;
        }
        publish(next, tx.events);
        changed++;
        events += tx.events.size();
        progress = true;
      }
      if (!progress) {
        break;
      }
    }
    return new TimerReport(changed, events, lost);
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  /**
   * Loads a dossier.
   *
   * @param dossierId the dossier id
   * @return the dossier, if it exists
   */
  public Optional<Dossier> find(String dossierId) {
    return store.load(requireNonNull(dossierId, "dossierId"));
  }

  /**
   * Loads a dossier that must exist.
   *
   * @param dossierId the dossier id
   * @return the dossier
   * @throws DossierNotFoundException if it does not exist
   */
  public Dossier get(String dossierId) {
    return store
        .load(requireNonNull(dossierId, "dossierId"))
        .orElseThrow(() -> new DossierNotFoundException(dossierId));
  }

  /**
   * Finds a dossier by its number.
   *
   * @param number the dossier number
   * @return the dossier, if any
   */
  public Optional<Dossier> findByNumber(String number) {
    return store.findByNumber(requireNonNull(number, "number"));
  }

  /**
   * Finds the dossiers of an applicant, newest first.
   *
   * @param applicantRef the opaque applicant reference
   * @param limit the most to return, at least 1
   * @return the dossiers
   */
  public List<Dossier> findByApplicant(String applicantRef, int limit) {
    return store.findByApplicant(requireNonNull(applicantRef, "applicantRef"), limit);
  }

  /**
   * Returns the procedure version pinned on a dossier.
   *
   * @param dossier the dossier
   * @return the procedure
   * @throws io.github.motcua.procedure.ProcedureNotFoundException if the catalog no longer holds it
   */
  public Procedure procedureOf(Dossier dossier) {
    return index(requireNonNull(dossier, "dossier")).procedure;
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
    return store.history(requireNonNull(dossierId, "dossierId"), 0);
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
    return get(dossierId).clock().explain(calendar);
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
    return get(dossierId).clock().remaining(calendar, clock.instant());
  }

  /**
   * Returns a dossier's active steps with the time each has left at the engine clock's now.
   *
   * @param dossierId the dossier
   * @return the active steps
   * @throws DossierNotFoundException if the dossier does not exist
   */
  public List<WorklistItem> activeSteps(String dossierId) {
    Dossier d = get(dossierId);
    Instant now = clock.instant();
    List<WorklistItem> out = new ArrayList<>();
    for (StepInstance s : d.activeSteps()) {
      out.add(item(d, s, now));
    }
    return out;
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
   */
  public WorklistPage worklist(
      String agencyId,
      String staffRole,
      Optional<String> userId,
      Optional<WorklistCursor> after,
      int limit) {
    StepQuery q = StepQuery.worklist(agencyId, staffRole, limit);
    if (userId.isPresent()) {
      q = q.forUser(userId.get());
    }
    if (after.isPresent()) {
      q = q.after(after.get());
    }
    return page(store.steps(q));
  }

  /**
   * Returns the first page of the worklist of a staff role in an agency.
   *
   * @param agencyId the agency
   * @param staffRole the staff role
   * @param limit the page size, 1 to 1000
   * @return the page
   */
  public WorklistPage worklist(String agencyId, String staffRole, int limit) {
    return worklist(agencyId, staffRole, Optional.empty(), Optional.empty(), limit);
  }

  /**
   * Returns the active steps, in an agency or everywhere, that are due soon or overdue at the
   * engine clock's now, most urgent first.
   *
   * @param agencyId the agency, or empty for all
   * @param after the cursor of the previous page, if any
   * @param limit the page size, 1 to 1000
   * @return the page
   */
  public WorklistPage dueSoon(
      Optional<String> agencyId, Optional<WorklistCursor> after, int limit) {
    StepQuery q = StepQuery.dueSoonBy(agencyId, clock.instant(), limit);
    return page(store.steps(after.map(q::after).orElse(q)));
  }

  /**
   * Returns the active steps, in an agency or everywhere, past their due instant at the engine
   * clock's now, most overdue first.
   *
   * @param agencyId the agency, or empty for all
   * @param after the cursor of the previous page, if any
   * @param limit the page size, 1 to 1000
   * @return the page
   */
  public WorklistPage overdue(
      Optional<String> agencyId, Optional<WorklistCursor> after, int limit) {
    StepQuery q = StepQuery.dueBefore(agencyId, clock.instant(), limit);
    return page(store.steps(after.map(q::after).orElse(q)));
  }

  private WorklistPage page(StepPage page) {
    Instant now = clock.instant();
    List<WorklistItem> items = new ArrayList<>(page.items().size());
    for (WorkItem it : page.items()) {
      items.add(item(it.dossier(), it.step(), now));
    }
    return new WorklistPage(items, page.next());
  }

  private WorklistItem item(Dossier d, StepInstance s, Instant now) {
    Step step = index(d).steps.get(s.stepId());
    Optional<RemainingTime> remaining =
        s.dueAt().isPresent() ? Optional.of(s.clock().remaining(calendar, now)) : Optional.empty();
    return new WorklistItem(d, s, step == null ? s.stepId() : step.name(), remaining);
  }

  /**
   * Counts the dossiers of an agency and procedure over a period; see {@link DossierStatistics}.
   *
   * @param scope the receiving agency (or all), the procedure (or all) and the period
   * @return the statistics
   */
  public DossierStatistics statistics(StatisticsScope scope) {
    requireNonNull(scope, "scope");
    long[] c = new long[8];
    Map<Integer, Long> byCode = new TreeMap<>();
    store.forEachInScope(
        scope,
        d -> {
          Instant received = d.receivedAt();
          if (received.isBefore(scope.from())) {
            c[1]++;
          } else {
            c[0]++;
          }
          Optional<Instant> fin = d.finishedAt();
          if (fin.isPresent() && fin.get().isBefore(scope.to())) {
            switch (d.timeliness().orElse(Timeliness.ON_TIME)) {
              case EARLY -> c[5]++;
              case ON_TIME -> c[6]++;
              case LATE -> c[7]++;
            }
          } else if (d.clock().state() == ClockState.PAUSED) {
            c[4]++;
          } else if (d.dueAt().isPresent() && d.dueAt().get().isBefore(scope.to())) {
            c[3]++;
          } else {
            c[2]++;
          }
          byCode.merge(d.status().portalCode(), 1L, Long::sum);
        });
    long finished = c[5] + c[6] + c[7];
    OptionalDouble rate =
        finished == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of((c[5] + c[6]) / (double) finished);
    return new DossierStatistics(
        scope, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], rate, byCode);
  }

  // ---------------------------------------------------------------------------------------------
  // Internals

  private ProcedureIndex index(Dossier d) {
    return index(d.procedureCode(), d.procedureVersion());
  }

  private ProcedureIndex index(Procedure p) {
    return indexes.computeIfAbsent(new ProcKey(p.code(), p.version()), k -> new ProcedureIndex(p));
  }

  private ProcedureIndex index(String code, int version) {
    ProcKey key = new ProcKey(code, version);
    ProcedureIndex px = indexes.get(key);
    if (px == null) {
      px =
          indexes.computeIfAbsent(
              key, k -> new ProcedureIndex(catalog.requireVersion(code, version)));
    }
    return px;
  }

  private void publish(Dossier d, List<DossierEvent> events) {
    for (DossierEventListener l : listeners) {
      try {
        l.onEvents(d, events);
      } catch (RuntimeException e) {
        LOG.warn(
            "event listener {} failed on dossier {} (events {} to {}); the change is committed",
            l.getClass().getName(),
            d.id(),
            events.get(0).sequence(),
            events.get(events.size() - 1).sequence(),
            e);
      }
    }
  }

  private Instant after(Instant start, TimeLimit wait) {
    if (wait.unit() == TimeLimit.Unit.CALENDAR_DAYS) {
      return start.plus(Duration.ofDays(wait.amount().longValueExact()));
    }
    return calendar.addWorkingTime(start, wait.toWorkingTime(calendar.standardDay()));
  }

  /**
   * One change being computed: a mutable working copy of a snapshot and the events it records.
   * Confined to one thread; turned into an immutable snapshot by {@link #finish}.
   */
  private final class Tx {
    final Dossier before;
    final ProcedureIndex px;
    final Instant now;
    final String userId;
    final String agencyId;
    final Optional<String> idempotencyKey;
    final List<DossierEvent> events = new ArrayList<>(4);
    long seq;
    final List<StepInstance> active;
    final List<String> fresh = new ArrayList<>(2);
    DeadlineClock dclock;
    Optional<Instant> dueAt;
    boolean clockChanged;
    boolean stepsChanged;
    boolean acted;
    Map<String, List<String>> joined;
    Map<String, Integer> rounds;
    int supplementRounds;
    int extensions;
    int stepCounter;
    DossierStatus status;
    boolean dueSoonMarked;
    boolean overdueMarked;
    Optional<Instant> finishedAt;
    Optional<Outcome> outcome;
    Optional<Timeliness> timeliness;
    Optional<String> assignee = Optional.empty();

    Tx(
        Dossier d,
        ProcedureIndex px,
        Instant now,
        String userId,
        String agencyId,
        Optional<String> idempotencyKey) {
      this.before = d;
      this.px = px;
      this.now = now;
      this.userId = userId;
      this.agencyId = agencyId;
      this.idempotencyKey = idempotencyKey;
      this.seq = d.version();
      this.active = new ArrayList<>(d.activeSteps());
      this.dclock = d.clock();
      this.dueAt = d.dueAt();
      this.joined = d.joinedBranches();
      this.rounds = d.actionRounds();
      this.supplementRounds = d.supplementRounds();
      this.extensions = d.extensions();
      this.stepCounter = d.stepCounter();
      this.status = d.status();
      this.dueSoonMarked = d.dueSoonMarked();
      this.overdueMarked = d.overdueMarked();
      this.finishedAt = d.finishedAt();
      this.outcome = d.outcome();
      this.timeliness = d.timeliness();
    }

    DossierEvent.Builder event(EventType type) {
      DossierEvent.Builder b = DossierEvent.builder(before.id(), ++seq, type, now);
      if (!userId.isEmpty()) {
        b.actor(userId, agencyId.isEmpty() ? null : agencyId);
      }
      return b;
    }

    void perform(
        Action a,
        StepInstance at,
        Optional<String> comment,
        Optional<TimeLimit> extension,
        Optional<String> assignTo) {
      acted = true;
      assignee = assignTo;
      DossierEvent.Builder performed =
          event(EventType.ACTION_PERFORMED).step(at.id(), at.stepId()).action(a.id());
      comment.ifPresent(performed::comment);
      idempotencyKey.ifPresent(k -> performed.detail(DossierEvent.DETAIL_IDEMPOTENCY_KEY, k));
      performed.detail(DossierEvent.DETAIL_TIMELINESS, stepTimeliness(at).name());
      if (a.maxRounds().isPresent()) {
        Map<String, Integer> r = new HashMap<>(rounds);
        int n = r.merge(a.id(), 1, Integer::sum);
        rounds = r;
        performed.detail(DossierEvent.DETAIL_ROUND, Integer.toString(n));
      }
      events.add(performed.build());
      remove(at);
      String reason = comment.filter(c -> !c.isBlank()).orElse("action " + a.id());
      switch (a.clockEffect()) {
        case PAUSE -> pause(a, reason);
        case RESUME -> resume(a, px.procedure.supplementPolicy().mode());
        case RESTART -> resume(a, SupplementPolicy.Mode.RESTART);
        case EXTEND -> extend(a, extension.orElseThrow(), reason);
        case NONE -> {}
      }
      if (a.outcome().isPresent()) {
        complete(a.outcome().get(), a.id(), comment.filter(c -> !c.isBlank()));
        return;
      }
      String target = a.to().orElseThrow();
      ProcedureIndex.Placement place =
          at.blockId().isPresent() ? px.placements.get(at.stepId()) : null;
      if (target.equals(Action.JOIN)) {
        join(at, place);
      } else if (place != null && place.branch().steps().contains(target)) {
        enter(target, place.block(), place.branch(), false);
      } else {
        if (place != null) {
          leaveBlock(place.block());
        }
        enterTarget(target);
      }
    }

    Timeliness stepTimeliness(StepInstance s) {
      if (s.dueAt().isPresent()) {
        return Timeliness.classify(s.dueAt().get(), now, calendar.zone());
      }
      return s.clock().timeliness(calendar, now);
    }

    void replace(int i, StepInstance s) {
      active.set(i, s);
      stepsChanged = true;
    }

    void remove(StepInstance s) {
      active.remove(s);
      stepsChanged = true;
    }

    void pause(Action a, String reason) {
      Optional<Instant> old = dueAt;
      dclock = dclock.pause(now, reason, userId);
      supplementRounds++;
      for (int i = 0; i < active.size(); i++) {
        StepInstance s = active.get(i);
        if (s.clock().isRunning()) {
          replace(
              i,
              s.with(
                  s.clock().pause(now, reason, userId),
                  Optional.empty(),
                  Optional.empty(),
                  s.dueSoonMarked(),
                  s.overdueMarked()));
        }
      }
      clockChanged = true;
      dueAt = Optional.empty();
      events.add(
          event(EventType.PAUSED)
              .action(a.id())
              .comment(reason)
              .due(old.orElse(null), null)
              .detail(DossierEvent.DETAIL_ROUND, Integer.toString(supplementRounds))
              .detail(DossierEvent.DETAIL_EXPLANATION, explanation())
              .build());
    }

    void resume(Action a, SupplementPolicy.Mode mode) {
      Optional<Instant> old = dueBeforeLastPause();
      boolean restart = mode == SupplementPolicy.Mode.RESTART;
      dclock = restart ? dclock.restart(now, userId) : dclock.resume(now, userId);
      for (int i = 0; i < active.size(); i++) {
        StepInstance s = active.get(i);
        if (s.clock().state() == ClockState.PAUSED) {
          replace(
              i,
              s.with(
                  s.clock().resume(now, userId),
                  s.dueAt(),
                  s.dueSoonAt(),
                  s.dueSoonMarked(),
                  s.overdueMarked()));
        }
      }
      clockChanged = true;
      dueAt = dclock.dueInstant(calendar);
      DossierEvent.Builder b =
          event(EventType.RESUMED)
              .action(a.id())
              .due(old.orElse(null), dueAt.orElse(null))
              .detail(DossierEvent.DETAIL_EXPLANATION, explanation());
      if (restart) {
        b.comment("restarted with the whole time limit");
      }
      events.add(b.build());
    }

    Optional<Instant> dueBeforeLastPause() {
      List<ClockEntry> entries = dclock.entries();
      for (int i = entries.size() - 1; i > 0; i--) {
        if (entries.get(i).kind() == ClockEntry.Kind.PAUSE) {
          try {
            return DeadlineClock.replay(dclock.limit(), dclock.policy(), entries.subList(0, i))
                .dueInstant(calendar);
          } catch (RuntimeException e) {
            return Optional.empty();
          }
        }
      }
      return before.dueAt();
    }

    void extend(Action a, TimeLimit extension, String reason) {
      Optional<Instant> old = dclock.isRunning() ? dueAt : dueBeforeLastPause();
      dclock = dclock.extend(extension, now, reason, userId);
      extensions++;
      clockChanged = true;
      dueAt = dclock.dueInstant(calendar);
      overdueMarked = false;
      dueSoonMarked = false;
      events.add(
          event(EventType.EXTENDED)
              .action(a.id())
              .comment(reason)
              .due(old.orElse(null), dueAt.orElse(null))
              .detail(DossierEvent.DETAIL_EXTENSION, extension.toString())
              .detail(DossierEvent.DETAIL_ROUND, Integer.toString(extensions))
              .detail(DossierEvent.DETAIL_EXPLANATION, explanation())
              .build());
    }

    String explanation() {
      return dclock.explain(calendar).summary(VIETNAMESE);
    }

    void complete(Outcome o, String actionId, Optional<String> reason) {
      for (StepInstance s : new ArrayList<>(active)) {
        cancel(s);
      }
      Timeliness t = dclock.timeliness(calendar, now);
      Optional<Instant> old =
          dueAt.isPresent() ? dueAt : Optional.of(dclock.projectedDue(calendar, now));
      dclock = dclock.stop(now, userId);
      clockChanged = true;
      dueAt = Optional.empty();
      finishedAt = Optional.of(now);
      outcome = Optional.of(o);
      timeliness = Optional.of(t);
      status = o.status();
      DossierEvent.Builder b =
          event(EventType.COMPLETED)
              .action(actionId)
              .due(old.orElse(null), null)
              .detail(DossierEvent.DETAIL_OUTCOME, o.name())
              .detail(DossierEvent.DETAIL_TIMELINESS, t.name())
              .detail(DossierEvent.DETAIL_STATUS, o.status().name());
      reason.ifPresent(b::comment);
      events.add(b.build());
    }

    void cancel(StepInstance s) {
      remove(s);
      DossierEvent.Builder b = event(EventType.STEP_CANCELLED).step(s.id(), s.stepId());
      s.blockId().ifPresent(x -> b.detail(DossierEvent.DETAIL_BLOCK, x));
      s.branchId().ifPresent(x -> b.detail(DossierEvent.DETAIL_BRANCH, x));
      events.add(b.build());
    }

    void join(StepInstance at, ProcedureIndex.Placement place) {
      if (place == null) {
        throw new IllegalStateException(
            "step '" + at.stepId() + "' joins but is in no parallel block (invalid procedure)");
      }
      ParallelBlock block = place.block();
      List<String> done = new ArrayList<>(joined.getOrDefault(block.id(), List.of()));
      if (!done.contains(place.branch().id())) {
        done.add(place.branch().id());
      }
      boolean complete =
          block.join() == ParallelBlock.Join.ANY || done.size() >= block.branches().size();
      Map<String, List<String>> j = new HashMap<>(joined);
      if (complete) {
        j.remove(block.id());
        joined = j;
        leaveBlock(block);
        enterTarget(block.next());
      } else {
        j.put(block.id(), List.copyOf(done));
        joined = j;
      }
    }

    void leaveBlock(ParallelBlock block) {
      for (StepInstance s : new ArrayList<>(active)) {
        if (s.blockId().isPresent() && s.blockId().get().equals(block.id())) {
          cancel(s);
        }
      }
      if (joined.containsKey(block.id())) {
        Map<String, List<String>> j = new HashMap<>(joined);
        j.remove(block.id());
        joined = j;
      }
    }

    void enterTarget(String target) {
      ParallelBlock block = px.blocks.get(target);
      if (block != null) {
        for (ParallelBlock.Branch br : block.branches()) {
          enter(br.steps().get(0), block, br, false);
        }
      } else {
        enter(target, null, null, false);
      }
    }

    void enter(String stepId, ParallelBlock block, ParallelBlock.Branch branch, boolean first) {
      Step st = px.step(stepId);
      String agency = before.bindings().get(st.agencyRole());
      if (agency == null) {
        throw new IllegalStateException(
            "dossier '" + before.id() + "': agency role '" + st.agencyRole() + "' is not bound");
      }
      String iid = "s" + (++stepCounter);
      DeadlineClock c = DeadlineClock.start(st.budget(), px.stepPolicy(st, first), now, userId);
      StepInstance s =
          new StepInstance(
              iid,
              stepId,
              Optional.ofNullable(block).map(ParallelBlock::id),
              Optional.ofNullable(branch).map(ParallelBlock.Branch::id),
              agency,
              st.staffRole(),
              assignee,
              now,
              c,
              Optional.empty(),
              Optional.empty(),
              false,
              false);
      active.add(s);
      fresh.add(iid);
      stepsChanged = true;
      status = st.status();
      DossierEvent.Builder b =
          event(EventType.STEP_ENTERED)
              .step(iid, stepId)
              .detail(DossierEvent.DETAIL_STEP_AGENCY, agency)
              .detail(DossierEvent.DETAIL_STATUS, st.status().name());
      if (block != null) {
        b.detail(DossierEvent.DETAIL_BLOCK, block.id());
        b.detail(DossierEvent.DETAIL_BRANCH, branch.id());
      }
      events.add(b.build());
    }

    /** Fires whatever is due; returns whether anything was. */
    boolean fireTimers() {
      if (finishedAt.isPresent()) {
        return false;
      }
      // 1. an automatic action, one per change
      for (StepInstance s : active) {
        for (Action a : px.automaticFrom(s.stepId())) {
          if (automaticApplies(a) && !after(s.enteredAt(), a.automaticAfter().get()).isAfter(now)) {
            perform(
                a,
                s,
                Optional.of("automatic after " + a.automaticAfter().get()),
                Optional.empty(),
                Optional.empty());
            return true;
          }
        }
      }
      // 2. the applicant's time limit
      Optional<Instant> limit = applicantDeadline();
      if (limit.isPresent() && !limit.get().isAfter(now)) {
        acted = true;
        complete(
            Outcome.STOPPED,
            null,
            Optional.of(
                "the applicant did not supplement within "
                    + px.procedure.supplementPolicy().applicantTimeLimit().get()));
        return true;
      }
      // 3. marks
      boolean fired = false;
      for (int i = 0; i < active.size(); i++) {
        StepInstance s = active.get(i);
        if (s.dueAt().isEmpty()) {
          continue;
        }
        boolean over = !s.overdueMarked() && now.isAfter(s.dueAt().get());
        boolean soon =
            !over
                && !s.dueSoonMarked()
                && s.dueSoonAt().isPresent()
                && !now.isBefore(s.dueSoonAt().get());
        if (over || soon) {
          replace(i, s.with(s.clock(), s.dueAt(), s.dueSoonAt(), true, s.overdueMarked() || over));
          events.add(
              event(over ? EventType.OVERDUE : EventType.DUE_SOON)
                  .step(s.id(), s.stepId())
                  .due(s.dueAt().get(), s.dueAt().get())
                  .build());
          fired = true;
        }
      }
      if (dueAt.isPresent()) {
        boolean over = !overdueMarked && now.isAfter(dueAt.get());
        boolean soon = !over && !dueSoonMarked && !now.isBefore(dossierDueSoonAt(dueAt.get()));
        if (over || soon) {
          overdueMarked |= over;
          dueSoonMarked = true;
          events.add(
              event(over ? EventType.OVERDUE : EventType.DUE_SOON)
                  .due(dueAt.get(), dueAt.get())
                  .build());
          fired = true;
        }
      }
      return fired;
    }

    boolean automaticApplies(Action a) {
      if (a.guard().isPresent() && !a.guard().get().test(before.attributes())) {
        return false;
      }
      if (a.maxRounds().isPresent() && rounds.getOrDefault(a.id(), 0) >= a.maxRounds().getAsInt()) {
        return false;
      }
      ClockState state = dclock.state();
      return switch (a.clockEffect()) {
        case PAUSE ->
            state == ClockState.RUNNING
                && supplementRounds < px.procedure.supplementPolicy().maxRounds();
        case RESUME -> state == ClockState.PAUSED;
        case EXTEND -> false;
        default -> true;
      };
    }

    Optional<Instant> applicantDeadline() {
      if (dclock.state() != ClockState.PAUSED) {
        return Optional.empty();
      }
      Optional<TimeLimit> limit = px.procedure.supplementPolicy().applicantTimeLimit();
      if (limit.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(after(dclock.lastEntryAt(), limit.get()));
    }

    Instant dossierDueSoonAt(Instant due) {
      Duration budget =
          dueSoon.unit() == DueSoonThreshold.Unit.PERCENT_OF_BUDGET
              ? dclock.budget(calendar)
              : Duration.ZERO;
      return dueSoon.dueSoonAt(calendar, due, budget);
    }

    /** Projects due instants and the next timer, and builds the snapshot. */
    Dossier finish(Optional<UndoPoint> undo) {
      boolean paused = dclock.state() == ClockState.PAUSED;
      if (clockChanged || !fresh.isEmpty()) {
        for (int i = 0; i < active.size(); i++) {
          StepInstance s = active.get(i);
          if (!clockChanged && !fresh.contains(s.id())) {
            continue;
          }
          Optional<Instant> due = paused ? Optional.empty() : s.clock().dueInstant(calendar);
          Optional<Instant> soon = due.map(x -> stepDueSoonAt(s, x));
          if (!due.equals(s.dueAt()) || !soon.equals(s.dueSoonAt())) {
            boolean same = due.equals(s.dueAt());
            replace(
                i,
                s.with(s.clock(), due, soon, same && s.dueSoonMarked(), same && s.overdueMarked()));
            stepsChanged = true;
          }
        }
      }
      Dossier.Builder b =
          before.toBuilder()
              .version(seq)
              .clock(dclock)
              .dueAt(dueAt)
              .joinedBranches(joined)
              .actionRounds(rounds)
              .supplementRounds(supplementRounds)
              .extensions(extensions)
              .stepCounter(stepCounter)
              .status(status)
              .dueSoonMarked(dueSoonMarked)
              .overdueMarked(overdueMarked)
              .finished(finishedAt, outcome)
              .timeliness(timeliness)
              .undo(undo);
      if (stepsChanged) {
        b.activeSteps(active);
      }
      b.nextTimerAt(nextTimer());
      return b.build();
    }

    Instant stepDueSoonAt(StepInstance s, Instant due) {
      Duration budget =
          dueSoon.unit() == DueSoonThreshold.Unit.PERCENT_OF_BUDGET
              ? s.clock().budget(calendar)
              : Duration.ZERO;
      return dueSoon.dueSoonAt(calendar, due, budget);
    }

    Optional<Instant> nextTimer() {
      if (finishedAt.isPresent()) {
        return Optional.empty();
      }
      Instant next = null;
      for (StepInstance s : active) {
        if (s.dueAt().isPresent()) {
          if (!s.dueSoonMarked() && s.dueSoonAt().isPresent()) {
            next = min(next, s.dueSoonAt().get());
          }
          if (!s.overdueMarked()) {
            next = min(next, s.dueAt().get().plusNanos(1));
          }
        }
        for (Action a : px.automaticFrom(s.stepId())) {
          if (automaticApplies(a)) {
            next = min(next, after(s.enteredAt(), a.automaticAfter().get()));
          }
        }
      }
      if (dueAt.isPresent()) {
        if (!dueSoonMarked) {
          next = min(next, dossierDueSoonAt(dueAt.get()));
        }
        if (!overdueMarked) {
          next = min(next, dueAt.get().plusNanos(1));
        }
      }
      Optional<Instant> applicant = applicantDeadline();
      if (applicant.isPresent()) {
        next = min(next, applicant.get());
      }
      return Optional.ofNullable(next);
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
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

    private Builder() {}

    /**
     * Sets the store (default: a new {@link InMemoryDossierStore}).
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
     * Sets the working calendar (default {@link WorkingCalendar#vietnam()}).
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
     * Sets when steps and dossiers count as due soon (default one working day before due).
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
     * Builds the engine.
     *
     * @return the engine
     * @throws IllegalStateException if no catalog was set
     */
    public DossierEngine build() {
      if (catalog == null) {
        throw new IllegalStateException("a dossier engine needs a procedure catalog");
      }
      if (store == null) {
        store = new InMemoryDossierStore();
      }
      if (clock == null) {
        clock = Clock.system(calendar.zone());
      }
      return new DossierEngine(this);
    }
  }
}
