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
package io.github.motcua.persistence.memory;

import static java.util.Objects.requireNonNull;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.DossierNotFoundException;
import io.github.motcua.dossier.DuplicateDossierException;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.spi.DossierCursor;
import io.github.motcua.spi.DossierPage;
import io.github.motcua.spi.DossierQuery;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.IdempotencyRecord;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.spi.StepPage;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.spi.StoreArguments;
import io.github.motcua.spi.Transactions;
import io.github.motcua.spi.WorkItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@link DossierStore} in memory: for tests, demos and hosts that keep nothing between runs.
 * Thread-safe, and transactional like a database under read committed: a unit of work of {@link
 * #transactions()} buffers its writes, which other threads do not see until it commits and which a
 * rollback discards; a dossier written by an open unit of work is locked to it, and another unit of
 * work that writes it fails at once with {@link StaleDossierVersionException} (as it would once the
 * first commits). Outside a unit of work each call is its own. Snapshots and events are kept as the
 * immutable instances given, never copied or serialised. Sequences are not transactional (gaps are
 * allowed).
 *
 * <p>Design: a map from id to an entry (committed snapshot, its append-only event list, and the
 * pending change of the unit of work that holds it), and sorted sets as indexes — worklist keys
 * (agency, staff role, due, dossier, instance), a global due-order key set, and timer keys (next
 * timer instant, dossier) — updated at commit under the dossier's lock; readers of an index
 * re-check each hit against the committed snapshot.
 */
public final class InMemoryDossierStore implements DossierStore {

  private static final class Entry {
    private volatile Dossier dossier;
    private final ArrayList<DossierEvent> events = new ArrayList<>();
    private Tx owner;
    private Dossier pending;
    private final ArrayList<DossierEvent> pendingEvents = new ArrayList<>();

    private Entry(Dossier dossier) {
      this.dossier = dossier;
    }
  }

  private record Key(IdempotencyRecord record, Tx owner) {}

  private record Lease(String owner, Instant until) {}

  /** One open unit of work: what it wrote, and what to run when it ends. */
  private final class Tx {
    private final Map<String, Entry> touched = new LinkedHashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<Runnable> afterRollback = new ArrayList<>();
    private int depth;

    /** Counted down when this unit of work has committed or rolled back. */
    private final java.util.concurrent.CountDownLatch ended =
        new java.util.concurrent.CountDownLatch(1);

    private void commit() {
      for (Entry e : touched.values()) {
        synchronized (e) {
          Dossier old = e.dossier;
          e.events.addAll(e.pendingEvents);
          e.dossier = e.pending;
          e.pending = null;
          e.pendingEvents.clear();
          e.owner = null;
          if (old == null) {
            idsByApplicant
                .computeIfAbsent(e.dossier.applicantRef(), k -> ConcurrentHashMap.newKeySet())
                .add(e.dossier.id());
          }
          reindex(old, e.dossier);
          leases.remove(e.dossier.id());
        }
      }
      for (String k : keys) {
        idempotency.computeIfPresent(
            k, (x, r) -> r.owner() == this ? new Key(r.record(), null) : r);
      }
    }

    private void rollback() {
      for (Entry e : touched.values()) {
        synchronized (e) {
          if (e.dossier == null) {
            byId.remove(e.pending.id(), e);
            idByNumber.remove(e.pending.number(), e.pending.id());
            e.pending.externalRef().ifPresent(r -> idByExternalRef.remove(r, e.pending.id()));
          }
          e.pending = null;
          e.pendingEvents.clear();
          e.owner = null;
        }
      }
      for (String k : keys) {
        idempotency.computeIfPresent(k, (x, r) -> r.owner() == this ? null : r);
      }
    }
  }

  private final ThreadLocal<Tx> current = new ThreadLocal<>();
  private final Transactions transactions =
      new Transactions() {
        @Override
        public boolean joined() {
          return current.get() != null;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
          requireNonNull(work, "work");
          Tx tx = current.get();
          if (tx != null) {
            tx.depth++;
            try {
              return work.get();
            } finally {
              tx.depth--;
            }
          }
          tx = new Tx();
          current.set(tx);
          T result;
          try {
            result = work.get();
          } catch (RuntimeException | Error e) {
            current.remove();
            tx.rollback();
            tx.ended.countDown();
            tx.afterRollback.forEach(Runnable::run);
            throw e;
          }
          current.remove();
          tx.commit();
          tx.ended.countDown();
          tx.afterCommit.forEach(Runnable::run);
          return result;
        }

        @Override
        public void afterCommit(Runnable action) {
          requireNonNull(action, "action");
          Tx tx = current.get();
          if (tx == null) {
            action.run();
          } else {
            tx.afterCommit.add(action);
          }
        }

        @Override
        public void afterRollback(Runnable action) {
          requireNonNull(action, "action");
          Tx tx = current.get();
          if (tx != null) {
            tx.afterRollback.add(action);
          }
        }
      };

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
  private final ConcurrentHashMap<String, String> idByExternalRef = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Set<String>> idsByApplicant = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Key> idempotency = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, AtomicLong> sequences = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Lease> leases = new ConcurrentHashMap<>();
  private final ConcurrentSkipListSet<StepKey> byRole = new ConcurrentSkipListSet<>();
  private final ConcurrentSkipListSet<StepKey> byDue = new ConcurrentSkipListSet<>();
  private final ConcurrentSkipListSet<TimerKey> timers = new ConcurrentSkipListSet<>();

  /** Creates an empty store. */
  public InMemoryDossierStore() {}

  @Override
  public Transactions transactions() {
    return transactions;
  }

  /** The snapshot this thread sees: its own pending change, else the committed one. */
  private Dossier visible(Entry e) {
    Tx tx = current.get();
    if (tx != null) {
      synchronized (e) {
        if (e.owner == tx) {
          return e.pending;
        }
      }
    }
    return e.dossier;
  }

  @Override
  public Optional<Dossier> load(String dossierId) {
    Entry e = byId.get(requireNonNull(dossierId, "dossierId"));
    return e == null ? Optional.empty() : Optional.ofNullable(visible(e));
  }

  @Override
  public Optional<Dossier> findByNumber(String number) {
    String id = idByNumber.get(requireNonNull(number, "number"));
    return id == null ? Optional.empty() : load(id);
  }

  @Override
  public Optional<Dossier> findByExternalRef(String externalRef) {
    String id = idByExternalRef.get(requireNonNull(externalRef, "externalRef"));
    return id == null ? Optional.empty() : load(id);
  }

  @Override
  public List<Dossier> findByApplicant(String applicantRef, int limit) {
    requireNonNull(applicantRef, "applicantRef");
    StoreArguments.checkLimit(limit);
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
    StoreArguments.checkChange(dossier, 0, events);
    transactions.inTransaction(
        () -> {
          Tx tx = current.get();
          Entry entry = new Entry(null);
          synchronized (entry) {
            if (byId.putIfAbsent(dossier.id(), entry) != null) {
              throw new DuplicateDossierException(
                  dossier.id(), "a dossier with id '" + dossier.id() + "' is already stored");
            }
            if (idByNumber.putIfAbsent(dossier.number(), dossier.id()) != null) {
              byId.remove(dossier.id(), entry);
              throw new DuplicateDossierException(
                  dossier.id(),
                  "a dossier with number '" + dossier.number() + "' is already stored");
            }
            if (dossier.externalRef().isPresent()
                && idByExternalRef.putIfAbsent(dossier.externalRef().get(), dossier.id()) != null) {
              idByNumber.remove(dossier.number(), dossier.id());
              byId.remove(dossier.id(), entry);
              throw new DuplicateDossierException(
                  dossier.id(),
                  "a dossier with external reference '"
                      + dossier.externalRef().get()
                      + "' is already stored");
            }
            if (idempotencyRecord.isPresent() && !reserve(tx, idempotencyRecord.get())) {
              dossier.externalRef().ifPresent(r -> idByExternalRef.remove(r, dossier.id()));
              idByNumber.remove(dossier.number(), dossier.id());
              byId.remove(dossier.id(), entry);
              throw keyConflict(idempotencyRecord.get());
            }
            entry.owner = tx;
            entry.pending = dossier;
            entry.pendingEvents.addAll(events);
            tx.touched.put(dossier.id(), entry);
          }
          return null;
        });
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
    transactions.inTransaction(
        () -> {
          Tx tx = current.get();
          synchronized (entry) {
            Dossier current = entry.owner == tx ? entry.pending : entry.dossier;
            if (current == null) {
              throw new DossierNotFoundException(dossier.id());
            }
            if (entry.owner != null && entry.owner != tx) {
              // another open unit of work holds it: this update would fail once that one commits
              throw new StaleDossierVersionException(
                  dossier.id(), expectedVersion, current.version() + 1);
            }
            if (current.version() != expectedVersion) {
              throw new StaleDossierVersionException(
                  dossier.id(), expectedVersion, current.version());
            }
            StoreArguments.checkChange(dossier, expectedVersion, events);
            if (!current.number().equals(dossier.number())
                || !current.applicantRef().equals(dossier.applicantRef())
                || !current.externalRef().equals(dossier.externalRef())) {
              throw new IllegalArgumentException(
                  "dossier '"
                      + dossier.id()
                      + "': the number, applicant reference and external reference never change");
            }
            if (idempotencyRecord.isPresent() && !reserve(tx, idempotencyRecord.get())) {
              throw keyConflict(idempotencyRecord.get());
            }
            entry.owner = tx;
            entry.pending = dossier;
            entry.pendingEvents.addAll(events);
            tx.touched.put(dossier.id(), entry);
          }
          return null;
        });
  }

  private boolean reserve(Tx tx, IdempotencyRecord r) {
    if (idempotency.putIfAbsent(r.key(), new Key(r, tx)) != null) {
      return false;
    }
    tx.keys.add(r.key());
    return true;
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
    Tx tx = current.get();
    synchronized (entry) {
      List<DossierEvent> all = entry.events;
      if (entry.owner != null && entry.owner == tx) {
        all = new ArrayList<>(entry.events);
        all.addAll(entry.pendingEvents);
      } else if (entry.dossier == null) {
        throw new DossierNotFoundException(dossierId);
      }
      int from = (int) Math.min(afterVersion, all.size());
      return List.copyOf(all.subList(from, all.size()));
    }
  }

  @Override
  public Optional<IdempotencyRecord> idempotency(String key) {
    Key k = idempotency.get(requireNonNull(key, "key"));
    if (k != null && k.owner() != null && k.owner() != current.get()) {
      // Another unit of work holds the key and has not ended: wait for it, as a database makes a
      // reader of a row another transaction is inserting wait, so that a retry racing its first
      // attempt sees the first result once that one commits (and the dossier with it).
      try {
        k.owner().ended.await(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      k = idempotency.get(key);
    }
    if (k == null || (k.owner() != null && k.owner() != current.get())) {
      return Optional.empty();
    }
    return Optional.of(k.record());
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
      if (s == null || !s.urgencyKey().equals(k.due()) || !q.matches(d, s)) {
        continue;
      }
      items.add(new WorkItem(d, s));
      if (items.size() > q.limit()) {
        break;
      }
    }
    return StepPage.ofOverfetched(items, q.limit());
  }

  /** A scan of every committed dossier: a store for tests and demos has no dossier index. */
  @Override
  public DossierPage search(DossierQuery q) {
    requireNonNull(q, "query");
    List<Dossier> hits = new ArrayList<>();
    for (Entry e : byId.values()) {
      Dossier d = e.dossier;
      if (d != null
          && q.matches(d)
          && (q.after().isEmpty() || q.after().get().precedes(d.receivedAt(), d.id()))) {
        hits.add(d);
      }
    }
    hits.sort(Comparator.comparing(Dossier::receivedAt).thenComparing(Dossier::id).reversed());
    Optional<DossierCursor> next = Optional.empty();
    if (hits.size() > q.limit()) {
      hits = hits.subList(0, q.limit());
      Dossier last = hits.get(hits.size() - 1);
      next = Optional.of(new DossierCursor(last.receivedAt(), last.id()));
    }
    return new DossierPage(hits, next);
  }

  @Override
  public List<String> claimDueTimers(Instant by, int limit, String owner, Instant leaseUntil) {
    StoreArguments.checkClaim(by, limit, owner, leaseUntil);
    List<String> out = new ArrayList<>();
    for (TimerKey k : timers) {
      if (k.at().isAfter(by) || out.size() >= limit) {
        break;
      }
      Lease mine = new Lease(owner, leaseUntil);
      Lease held =
          leases.compute(k.dossierId(), (id, l) -> l == null || !l.until().isAfter(by) ? mine : l);
      if (held == mine) {
        out.add(k.dossierId());
      }
    }
    return out;
  }

  @Override
  public void forEachInScope(StatisticsScope scope, Consumer<Dossier> sink) {
    requireNonNull(scope, "scope");
    requireNonNull(sink, "sink");
    for (Entry e : byId.values()) {
      Dossier d = e.dossier;
      if (d == null) {
        continue;
      }
      if (!scope.includes(d)) {
        continue;
      }
      sink.accept(d);
    }
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

  private static IdempotencyKeyConflictException keyConflict(IdempotencyRecord r) {
    return new IdempotencyKeyConflictException(
        r.key(), "idempotency key '" + r.key() + "' was already used for another command");
  }
}
