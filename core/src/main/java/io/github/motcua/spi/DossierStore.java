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
package io.github.motcua.spi;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.DossierNotFoundException;
import io.github.motcua.dossier.DuplicateDossierException;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where dossiers and their audit trails live. Implementations must be thread-safe and must pass the
 * contract suite in core's test-jar ({@code io.github.motcua.spi.contract.DossierStoreContract}).
 *
 * <p>The rules every store keeps:
 *
 * <ul>
 *   <li>A change is all or nothing: the snapshot, its new events and its idempotency record are
 *       stored together or not at all, inside the unit of work of {@link #transactions()} that made
 *       it; a rolled-back unit of work leaves nothing.
 *   <li>The events of a dossier are numbered 1, 2, 3, ... without gaps, and a snapshot's version
 *       equals the number of its events. {@link #insert} and {@link #update} check this and throw
 *       {@link IllegalArgumentException} when a caller breaks it.
 *   <li>{@link #update} succeeds only against the current version; two updates racing on one
 *       version: exactly one wins, the other gets {@link StaleDossierVersionException}.
 *   <li>Snapshots and events are immutable values: a store returns equal values to those it was
 *       given (it may return the same instances). Instants reach a store with at most microsecond
 *       precision (the engine truncates every instant it records), so a SQL store keeps them
 *       exactly in microsecond timestamp columns.
 *   <li>The audit trail is append-only: no method changes or removes a stored event.
 * </ul>
 *
 * <p>The fields a store indexes are plain on the snapshot: {@link Dossier#number()}, {@link
 * Dossier#externalRef()}, {@link Dossier#competentAgencyId()}, {@link Dossier#applicantRef()},
 * {@link Dossier#nextTimerAt()}, {@link Dossier#receivingAgencyId()}, {@link
 * Dossier#procedureCode()}, {@link Dossier#receivedAt()}, {@link Dossier#finishedAt()}, and per
 * active step the agency, staff role, assignee, due and due-soon instants. A step with no due
 * instant (its clock paused) sorts last in a worklist: its {@link WorklistCursor#urgencyKey()} is
 * {@link java.time.Instant#MAX}, which SQL timestamps cannot hold; a SQL store maps it to a NULL
 * due column sorted last (and a cursor at {@code Instant.MAX} to "due IS NULL and after this
 * dossier and instance").
 *
 * <h2>Failures: the translation table</h2>
 *
 * A store reports every failure with an exception under {@link io.github.motcua.MotcuaException};
 * the change being stored did not happen. A SQL store translates:
 *
 * <table>
 *   <caption>What a store throws for each database condition</caption>
 *   <tr><th>condition</th><th>thrown</th><th>retry?</th></tr>
 *   <tr><td>unique violation on the dossier id or number</td>
 *       <td>{@link DuplicateDossierException}</td><td>no</td></tr>
 *   <tr><td>unique violation on the idempotency key</td>
 *       <td>{@link IdempotencyKeyConflictException}</td>
 *       <td>no: the engine reads the first result instead</td></tr>
 *   <tr><td>zero rows updated by the version compare-and-set</td>
 *       <td>{@link StaleDossierVersionException} (or {@link DossierNotFoundException} when the
 *       dossier is not stored)</td><td>yes, after reloading</td></tr>
 *   <tr><td>deadlock (SQLState 40P01, MariaDB 1213)</td>
 *       <td>{@link DossierStoreException} {@code DEADLOCK}</td><td>yes</td></tr>
 *   <tr><td>serialization failure (SQLState 40001)</td>
 *       <td>{@link DossierStoreException} {@code SERIALIZATION}</td><td>yes</td></tr>
 *   <tr><td>lost or refused connection (SQLState class 08)</td>
 *       <td>{@link DossierStoreException} {@code CONNECTION}</td><td>yes</td></tr>
 *   <tr><td>statement or lock time-out (SQLState 57014, MariaDB 1205)</td>
 *       <td>{@link DossierStoreException} {@code TIMEOUT}</td><td>yes</td></tr>
 *   <tr><td>schema older or newer than the library</td>
 *       <td>{@link DossierStoreException} {@code SCHEMA}</td><td>no</td></tr>
 *   <tr><td>anything else</td><td>{@link DossierStoreException} {@code OTHER}</td><td>no</td></tr>
 * </table>
 *
 * <h2>Undo points</h2>
 *
 * A snapshot after an undoable action carries the whole earlier snapshot in its {@link
 * Dossier#undo()} (itself without an undo point, so it nests one level only). That roughly doubles
 * the stored row while the undo is possible; the next action or timer that acts drops it. The
 * choice is deliberate: undo must restore exactly, and a diff would tie the stored format to every
 * field of the engine's working state.
 */
public interface DossierStore {
  /**
   * Loads the current snapshot of a dossier.
   *
   * @param dossierId the dossier id
   * @return the snapshot, if stored
   */
  Optional<Dossier> load(String dossierId);

  /**
   * A snapshot of a dossier at exactly {@code version} that this store holds without reading its
   * database, if it holds one; the default holds none. A store returns only a committed snapshot
   * (never one of a unit of work still open or rolled back); since one committed (id, version)
   * names one content, the answer is that version's content, though the dossier may have moved on
   * since. The engine decides a command whose caller names {@code version} as the version it saw on
   * this snapshot instead of {@link #load}ing it: the change then stands only if {@link #update}
   * finds the dossier still at that version, and a refusal decided on it (the update's stale
   * version included) is decided again on the loaded snapshot, so the caller gets the answer a load
   * would have given. It saves a command one read.
   *
   * @param dossierId the dossier id
   * @param version the version wanted
   * @return the committed snapshot at that version, if the store holds it in memory
   */
  default Optional<Dossier> cached(String dossierId, long version) {
    return Optional.empty();
  }

  /**
   * Finds a dossier by its number.
   *
   * @param number the dossier number
   * @return the snapshot, if stored
   */
  Optional<Dossier> findByNumber(String number);

  /**
   * Finds a dossier by its reference in an external system ({@link Dossier#externalRef()}, the
   * national portal's dossier code), which is unique: {@link #insert} refuses a second dossier with
   * the same reference with {@link DuplicateDossierException}.
   *
   * @param externalRef the external reference
   * @return the snapshot, if stored
   */
  Optional<Dossier> findByExternalRef(String externalRef);

  /**
   * Finds the dossiers of an applicant, newest received first.
   *
   * @param applicantRef the opaque applicant reference
   * @param limit the most to return, at least 1
   * @return the snapshots
   */
  List<Dossier> findByApplicant(String applicantRef, int limit);

  /**
   * Stores a new dossier with its first events, and the idempotency record of the submission if
   * any.
   *
   * @param dossier the snapshot, whose version equals the number of events
   * @param events the first events, numbered from 1
   * @param idempotency the record of the submission's key, if any
   * @throws DuplicateDossierException if the id, the number or the external reference is already
   *     stored
   * @throws IdempotencyKeyConflictException if the key is already recorded
   * @throws IllegalArgumentException if the events do not match the snapshot's version
   */
  void insert(Dossier dossier, List<DossierEvent> events, Optional<IdempotencyRecord> idempotency);

  /**
   * Replaces a dossier's snapshot if it is still at the expected version, appending its new events
   * and recording the idempotency key if any, all at once.
   *
   * @param dossier the new snapshot, whose version is {@code expectedVersion + events.size()}
   * @param expectedVersion the version the change was computed from
   * @param events the new events, numbered {@code expectedVersion + 1} onwards, at least one
   * @param idempotency the record of the command's key, if any
   * @throws DossierNotFoundException if the dossier is not stored
   * @throws StaleDossierVersionException if the stored version is not {@code expectedVersion}
   * @throws IdempotencyKeyConflictException if the key is already recorded
   * @throws IllegalArgumentException if the events do not match the versions
   */
  void update(
      Dossier dossier,
      long expectedVersion,
      List<DossierEvent> events,
      Optional<IdempotencyRecord> idempotency);

  /**
   * Reads a dossier's events after a version, in order.
   *
   * @param dossierId the dossier id
   * @param afterVersion 0 for the whole trail, else the version to read after
   * @return the events with a sequence greater than {@code afterVersion}
   * @throws DossierNotFoundException if the dossier is not stored
   */
  List<DossierEvent> history(String dossierId, long afterVersion);

  /**
   * Finds the record of an idempotency key.
   *
   * @param key the key
   * @return the record, if the key was used
   */
  Optional<IdempotencyRecord> idempotency(String key);

  /**
   * Returns the next number of a sequence (1 for a new sequence), atomically: every caller gets a
   * different number. Numbers used by a change that then failed may be lost (gaps are allowed).
   *
   * @param sequenceKey the sequence, e.g. an agency id and a year
   * @return the next number
   */
  long nextSequence(String sequenceKey);

  /**
   * Lists active step instances, most urgent first, one keyset page at a time.
   *
   * @param query what to list
   * @return the page
   */
  StepPage steps(StepQuery query);

  /**
   * Searches dossiers, newest received first (received instant descending, then id descending), one
   * keyset page at a time: every dossier {@link DossierQuery#matches} keeps appears on exactly one
   * page of a walk with the returned cursors, while nothing changes. A SQL store answers it from
   * real columns (status, status code, procedure, received and due instants, number, applicant
   * reference) with indexes that serve the order and the prefix filters.
   *
   * @param query what to search
   * @return the page
   */
  DossierPage search(DossierQuery query);

  /**
   * Claims dossiers whose next timer ({@link Dossier#nextTimerAt()}) is due at or before an instant
   * and that no other claimer holds, earliest first, and leases each to the claimer until an
   * instant, so that claimers on several nodes get disjoint batches. A lease ends when it expires
   * ({@code leaseUntil} at or before a later claim's {@code by}) or when the dossier is next
   * updated by anyone. The engine re-checks each claimed dossier under its version anyway, so a
   * lease lost to expiry costs work, never correctness. A SQL store answers it with an index range
   * scan on the next-timer column ({@code FOR UPDATE SKIP LOCKED} where the dialect has it).
   *
   * @param by the instant timers are due by (the engine's now)
   * @param limit the most to claim, at least 1
   * @param owner who claims, e.g. a node and thread name
   * @param leaseUntil until when the claim holds, after {@code by}
   * @return the claimed dossier ids, earliest timer first
   * @throws IllegalArgumentException if {@code leaseUntil} is not after {@code by} or the limit is
   *     below 1
   */
  List<String> claimDueTimers(Instant by, int limit, String owner, Instant leaseUntil);

  /**
   * Returns the store's transaction seam: the engine runs every submission, action, undo and each
   * dossier's timer work in {@link Transactions#inTransaction} and publishes events through {@link
   * Transactions#afterCommit}.
   *
   * @return the transactions of this store
   */
  Transactions transactions();

  /**
   * Feeds the dossiers a statistics scope touches to a consumer, in no particular order: those
   * received by the agency (if given) for the procedure (if given) before the end of the period and
   * not finished before its start.
   *
   * @param scope the scope
   * @param sink receives each dossier once
   */
  void forEachInScope(StatisticsScope scope, Consumer<Dossier> sink);

  /**
   * Streams the dossiers of a statistics scope still open at the period's end: those {@link
   * #forEachInScope} streams that were not finished before {@code scope.to()}. The engine classes
   * them by their standing at the end (a dossier finished since was in progress then), while it
   * takes the other counts from {@link #countInScope}. The default filters {@link #forEachInScope};
   * a SQL store narrows with its columns.
   *
   * @param scope the scope
   * @param sink receives each such dossier once
   */
  default void forEachOpenAtEnd(StatisticsScope scope, Consumer<Dossier> sink) {
    forEachInScope(
        scope,
        d -> {
          if (d.finishedAt().isEmpty() || !d.finishedAt().get().isBefore(scope.to())) {
            sink.accept(d);
          }
        });
  }

  /**
   * Counts a statistics scope in the store's own query language, where it can, instead of streaming
   * every dossier to the engine (a province's year is millions of rows). The counts must equal
   * those of a {@link StatisticsCounts.Tally} by current state over {@link #forEachInScope}; the
   * contract suite checks it. For a period already over, the engine re-classes the dossiers open at
   * its end from {@link #forEachOpenAtEnd}. The default, and a store's answer for a scope it cannot
   * count itself, is empty: the engine then streams and tallies.
   *
   * @param scope the scope
   * @return the counts, if the store counted them
   */
  default Optional<StatisticsCounts> countInScope(StatisticsScope scope) {
    return Optional.empty();
  }
}
