package io.github.motcua.engine;

import static java.util.Objects.requireNonNull;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.DossierNotFoundException;
import io.github.motcua.dossier.DuplicateDossierException;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.IdempotencyRecord;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.spi.StepPage;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.spi.WorkItem;
import io.github.motcua.spi.WorklistCursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A {@link DossierStore} in memory: for tests, demos and hosts that keep nothing between runs.
 * Thread-safe: a change to one dossier happens under that dossier's lock, so two updates racing on
 * one version leave exactly one winner; changes to different dossiers run in parallel. Snapshots
 * and events are kept as the immutable instances given, never copied or serialised.
 *
 * <p>Design: a map from id to an entry (current snapshot plus its append-only event list), and
 * sorted sets as indexes — worklist keys (agency, staff role, due, dossier, instance), a global
 * due-order key set, and timer keys (next timer instant, dossier). Indexes are updated under the
 * dossier's lock; readers of an index re-check each hit against the current snapshot, so a reader
 * racing with a change never sees a step that is not in a committed snapshot.
 */
public final class InMemoryDossierStore implements DossierStore {

  private static final class Entry {
    private volatile Dossier dossier;
    private final ArrayList<DossierEvent> events = new ArrayList<>();

    private Entry(Dossier dossier) {
      this.dossier = dossier;
    }
  }

  /** An index key; agency and role are empty strings in the global due-order index. */
  private record StepKey(
      String agencyId, String staffRole, Instant due, String dossierId, String instanceId)
      implements Comparable<StepKey> {
    @Override
    public int compareTo(StepKey o) {
      int c = agencyId.compareTo(o.agencyId);
      if (c != 0) {
        return c;
      }
      c = staffRole.compareTo(o.staffRole);
      if (c != 0) {
        return c;
      }
      c = due.compareTo(o.due);
      if (c != 0) {
        return c;
      }
      c = dossierId.compareTo(o.dossierId);
      return c != 0 ? c : instanceId.compareTo(o.instanceId);
    }
  }

  private record TimerKey(Instant at, String dossierId) implements Comparable<TimerKey> {
    @Override
    public int compareTo(TimerKey o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : dossierId.compareTo(o.dossierId);
    }
  }

  private final ConcurrentHashMap<String, Entry> byId = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> idByNumber = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Set<String>> idsByApplicant = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, IdempotencyRecord> idempotency =
      new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, AtomicLong> sequences = new ConcurrentHashMap<>();
  private final ConcurrentSkipListSet<StepKey> byRole = new ConcurrentSkipListSet<>();
  private final ConcurrentSkipListSet<StepKey> byDue = new ConcurrentSkipListSet<>();
  private final ConcurrentSkipListSet<TimerKey> timers = new ConcurrentSkipListSet<>();

  /** Creates an empty store. */
  public InMemoryDossierStore() {}

  @Override
  public Optional<Dossier> load(String dossierId) {
    Entry e = byId.get(requireNonNull(dossierId, "dossierId"));
    return e == null ? Optional.empty() : Optional.of(e.dossier);
  }

  @Override
  public Optional<Dossier> findByNumber(String number) {
    String id = idByNumber.get(requireNonNull(number, "number"));
    return id == null ? Optional.empty() : load(id);
  }

  @Override
  public List<Dossier> findByApplicant(String applicantRef, int limit) {
    requireNonNull(applicantRef, "applicantRef");
    checkLimit(limit);
    Set<String> ids = idsByApplicant.getOrDefault(applicantRef, Set.of());
    List<Dossier> out = new ArrayList<>();
    for (String id : ids) {
      load(id).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(Dossier::receivedAt).reversed().thenComparing(Dossier::id));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
  }

  @Override
  public void insert(
      Dossier dossier, List<DossierEvent> events, Optional<IdempotencyRecord> idempotencyRecord) {
    requireNonNull(dossier, "dossier");
    requireNonNull(events, "events");
    requireNonNull(idempotencyRecord, "idempotency");
    checkEvents(dossier, 0, events);
    Entry entry = new Entry(dossier);
    synchronized (entry) {
      if (byId.putIfAbsent(dossier.id(), entry) != null) {
        throw new DuplicateDossierException(
            dossier.id(), "a dossier with id '" + dossier.id() + "' is already stored");
      }
      if (idByNumber.putIfAbsent(dossier.number(), dossier.id()) != null) {
        byId.remove(dossier.id(), entry);
        throw new DuplicateDossierException(
            dossier.id(), "a dossier with number '" + dossier.number() + "' is already stored");
      }
      if (idempotencyRecord.isPresent()) {
        IdempotencyRecord r = idempotencyRecord.get();
        IdempotencyRecord prior = idempotency.putIfAbsent(r.key(), r);
        if (prior != null) {
          idByNumber.remove(dossier.number(), dossier.id());
          byId.remove(dossier.id(), entry);
          throw keyConflict(r, prior);
        }
      }
      entry.events.addAll(events);
      idsByApplicant
          .computeIfAbsent(dossier.applicantRef(), k -> ConcurrentHashMap.newKeySet())
          .add(dossier.id());
      reindex(null, dossier);
    }
  }

