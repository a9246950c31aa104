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
 * contract suite in core's test-jar ({@code io.github.motcua.spi.contract .DossierStoreContract}).
 *
 * <p>The rules every store keeps:
 *
 * <ul>
 *   <li>A change is all or nothing: the snapshot, its new events and its idempotency record are
 *       stored together or not at all.
 *   <li>The events of a dossier are numbered 1, 2, 3, ... without gaps, and a snapshot's version
 *       equals the number of its events. {@link #insert} and {@link #update} check this and throw
 *       {@link IllegalArgumentException} when a caller breaks it.
 *   <li>{@link #update} succeeds only against the current version; two updates racing on one
 *       version: exactly one wins, the other gets {@link StaleDossierVersionException}.
 *   <li>Snapshots and events are immutable values: a store returns equal values to those it was
 *       given (it may return the same instances).
 * </ul>
 *
 * <p>The fields a store indexes are plain on the snapshot: {@link Dossier#number()}, {@link
 * Dossier#applicantRef()}, {@link Dossier#nextTimerAt()}, {@link Dossier#receivingAgencyId()},
 * {@link Dossier#procedureCode()}, {@link Dossier#receivedAt()}, {@link Dossier#finishedAt()}, and
 * per active step the agency, staff role, assignee, due and due-soon instants.
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
   * Finds a dossier by its number.
   *
   * @param number the dossier number
   * @return the snapshot, if stored
   */
  Optional<Dossier> findByNumber(String number);

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
   * @throws DuplicateDossierException if the id or the number is already stored
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
   * Returns the ids of the dossiers with a timer due at or before an instant ({@link
   * Dossier#nextTimerAt()}), earliest first. A store shared by several nodes may skip dossiers
   * another node is processing (as {@code FOR UPDATE SKIP LOCKED} does); the engine re-checks each
   * one under its version anyway.
   *
   * @param by the instant
   * @param limit the most to return, at least 1
   * @return the dossier ids
   */
  List<String> dueTimers(Instant by, int limit);

  /**
   * Feeds the dossiers a statistics scope touches to a consumer, in no particular order: those
   * received by the agency (if given) for the procedure (if given) before the end of the period and
   * not finished before its start.
   *
   * @param scope the scope
   * @param sink receives each dossier once
   */
  void forEachInScope(StatisticsScope scope, Consumer<Dossier> sink);
}
