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

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.spi.DossierPage;
import io.github.motcua.spi.DossierQuery;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.DossierStoreException;
import io.github.motcua.spi.IdempotencyRecord;
import io.github.motcua.spi.StatisticsCounts;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.spi.StepPage;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.spi.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A store that forwards to another and fails on demand, as a database does: the next claims of due
 * timers (a lost connection), or every load of chosen dossiers (a row the store cannot read). It
 * also counts loads and answers {@link #cached} with the snapshots a test told it to {@link
 * #remember}, as a store with a cache of committed snapshots does, however out of date they are.
 */
final class FailingStore implements DossierStore {
  private final DossierStore delegate;
  private final AtomicInteger failingClaims = new AtomicInteger();
  private final Set<String> unreadable = ConcurrentHashMap.newKeySet();
  private final Map<String, Dossier> remembered = new ConcurrentHashMap<>();
  private final AtomicInteger loads = new AtomicInteger();

  FailingStore(DossierStore delegate) {
    this.delegate = delegate;
  }

  /** Makes the next {@code n} claims fail as a lost connection does. */
  void failNextClaims(int n) {
    failingClaims.set(n);
  }

  /** Makes every load of the dossier fail, until {@link #heal}. */
  void failLoading(String dossierId) {
    unreadable.add(dossierId);
  }

  /** Makes {@link #cached} answer with this snapshot for its dossier and version from now on. */
  void remember(Dossier d) {
    remembered.put(d.id(), d);
  }

  /** How many loads were asked of this store so far. */
  int loads() {
    return loads.get();
  }

  @Override
  public Optional<Dossier> cached(String dossierId, long version) {
    Dossier d = remembered.get(dossierId);
    return d != null && d.version() == version ? Optional.of(d) : Optional.empty();
  }

  void heal() {
    unreadable.clear();
    failingClaims.set(0);
  }

  @Override
  public Optional<Dossier> load(String dossierId) {
    loads.incrementAndGet();
    if (unreadable.contains(dossierId)) {
      throw new DossierStoreException(
          DossierStoreException.Kind.OTHER, "load dossier '" + dossierId + "' (test)", null);
    }
    return delegate.load(dossierId);
  }

  @Override
  public List<String> claimDueTimers(Instant by, int limit, String owner, Instant leaseUntil) {
    if (failingClaims.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new DossierStoreException(
          DossierStoreException.Kind.CONNECTION, "claim due timers: connection lost (test)", null);
    }
    return delegate.claimDueTimers(by, limit, owner, leaseUntil);
  }

  @Override
  public Optional<Dossier> findByNumber(String number) {
    return delegate.findByNumber(number);
  }

  @Override
  public Optional<Dossier> findByExternalRef(String externalRef) {
    return delegate.findByExternalRef(externalRef);
  }

  @Override
  public List<Dossier> findByApplicant(String applicantRef, int limit) {
    return delegate.findByApplicant(applicantRef, limit);
  }

  @Override
  public void insert(
      Dossier dossier, List<DossierEvent> events, Optional<IdempotencyRecord> idempotency) {
    delegate.insert(dossier, events, idempotency);
  }

  @Override
  public void update(
      Dossier dossier,
      long expectedVersion,
      List<DossierEvent> events,
      Optional<IdempotencyRecord> idempotency) {
    delegate.update(dossier, expectedVersion, events, idempotency);
  }

  @Override
  public List<DossierEvent> history(String dossierId, long afterVersion) {
    return delegate.history(dossierId, afterVersion);
  }

  @Override
  public Optional<IdempotencyRecord> idempotency(String key) {
    return delegate.idempotency(key);
  }

  @Override
  public long nextSequence(String sequenceKey) {
    return delegate.nextSequence(sequenceKey);
  }

  @Override
  public StepPage steps(StepQuery query) {
    return delegate.steps(query);
  }

  @Override
  public DossierPage search(DossierQuery query) {
    return delegate.search(query);
  }

  @Override
  public Transactions transactions() {
    return delegate.transactions();
  }

  @Override
  public void forEachInScope(StatisticsScope scope, Consumer<Dossier> sink) {
    delegate.forEachInScope(scope, sink);
  }

  @Override
  public Optional<StatisticsCounts> countInScope(StatisticsScope scope) {
    return delegate.countInScope(scope);
  }
}