  @Override
  public void update(
      Dossier dossier,
      long expectedVersion,
      List<DossierEvent> events,
      Optional<IdempotencyRecord> idempotencyRecord) {
    requireNonNull(dossier, "dossier");
    requireNonNull(events, "events");
    requireNonNull(idempotencyRecord, "idempotency");
    Entry entry = byId.get(dossier.id());
    if (entry == null) {
      throw new DossierNotFoundException(dossier.id());
    }
    synchronized (entry) {
      Dossier current = entry.dossier;
      if (current.version() != expectedVersion) {
        throw new StaleDossierVersionException(dossier.id(), expectedVersion, current.version());
      }
      checkEvents(dossier, expectedVersion, events);
      if (!current.number().equals(dossier.number())
          || !current.applicantRef().equals(dossier.applicantRef())) {
        throw new IllegalArgumentException(
            "dossier '" + dossier.id() + "': the number and applicant reference never change");
      }
      if (idempotencyRecord.isPresent()) {
        IdempotencyRecord r = idempotencyRecord.get();
        IdempotencyRecord prior = idempotency.putIfAbsent(r.key(), r);
        if (prior != null) {
          throw keyConflict(r, prior);
        }
      }
      entry.events.addAll(events);
      entry.dossier = dossier;
      reindex(current, dossier);
    }
  }

  @Override
  public List<DossierEvent> history(String dossierId, long afterVersion) {
    Entry entry = byId.get(requireNonNull(dossierId, "dossierId"));
    if (entry == null) {
      throw new DossierNotFoundException(dossierId);
    }
    if (afterVersion < 0) {
      throw new IllegalArgumentException("afterVersion must not be negative; got " + afterVersion);
    }
    synchronized (entry) {
      int from = (int) Math.min(afterVersion, entry.events.size());
      return List.copyOf(entry.events.subList(from, entry.events.size()));
    }
  }

  @Override
  public Optional<IdempotencyRecord> idempotency(String key) {
    return Optional.ofNullable(idempotency.get(requireNonNull(key, "key")));
  }

  @Override
  public long nextSequence(String sequenceKey) {
    return sequences
        .computeIfAbsent(requireNonNull(sequenceKey, "sequenceKey"), k -> new AtomicLong())
        .incrementAndGet();
  }

  @Override
  public StepPage steps(StepQuery q) {
    requireNonNull(q, "query");
    boolean roleIndex = q.staffRole().isPresent();
    String agency = roleIndex ? q.agencyId().get() : "";
    String role = roleIndex ? q.staffRole().get() : "";
    StepKey from =
        q.after()
            .map(c -> new StepKey(agency, role, c.urgencyKey(), c.dossierId(), c.stepInstanceId()))
            .orElse(new StepKey(agency, role, Instant.MIN, "", ""));
    Set<StepKey> tail = (roleIndex ? byRole : byDue).tailSet(from, q.after().isEmpty());
    List<WorkItem> items = new ArrayList<>(Math.min(q.limit() + 1, 64));
    for (StepKey k : tail) {
      if (!k.agencyId().equals(agency) || !k.staffRole().equals(role)) {
        break;
      }
      if (q.dueBefore().isPresent() && !k.due().isBefore(q.dueBefore().get())) {
        break;
      }
      Entry e = byId.get(k.dossierId());
      if (e == null) {
        continue;
      }
      Dossier d = e.dossier;
      StepInstance s = d.activeStep(k.instanceId()).orElse(null);
      if (s == null || !s.urgencyKey().equals(k.due()) || !matches(q, s)) {
        continue;
      }
      items.add(new WorkItem(d, s));
      if (items.size() > q.limit()) {
        break;
      }
    }
    Optional<WorklistCursor> next = Optional.empty();
    if (items.size() > q.limit()) {
      items.remove(items.size() - 1);
      next = Optional.of(items.get(items.size() - 1).cursor());
    }
    return new StepPage(items, next);
  }

