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
package io.github.motcua.persistence.jdbc;

import static io.github.motcua.spi.contract.StoreFixtures.T0;
import static io.github.motcua.spi.contract.StoreFixtures.dossier;
import static io.github.motcua.spi.contract.StoreFixtures.events;
import static io.github.motcua.spi.contract.StoreFixtures.next;
import static io.github.motcua.spi.contract.StoreFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.DuplicateDossierException;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.spi.DossierStoreException;
import io.github.motcua.spi.IdempotencyRecord;
import io.github.motcua.spi.StatisticsScope;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the JDBC store does beyond the contract, on each database: failure translation, exact text
 * round trips, host transactions, statement and round-trip counts, the outbox relay, timer claims
 * across store instances, the schema check. A subclass names the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcStoreBehaviour {
  JdbcDossierStore store;
  private String prefix;

  abstract TestDatabase db();

  @BeforeAll
  void createStore() {
    store = db().fresh();
  }

  @AfterAll
  void dropTables() {
    if (store != null) {
      db().drop(store);
    }
  }

  @BeforeEach
  void newIds() {
    prefix = "b" + Long.toHexString(System.nanoTime()) + "-";
  }

  String id(String s) {
    return prefix + s;
  }

  Dossier inserted(String name) {
    Dossier d = dossier(id(name), step("s1", id("agency"), "officer", T0.plusSeconds(3600)));
    store.insert(d, events(d.id(), 0, 1), Optional.empty());
    return d;
  }

  /** A second store instance on the same tables (as on another node). */
  JdbcDossierStore sameTables(javax.sql.DataSource ds) {
    return JdbcDossierStore.builder(ds).tablePrefix(store.tablePrefix()).build();
  }

  @Test
  void dialectIsDetectedFromTheConnection() {
    assertThat(store.dialect())
        .isEqualTo(
            switch (db()) {
              case H2_MEMORY, H2_FILE -> JdbcDialect.H2;
              case POSTGRESQL -> JdbcDialect.POSTGRESQL;
              case MARIADB -> JdbcDialect.MARIADB;
            });
  }

  @Test
  void aChangeRacingACommitInAnOlderSnapshotIsRefusedAsStale() throws SQLException {
    Dossier d = inserted("snapshot");
    JdbcDossierStore other = sameTables(db().dataSource());
    try (Connection c = db().dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (HostTransaction tx = store.join(c)) {
        // the first read fixes the snapshot of a REPEATABLE READ transaction (MariaDB's default)
        assertThat(store.load(d.id())).contains(d);
        Dossier theirs = next(d, 1, List.of(step("s2", "dept", "specialist", null)));
        other.update(theirs, 1, events(d.id(), 1, 1), Optional.empty());
        Dossier ours = next(d, 1, List.of(step("s3", "dept", "leader", null)));
        assertThatThrownBy(() -> store.update(ours, 1, events(d.id(), 1, 1), Optional.empty()))
            .isInstanceOfSatisfying(
                StaleDossierVersionException.class, e -> assertThat(e.getMessage()).contains("2"));
        tx.rollback();
      }
      c.setAutoCommit(true);
    }
  }

  @Test
  void aLoadSeesAChangeAnotherNodeCommittedAfterTheSnapshotWasCached() {
    Dossier d = inserted("cached-other-node");
    assertThat(store.load(d.id())).contains(d);
    JdbcDossierStore other = sameTables(db().dataSource());
    Dossier theirs = next(d, 1, List.of(step("s2", "dept", "specialist", null)));
    other.update(theirs, 1, events(d.id(), 1, 1), Optional.empty());
    assertThat(store.load(d.id())).contains(theirs);
  }

  @Test
  void aRolledBackChangeNeverServesALaterLoad() {
    Dossier d = inserted("cached-rollback");
    Dossier ours = next(d, 1, List.of(step("s2", "dept", "specialist", null)));
    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          store.update(ours, 1, events(d.id(), 1, 1), Optional.empty());
                          assertThat(store.load(d.id())).contains(ours);
                          throw new IllegalStateException("the host changes its mind");
                        }))
        .hasMessage("the host changes its mind");
    assertThat(store.load(d.id())).contains(d);
    // another node commits a different snapshot at the same version: this store must read it
    Dossier theirs = next(d, 1, List.of(step("s3", "ward", "leader", null)));
    sameTables(db().dataSource()).update(theirs, 1, events(d.id(), 1, 1), Optional.empty());
    assertThat(store.load(d.id())).contains(theirs);
  }

  @Test
  void cachedAnswersOnlyCommittedSnapshotsAtTheirVersion() {
    Dossier d = inserted("cached-committed");
    assertThat(store.cached(d.id(), 1)).contains(d);
    assertThat(store.cached(d.id(), 2)).isEmpty();
    assertThat(store.cached(id("no-such-dossier"), 1)).isEmpty();
    Dossier ours = next(d, 1, List.of(step("s2", "dept", "specialist", null)));
    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          store.update(ours, 1, events(d.id(), 1, 1), Optional.empty());
                          assertThat(store.cached(d.id(), 2)).isEmpty();
                          throw new IllegalStateException("the host changes its mind");
                        }))
        .hasMessage("the host changes its mind");
    assertThat(store.cached(d.id(), 2)).isEmpty();
    // another node's commit: this store still holds version 1, out of date, which its own update
    // at version 1 then refuses
    Dossier theirs = next(d, 1, List.of(step("s3", "ward", "leader", null)));
    sameTables(db().dataSource()).update(theirs, 1, events(d.id(), 1, 1), Optional.empty());
    assertThat(store.cached(d.id(), 1)).contains(d);
    assertThatThrownBy(() -> store.update(ours, 1, events(d.id(), 1, 1), Optional.empty()))
        .isInstanceOf(StaleDossierVersionException.class);
    Dossier third = next(theirs, 1, List.of());
    store.update(third, 2, events(d.id(), 2, 1), Optional.empty());
    assertThat(store.cached(d.id(), 3)).contains(third);
    JdbcDossierStore uncached =
        JdbcDossierStore.builder(db().dataSource())
            .tablePrefix(store.tablePrefix())
            .snapshotCache(0)
            .build();
    assertThat(uncached.load(d.id())).isPresent();
    assertThat(uncached.cached(d.id(), 3)).isEmpty();
  }

  @Test
  void aLoadAtTheCachedVersionDoesNotReadTheSnapshotAndACacheOfZeroAlwaysDoes()
      throws SQLException {
    Dossier d = inserted("cached-hit");
    JdbcDossierStore uncached =
        JdbcDossierStore.builder(db().dataSource())
            .tablePrefix(store.tablePrefix())
            .snapshotCache(0)
            .build();
    assertThat(store.load(d.id())).contains(d);
    // the stored JSON changed behind the stores' backs, its version not: only the store without a
    // cache reads it
    Dossier altered = d.toBuilder().receivingAgencyId("elsewhere").build();
    overwriteSnapshot(altered);
    assertThat(store.load(d.id())).contains(d);
    assertThat(uncached.load(d.id())).contains(altered);
    // a worklist page reads the same row's JSON too, and uses the parsed snapshot of its version
    var q = io.github.motcua.spi.StepQuery.worklist(id("agency"), "officer", 10);
    assertThat(store.steps(q).items()).extracting(w -> w.dossier()).containsExactly(d);
    assertThat(uncached.steps(q).items()).extracting(w -> w.dossier()).containsExactly(altered);
    // and warms the cache: a fresh store that listed the dossier loads it without reading the JSON
    JdbcDossierStore listing = sameTables(db().dataSource());
    assertThat(listing.steps(q).items()).extracting(w -> w.dossier()).containsExactly(altered);
    Dossier third = d.toBuilder().receivingAgencyId("third").build();
    overwriteSnapshot(third);
    assertThat(listing.load(d.id())).contains(altered);
    assertThat(uncached.load(d.id())).contains(third);
    assertThatThrownBy(() -> JdbcDossierStore.builder(db().dataSource()).snapshotCache(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 to 1048576");
  }

  /** Rewrites a stored dossier's JSON behind the stores' backs, its version unchanged. */
  private void overwriteSnapshot(Dossier d) throws SQLException {
    try (Connection c = db().plain().getConnection();
        var s =
            c.prepareStatement(
                "UPDATE "
                    + store.tablePrefix()
                    + "dossier SET snapshot = "
                    + (store.dialect() == JdbcDialect.POSTGRESQL ? "CAST(? AS jsonb)" : "?")
                    + " WHERE id = ?")) {
      s.setString(1, io.github.motcua.spi.DossierJson.write(d));
      s.setString(2, d.id());
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  @Test
  void refusedChangesLeaveAJoinedTransactionUsable() {
    Dossier d = inserted("conflicts");
    String key = id("k");
    Dossier d2 = next(d, 1, d.activeSteps());
    store.update(
        d2,
        1,
        events(d.id(), 1, 1),
        Optional.of(new IdempotencyRecord(key, d.id(), "go", 1, 2, "u-test", "digest")));
    Dossier other = dossier(id("other"), step("s1", "desk", "officer", null));
    List<String> seen = new ArrayList<>();
    store
        .transactions()
        .inTransaction(
            () -> {
              Dossier d3 = next(d2, 1, d2.activeSteps());
              assertThatThrownBy(
                      () ->
                          store.update(
                              d3,
                              2,
                              events(d.id(), 2, 1),
                              Optional.of(
                                  new IdempotencyRecord(
                                      key, d.id(), "again", 2, 3, "u-test", "digest"))))
                  .isInstanceOf(IdempotencyKeyConflictException.class);
              // the engine reads the first result in the same transaction
              seen.add(store.idempotency(key).orElseThrow().operation());
              Dossier sameNumber = other.toBuilder().number(d.number()).build();
              assertThatThrownBy(
                      () -> store.insert(sameNumber, events(other.id(), 0, 1), Optional.empty()))
                  .isInstanceOf(DuplicateDossierException.class)
                  .hasMessageContaining("number");
              assertThatThrownBy(() -> store.insert(d, events(d.id(), 0, 1), Optional.empty()))
                  .isInstanceOf(DuplicateDossierException.class)
                  .hasMessageContaining("id");
              assertThatThrownBy(
                      () ->
                          store.update(
                              next(d, 1, d.activeSteps()),
                              1,
                              events(d.id(), 1, 1),
                              Optional.of(
                                  new IdempotencyRecord(
                                      id("k2"), d.id(), "x", 1, 2, "u-test", "digest"))))
                  .isInstanceOf(StaleDossierVersionException.class);
              // and the transaction still writes
              store.insert(other, events(other.id(), 0, 1), Optional.empty());
              return null;
            });
    assertThat(seen).containsExactly("go");
    assertThat(store.load(other.id())).contains(other);
    assertThat(store.load(d.id())).contains(d2);
    assertThat(store.idempotency(id("k2"))).isEmpty();
  }

  @Test
  void lostConnectionIsARetryableConnectionFailure() throws SQLException {
    Dossier d = inserted("lost");
    Connection c = db().plain().getConnection();
    c.setAutoCommit(false);
    try (HostTransaction tx = store.join(c)) {
      assertThat(store.load(d.id())).contains(d);
      c.close();
      assertThatThrownBy(() -> store.load(d.id()))
          .isInstanceOfSatisfying(
              DossierStoreException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(DossierStoreException.Kind.CONNECTION);
                assertThat(e.retryable()).isTrue();
              });
      assertThatThrownBy(tx::commit).isInstanceOf(DossierStoreException.class);
    }
  }

  @Test
  void awkwardTextRoundTripsExactly() {
    StringBuilder big = new StringBuilder();
    while (big.length() < 1_048_576) {
      big.append("Đà Nẵng 🏖 '\"\\ ");
    }
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("quotes", "it's \"quoted\" \\ back\\slash `tick` $1 ?");
    attrs.put("sql", "'); DROP TABLE " + store.tablePrefix() + "dossier; -- /* */");
    attrs.put("vietnamese", "Nguyễn Thị Hồng Nhung, phường Thuận Phước, quận Hải Châu");
    attrs.put("emoji", "🏛️📄✅ 👩🏽‍💼");
    attrs.put("big", big.toString());
    Instant micros = T0.plusNanos(123_456_000);
    Dossier d =
        dossier(id("text"), step("s1", "sở-tài-nguyên", "chuyên viên", micros)).toBuilder()
            .attributes(attrs)
            .receivedAt(micros)
            .build();
    DossierEvent e =
        DossierEvent.builder(d.id(), 1, EventType.SUBMITTED, micros)
            .actor("u-1", "desk")
            .comment("góp ý: \"đúng hạn\" 😀 ');--")
            .detail("note", big.toString())
            .build();
    store.insert(d, List.of(e), Optional.empty());
    assertThat(store.load(d.id())).contains(d);
    assertThat(store.history(d.id(), 0)).containsExactly(e);
    assertThat(
            store
                .steps(io.github.motcua.spi.StepQuery.worklist("sở-tài-nguyên", "chuyên viên", 10))
                .items())
        .anySatisfy(it -> assertThat(it.dossier()).isEqualTo(d));
    List<OutboxMessage> got = new ArrayList<>();
    store.outboxRelay().relay(1000, got::addAll);
    assertThat(got).anySatisfy(m -> assertThat(m.event()).isEqualTo(e));
  }

  @Test
  void hostTransactionCommitsOrRollsBackTheHostRowAndTheDossierTogether() throws SQLException {
    String table = store.tablePrefix() + "host_row";
    try (Connection c = db().plain().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS " + table + " (id VARCHAR(100) PRIMARY KEY)");
    }
    List<String> ran = new ArrayList<>();
    Dossier rolledBack = dossier(id("host-rb"), step("s1", "desk", "officer", null));
    Dossier committed = dossier(id("host-ok"), step("s1", "desk", "officer", null));
    try (Connection c = db().plain().getConnection()) {
      c.setAutoCommit(false);
      try (HostTransaction tx = store.join(c)) {
        hostRow(c, table, rolledBack.id());
        store.insert(rolledBack, events(rolledBack.id(), 0, 1), Optional.empty());
        store.transactions().afterCommit(() -> ran.add("commit 1"));
        store.transactions().afterRollback(() -> ran.add("rollback 1"));
        tx.rollback();
      }
      try (HostTransaction tx = store.join(c)) {
        hostRow(c, table, committed.id());
        store.insert(committed, events(committed.id(), 0, 1), Optional.empty());
        store.transactions().afterCommit(() -> ran.add("commit 2"));
        store.transactions().afterRollback(() -> ran.add("rollback 2"));
        // another thread does not see the uncommitted dossier
        assertThat(onOtherThread(() -> store.load(committed.id()))).isEmpty();
        tx.commit();
      }
    }
    assertThat(ran).containsExactly("rollback 1", "commit 2");
    assertThat(store.load(rolledBack.id())).isEmpty();
    assertThat(store.load(committed.id())).contains(committed);
    assertThat(hostRows(table)).contains(committed.id()).doesNotContain(rolledBack.id());
  }

  private static <T> T onOtherThread(java.util.concurrent.Callable<T> work) {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      return pool.submit(work).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void hostRow(Connection c, String table, String id) throws SQLException {
    try (var ps = c.prepareStatement("INSERT INTO " + table + " (id) VALUES (?)")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
  }

  private Set<String> hostRows(String table) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Connection c = db().plain().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id FROM " + table)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  @Test
  void aChangeIsOneStatementOnPostgresqlAndOneBatchPerTableElsewhere() {
    CountingDataSource counting = new CountingDataSource(db().dataSource());
    JdbcDossierStore counted = sameTables(counting.dataSource);
    boolean pg = store.dialect() == JdbcDialect.POSTGRESQL;
    Dossier d = dossier(id("count"), step("s1", "desk", "officer", null));

    counting.reset();
    counted.insert(d, events(d.id(), 0, 1), Optional.empty());
    if (pg) {
      // one statement writes the row, the event, its outbox row and the step; commit
      assertThat(counting.roundTrips.get()).isEqualTo(2);
      assertThat(counting.statements.get()).isEqualTo(1);
    } else {
      // dossier row; batches of 1 event, 1 outbox row, 1 step; commit
      assertThat(counting.roundTrips.get()).isEqualTo(5);
      assertThat(counting.statements.get()).isEqualTo(1 + 3);
    }

    Dossier d3 =
        next(
            d,
            2,
            List.of(
                step("s2", "dept", "specialist", T0.plusSeconds(60)),
                step("s3", "ward", "specialist", T0.plusSeconds(90))));
    counting.reset();
    counted.update(d3, 1, events(d.id(), 1, 2), Optional.empty());
    if (pg) {
      assertThat(counting.roundTrips.get()).isEqualTo(2);
      assertThat(counting.statements.get()).isEqualTo(1);
    } else {
      // compare-and-set; batches of 2 events, 2 outbox rows; step delete; batch of 2 steps; commit
      assertThat(counting.roundTrips.get()).isEqualTo(6);
      assertThat(counting.statements.get()).isEqualTo(1 + 2 + 2 + 1 + 2);
    }
    assertThat(store.load(d.id())).contains(d3);
    assertThat(store.history(d.id(), 0)).hasSize(3);
    assertThat(stepRows(d.id())).containsExactly("s2 dept specialist", "s3 ward specialist");

    Dossier d4 = next(d3, 1, List.of(d3.activeSteps().get(1)));
    counting.reset();
    counted.update(
        d4,
        3,
        events(d.id(), 3, 1),
        Optional.of(
            new IdempotencyRecord(id("count-key"), d.id(), "go", 3, 4, "u-test", "digest")));
    if (pg) {
      // key; the change; commit
      assertThat(counting.roundTrips.get()).isEqualTo(3);
      assertThat(counting.statements.get()).isEqualTo(2);
    } else {
      // key; compare-and-set; batches of event, outbox row; step delete; batch of 1 step; commit
      assertThat(counting.roundTrips.get()).isEqualTo(7);
      assertThat(counting.statements.get()).isEqualTo(2 + 1 + 1 + 1 + 1);
    }
    assertThat(store.load(d.id())).contains(d4);
    assertThat(store.history(d.id(), 0)).hasSize(4);
    assertThat(stepRows(d.id())).containsExactly("s3 ward specialist");
  }

  /** The active-step rows of a dossier as "instance agency role", by instance. */
  private List<String> stepRows(String dossierId) {
    List<String> out = new ArrayList<>();
    try (Connection c = db().plain().getConnection();
        var s =
            c.prepareStatement(
                "SELECT instance_id, agency_id, staff_role FROM "
                    + store.tablePrefix()
                    + "active_step WHERE dossier_id = ? ORDER BY instance_id")) {
      s.setString(1, dossierId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  @Test
  void statisticsScopeStreamsWithAFetchSize() {
    CountingDataSource counting = new CountingDataSource(db().dataSource());
    JdbcDossierStore streaming =
        JdbcDossierStore.builder(counting.dataSource)
            .tablePrefix(store.tablePrefix())
            .fetchSize(7)
            .build();
    String agency = id("stream-agency");
    for (int i = 0; i < 20; i++) {
      Dossier d =
          dossier(id("stream" + i), step("s1", "desk", "officer", null)).toBuilder()
              .receivingAgencyId(agency)
              .build();
      store.insert(d, events(d.id(), 0, 1), Optional.empty());
    }
    counting.reset();
    List<String> seen = new ArrayList<>();
    streaming.forEachInScope(
        new StatisticsScope(Optional.of(agency), Optional.empty(), T0, T0.plusSeconds(86_400)),
        d -> seen.add(d.id()));
    assertThat(seen).hasSize(20);
    assertThat(counting.fetchSizes).contains(7);
  }

  @Test
  void outboxDeliversEachDossiersEventsInOrderAndKeepsThemWhenTheConsumerFails() {
    OutboxRelay relay = store.outboxRelay();
    relay.relay(10_000, m -> {});
    Dossier a = inserted("ob-a");
    Dossier b = inserted("ob-b");
    Dossier a3 = next(a, 2, a.activeSteps());
    store.update(a3, 1, events(a.id(), 1, 2), Optional.empty());
    assertThat(relay.pending()).isEqualTo(4);

    RuntimeException refused = new IllegalStateException("broker down");
    assertThatThrownBy(
            () ->
                relay.relay(
                    10,
                    m -> {
                      throw refused;
                    }))
        .isSameAs(refused);
    assertThat(relay.pending()).isEqualTo(4);

    List<String> ids = new ArrayList<>();
    int delivered = relay.relay(10, ms -> ms.forEach(m -> ids.add(m.eventId())));
    assertThat(delivered).isEqualTo(4);
    assertThat(ids)
        .containsExactlyInAnyOrder(a.id() + "#1", a.id() + "#2", a.id() + "#3", b.id() + "#1");
    assertThat(ids.indexOf(a.id() + "#1")).isLessThan(ids.indexOf(a.id() + "#2"));
    assertThat(ids.indexOf(a.id() + "#2")).isLessThan(ids.indexOf(a.id() + "#3"));
    assertThat(relay.pending()).isZero();
  }

  @Test
  void concurrentRelaysClaimDisjointDossiersAndNeverALaterEventFirst() throws Exception {
    OutboxRelay relay = store.outboxRelay();
    OutboxRelay other = sameTables(db().dataSource()).outboxRelay();
    relay.relay(10_000, m -> {});
    Dossier held = inserted("rel-a-held");
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rest.add(inserted("rel-b" + i).id());
    }
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      // the first relay claims only the held dossier (first by time, then id) and keeps it locked
      Future<List<String>> first =
          pool.submit(
              () -> {
                List<String> got = new ArrayList<>();
                relay.relay(
                    1,
                    ms -> {
                      ms.forEach(m -> got.add(m.eventId()));
                      holding.countDown();
                      await(release);
                    });
                return got;
              });
      assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
      // meanwhile the held dossier moves on: its event 2 must not go out before event 1 is done
      Dossier held2 = next(held, 1, held.activeSteps());
      store.update(held2, 1, events(held.id(), 1, 1), Optional.empty());
      List<String> second = new ArrayList<>();
      other.relay(100, ms -> ms.forEach(m -> second.add(m.eventId())));
      release.countDown();
      assertThat(first.get(30, TimeUnit.SECONDS)).containsExactly(held.id() + "#1");
      List<String> expected = new ArrayList<>();
      rest.forEach(r -> expected.add(r + "#1"));
      assertThat(second).containsExactlyInAnyOrderElementsOf(expected);
      List<String> last = new ArrayList<>();
      other.relay(100, ms -> ms.forEach(m -> last.add(m.eventId())));
      assertThat(last).containsExactly(held.id() + "#2");
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void twoStoreInstancesOnOneDatabaseClaimDisjointTimers() throws Exception {
    List<String> ids = new ArrayList<>();
    Instant base = T0.minusSeconds(86_400L * 400);
    for (int i = 0; i < 40; i++) {
      Dossier d = dossier(id("tm" + i), step("s1", "desk", "officer", base.plusSeconds(3600 + i)));
      store.insert(d, events(d.id(), 0, 1), Optional.empty());
      ids.add(d.id());
    }
    List<JdbcDossierStore> nodes = List.of(store, sameTables(db().dataSource()));
    Instant by = base.plusSeconds(3600 + 100);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> fs = new ArrayList<>();
      for (int n = 0; n < 2; n++) {
        JdbcDossierStore node = nodes.get(n);
        String owner = "node-" + n;
        fs.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> got = new ArrayList<>();
                  for (int round = 0; round < 15; round++) {
                    got.addAll(node.claimDueTimers(by, 3, owner, by.plusSeconds(600)));
                  }
                  return got;
                }));
      }
      start.countDown();
      List<String> all = new ArrayList<>();
      for (Future<List<String>> f : fs) {
        all.addAll(f.get(60, TimeUnit.SECONDS));
      }
      // a claimer skips rows another holds locked at that moment, so on a loaded machine the
      // concurrent rounds may leave some unclaimed: a last sweep takes them, and no row may have
      // been claimed twice
      assertThat(all).isNotEmpty();
      all.addAll(store.claimDueTimers(by, 1000, "sweep", by.plusSeconds(600)));
      List<String> mine = all.stream().filter(s -> s.startsWith(prefix)).toList();
      assertThat(mine).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSchemaNewerOrOlderThanTheLibraryIsReportedAtStartUp() throws SQLException {
    JdbcDossierStore other = db().fresh();
    try {
      String history = other.tablePrefix() + "schema_history";
      String q = db() == TestDatabase.MARIADB ? "`" : "\"";
      setHistoryVersion(q + history + q, q + "version" + q, "4", "5");
      assertThatThrownBy(() -> sameTablesOf(other))
          .isInstanceOfSatisfying(
              DossierStoreException.class,
              e -> assertThat(e.kind()).isEqualTo(DossierStoreException.Kind.SCHEMA))
          .hasMessageContaining("version 5, newer than version 4");
      setHistoryVersion(q + history + q, q + "version" + q, "5", "0");
      setHistoryVersion(q + history + q, q + "version" + q, "3", "0");
      setHistoryVersion(q + history + q, q + "version" + q, "2", "0");
      setHistoryVersion(q + history + q, q + "version" + q, "1", "0");
      assertThatThrownBy(() -> sameTablesOf(other))
          .isInstanceOfSatisfying(
              DossierStoreException.class, e -> assertThat(e.retryable()).isFalse())
          .hasMessageContaining("version 0, older than version 4");
    } finally {
      db().drop(other);
    }
    assertThatThrownBy(
            () ->
                JdbcDossierStore.builder(db().dataSource()).tablePrefix("never_migrated_").build())
        .isInstanceOfSatisfying(
            DossierStoreException.class,
            e -> assertThat(e.kind()).isEqualTo(DossierStoreException.Kind.SCHEMA))
        .hasMessageContaining("never_migrated_schema_history")
        .hasMessageContaining("META-INF/motcua/migration/");
  }

  @Test
  void dossiersStoredBeforeSchemaVersion2GetTheirFilterColumnsWhenTheStoreStarts()
      throws SQLException {
    JdbcDossierStore other = db().fresh();
    try {
      String agency = "v1-agency-" + System.nanoTime();
      Dossier d =
          dossier("v1-" + System.nanoTime(), step("s1", agency, "officer", null)).toBuilder()
              .receivingAgencyId(agency)
              .status(io.github.motcua.procedure.DossierStatus.SUPPLEMENT_REQUESTED)
              .build();
      other.insert(d, events(d.id(), 0, 1), Optional.empty());
      // as a row written by schema version 1: the version 2 columns are empty
      try (Connection c = db().plain().getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "UPDATE "
                + other.tablePrefix()
                + "dossier SET status = NULL, status_code = NULL, due_at = NULL");
      }
      io.github.motcua.spi.DossierQuery bySupplement =
          io.github.motcua.spi.DossierQuery.builder(10)
              .filter(
                  io.github.motcua.spi.DossierFilter.builder()
                      .receivingAgency(agency)
                      .portalCode(5)
                      .build())
              .build();
      assertThat(other.search(bySupplement).items()).isEmpty();

      JdbcDossierStore restarted = sameTablesOf(other);

      assertThat(restarted.search(bySupplement).items()).containsExactly(d);
      assertThat(
              restarted
                  .search(
                      io.github.motcua.spi.DossierQuery.builder(10)
                          .filter(
                              io.github.motcua.spi.DossierFilter.builder()
                                  .receivingAgency(agency)
                                  .build())
                          .dueBefore(d.dueAt().orElseThrow().plusSeconds(1))
                          .build())
                  .items())
          .containsExactly(d);
    } finally {
      db().drop(other);
    }
  }

  private JdbcDossierStore sameTablesOf(JdbcDossierStore other) {
    return JdbcDossierStore.builder(db().dataSource()).tablePrefix(other.tablePrefix()).build();
  }

  private void setHistoryVersion(String table, String column, String from, String to)
      throws SQLException {
    try (Connection c = db().plain().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE "
              + table
              + " SET "
              + column
              + " = '"
              + to
              + "' WHERE "
              + column
              + " = '"
              + from
              + "'");
    }
  }
}