  private static boolean matches(StepQuery q, StepInstance s) {
    if (q.agencyId().isPresent() && !q.agencyId().get().equals(s.agencyId())) {
      return false;
    }
    if (q.staffRole().isPresent() && !q.staffRole().get().equals(s.staffRole())) {
      return false;
    }
    if (q.userId().isPresent()
        && s.assignee().isPresent()
        && !s.assignee().get().equals(q.userId().get())) {
      return false;
    }
    if (q.dueBefore().isPresent()
        && (s.dueAt().isEmpty() || !s.dueAt().get().isBefore(q.dueBefore().get()))) {
      return false;
    }
    return q.dueSoonBy().isEmpty()
        || (s.dueSoonAt().isPresent() && !s.dueSoonAt().get().isAfter(q.dueSoonBy().get()));
  }

  @Override
  public List<String> dueTimers(Instant by, int limit) {
    requireNonNull(by, "by");
    checkLimit(limit);
    List<String> out = new ArrayList<>();
    for (TimerKey k : timers) {
      if (k.at().isAfter(by) || out.size() >= limit) {
        break;
      }
      out.add(k.dossierId());
    }
    return out;
  }

  @Override
  public void forEachInScope(StatisticsScope scope, Consumer<Dossier> sink) {
    requireNonNull(scope, "scope");
    requireNonNull(sink, "sink");
    for (Entry e : byId.values()) {
      Dossier d = e.dossier;
      if (scope.receivingAgencyId().isPresent()
          && !scope.receivingAgencyId().get().equals(d.receivingAgencyId())) {
        continue;
      }
      if (scope.procedureCode().isPresent()
          && !scope.procedureCode().get().equals(d.procedureCode())) {
        continue;
      }
      if (!d.receivedAt().isBefore(scope.to())) {
        continue;
      }
      if (d.finishedAt().isPresent() && d.finishedAt().get().isBefore(scope.from())) {
        continue;
      }
      sink.accept(d);
    }
  }

  /** Returns how many dossiers are stored. */
  int size() {
    return byId.size();
  }

  private void reindex(Dossier old, Dossier now) {
    if (old == null || old.activeSteps() != now.activeSteps()) {
      if (old != null) {
        for (StepInstance s : old.activeSteps()) {
          if (!containsSame(now.activeSteps(), s)) {
            byRole.remove(roleKey(old.id(), s));
            byDue.remove(dueKey(old.id(), s));
          }
        }
      }
      for (StepInstance s : now.activeSteps()) {
        if (old == null || !containsSame(old.activeSteps(), s)) {
          byRole.add(roleKey(now.id(), s));
          byDue.add(dueKey(now.id(), s));
        }
      }
    }
    Optional<Instant> oldTimer = old == null ? Optional.empty() : old.nextTimerAt();
    if (!oldTimer.equals(now.nextTimerAt())) {
      oldTimer.ifPresent(t -> timers.remove(new TimerKey(t, now.id())));
      now.nextTimerAt().ifPresent(t -> timers.add(new TimerKey(t, now.id())));
    }
  }

  /** Whether a list holds an instance with the same id, placement and due instant. */
  private static boolean containsSame(List<StepInstance> list, StepInstance s) {
    for (StepInstance o : list) {
      if (o == s
          || (o.id().equals(s.id())
              && o.urgencyKey().equals(s.urgencyKey())
              && o.agencyId().equals(s.agencyId())
              && o.staffRole().equals(s.staffRole()))) {
        return true;
      }
    }
    return false;
  }

  private static StepKey roleKey(String dossierId, StepInstance s) {
    return new StepKey(s.agencyId(), s.staffRole(), s.urgencyKey(), dossierId, s.id());
  }

  private static StepKey dueKey(String dossierId, StepInstance s) {
    return new StepKey("", "", s.urgencyKey(), dossierId, s.id());
  }

  private static void checkEvents(Dossier d, long expectedVersion, List<DossierEvent> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException(
          "dossier '" + d.id() + "': a change must record at least one event");
    }
    if (d.version() != expectedVersion + events.size()) {
      throw new IllegalArgumentException(
          "dossier '"
              + d.id()
              + "': version "
              + d.version()
              + " does not equal "
              + expectedVersion
              + " + "
              + events.size()
              + " new events");
    }
    long seq = expectedVersion;
    for (DossierEvent ev : events) {
      seq++;
      if (ev.sequence() != seq || !ev.dossierId().equals(d.id())) {
        throw new IllegalArgumentException(
            "dossier '"
                + d.id()
                + "': event "
                + ev.sequence()
                + " of dossier '"
                + ev.dossierId()
                + "' is out of sequence; expected event "
                + seq);
      }
    }
  }

  private static IdempotencyKeyConflictException keyConflict(
      IdempotencyRecord r, IdempotencyRecord prior) {
    return new IdempotencyKeyConflictException(
        r.key(),
        "idempotency key '"
            + r.key()
            + "' was already used for '"
            + prior.operation()
            + "' on dossier '"
            + prior.dossierId()
            + "'");
  }

  private static void checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1; got " + limit);
    }
  }
}
