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

import static io.github.motcua.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.MotcuaException;
import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Reorganisation;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.DocumentRef;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.fuzz.BadInput;
import io.github.motcua.fuzz.FuzzTries;
import io.github.motcua.procedure.Action;
import io.github.motcua.spi.DossierCursor;
import io.github.motcua.spi.DossierQuery;
import io.github.motcua.spi.InvalidCursorException;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.spi.WorklistCursor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Bad input at every entry point of the engine (issue 10 §5): submissions, actions, undos,
 * assignments, returns to the pool, attribute corrections, documents, withdrawals and stops,
 * reorganisations, worklist and search cursors, and the reads by id. Each call, made with generated
 * arguments that are mostly wrong (unknown, foreign, mistyped, oversized, stale, replayed with
 * another actor or payload), must end within {@link BadInput#TIME_LIMIT} with a result or an
 * exception under {@link MotcuaException}; a refused call changes no dossier and no history; and no
 * exception message or log line carries the marker personal data the dossiers hold in their
 * applicant references and attributes ({@link BadInput}).
 *
 * <p>The CI run makes {@value #TRIES} tries per entry point; a soak sets {@code
 * -Dmotcua.fuzz.tries=10000} ({@link FuzzTries}).
 */
@AddLifecycleHook(FuzzTries.class)
class EntryPointFuzzProperties {
  /** Tries per entry point in the CI run. */
  static final int TRIES = 200;

  /** A 10-million-character text, made once. */
  private static final String HUGE = "x".repeat(10_000_000);

  private static final List<String> ROLES =
      List.of("one-stop-officer", "specialist", "leader", "auditor");

  private static final List<String> USERS =
      List.of("u-officer", "u-spec", "u-spec2", "u-lead", "u-tax", "u-ward", "u-stranger");

  private FuzzWorld world;

  @BeforeProperty
  void freshWorld() {
    world = new FuzzWorld();
  }

  // ---- generators ---------------------------------------------------------------------------

  /**
   * Free text a host passes on from a form (a comment, a reason, an applicant reference): junk, and
   * the marker personal data an officer may well type into it.
   */
  private static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        junk(),
        Arbitraries.just(BadInput.APPLICANT),
        Arbitraries.just(
            "ông bà " + BadInput.PERSON + " xin rút hồ sơ, CCCD " + BadInput.CITIZEN_ID));
  }

  /**
   * Identifiers and tokens a host might pass on from a URL, most of them wrong; no personal data,
   * which has no business in an identifier (the engine may name an identifier in a message).
   */
  private static Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "",
            " ",
            "\u0000",
            "~",
            "../../etc/passwd",
            "'; DROP TABLE motcua_events; --",
            "%s%n%x",
            "${jndi:ldap://x/a}",
            "\uD800",
            HUGE),
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().withCharRange('a', 'z').withChars('-', '~', '.').ofMaxLength(12));
  }

  private Arbitrary<String> dossierIds() {
    return Arbitraries.oneOf(
        Arbitraries.of(world.dossiers()).map(Dossier::id),
        Arbitraries.of(world.dossiers()).map(Dossier::id).map(id -> id + "x"),
        junk());
  }

  private Arbitrary<String> stepInstanceIds() {
    List<String> ids = new ArrayList<>();
    world.dossiers().forEach(d -> d.activeSteps().forEach(s -> ids.add(s.id())));
    return Arbitraries.oneOf(Arbitraries.of(ids), junk());
  }

  private static Arbitrary<Actor> actors() {
    Arbitrary<String> users =
        Arbitraries.oneOf(Arbitraries.of(USERS), Arbitraries.of("", "system"));
    Arbitrary<String> agencies =
        Arbitraries.oneOf(Arbitraries.of(FuzzWorld.agencyIds()), Arbitraries.of("", "HC", " hc"));
    Arbitrary<Set<String>> roles = Arbitraries.of(ROLES).set().ofMaxSize(3);
    return Combinators.combine(users, agencies, roles).as((u, a, r) -> new Actor(u, a, r));
  }

  private static Arbitrary<Long> versions() {
    return Arbitraries.oneOf(
        Arbitraries.of(-1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE),
        Arbitraries.longs().between(0, 12));
  }

  private static Arbitrary<Optional<String>> keys() {
    return Arbitraries.of(Optional.empty(), Optional.of("key-1"), Optional.of("key-2"));
  }

  /** Attribute values of every type the engine does not expect, and some it does. */
  private static Arbitrary<Object> values() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            120,
            -1,
            Long.MAX_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            -0.0,
            new BigDecimal("1e999999999"),
            new BigDecimal("1e-999999999"),
            BigInteger.TEN.pow(5000),
            "12abc",
            "1e99999",
            "true",
            "2026-02-30",
            BadInput.APPLICANT,
            HUGE,
            true,
            LocalDate.MIN,
            LocalDate.MAX,
            List.of(BadInput.APPLICANT),
            Map.of("name", BadInput.APPLICANT),
            new Object(),
            Optional.of(BadInput.CITIZEN_ID),
            new char[] {'x'},
            new StringBuilder(BadInput.APPLICANT)),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.doubles().map(d -> (Object) d),
        texts().map(s -> (Object) s));
  }

  private static Arbitrary<String> attributeNames() {
    return Arbitraries.oneOf(
        Arbitraries.of("area", "urban", "since", FuzzWorld.NOTE, "unknown", "AREA"), junk());
  }

  private static Arbitrary<Optional<TimeLimit>> extensions() {
    List<Supplier<TimeLimit>> limits =
        List.of(
            () -> TimeLimit.workingDays(1),
            () -> TimeLimit.workingDays(0),
            () -> TimeLimit.workingDays(TimeLimit.MAX_AMOUNT),
            () -> TimeLimit.workingDays(-3),
            () -> TimeLimit.calendarDays(400),
            () -> TimeLimit.parse("1e9 ngày"));
    return Arbitraries.oneOf(
        Arbitraries.just(Optional.<TimeLimit>empty()),
        Arbitraries.of(limits).map(f -> construct(f::get)));
  }

  /**
   * Builds a command or value; a builder refusing its arguments is the documented contract of the
   * value types (an IllegalArgumentException or IllegalStateException), and its message must not
   * carry personal data either.
   */
  private static <T> Optional<T> construct(Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      BadInput.assertNoPersonalData("a builder's refusal", String.valueOf(e));
      return Optional.empty();
    } catch (MotcuaException e) {
      BadInput.assertNoPersonalData("a builder's refusal", String.valueOf(e));
      return Optional.empty();
    }
  }

  /**
   * Calls an entry point: bounded, typed, free of personal data; a refusal changes nothing. After a
   * success the world is built again, so the dossiers stay where the generators expect them.
   */
  private Optional<MotcuaException> call(Callable<?> call) {
    Map<String, Object> before = world.state();
    Optional<MotcuaException> refusal = BadInput.run(call);
    if (refusal.isPresent()) {
      if (!world.state().equals(before)) {
        // the states are not printed: they may hold a 10-million-character input
        throw new AssertionError("a refused call changed the store", refusal.get());
      }
    } else {
      Map<String, Object> after = world.state();
      before.forEach(
          (id, was) -> {
            // append-only: a success may add events to a dossier's trail, never change one
            List<?> old = (List<?>) ((List<?>) was).get(1);
            List<?> now = (List<?>) ((List<?>) after.get(id)).get(1);
            if (!now.subList(0, old.size()).equals(old)) {
              throw new AssertionError("a call rewrote the history of dossier " + id);
            }
          });
      if (!after.equals(before)) {
        world = new FuzzWorld();
      }
    }
    return refusal;
  }

  // ---- entry points -------------------------------------------------------------------------

  @Property(tries = TRIES)
  void submissions(
      @ForAll("procedureCodes") String code,
      @ForAll("applicants") String applicant,
      @ForAll("actors") Actor receivedBy,
      @ForAll("attributeMaps") Map<String, Object> attributes,
      @ForAll("bindingMaps") Map<String, String> bindings,
      @ForAll("receptionTimes") Optional<Instant> receivedAt,
      @ForAll("keys") Optional<String> key,
      @ForAll("junk") String externalRef,
      @ForAll boolean withExternalRef) {
    Optional<SubmitCommand> cmd =
        construct(
            () -> {
              SubmitCommand.Builder b =
                  SubmitCommand.builder(code, applicant)
                      .receivedBy(receivedBy)
                      .channel(Channel.ONLINE)
                      .attributes(attributes);
              bindings.forEach(b::bind);
              receivedAt.ifPresent(b::receivedAt);
              key.ifPresent(b::idempotencyKey);
              if (withExternalRef) {
                b.externalRef(externalRef);
              }
              return b.build();
            });
    cmd.ifPresent(c -> call(() -> world.engine.submit(c)));
  }

  @Property(tries = TRIES)
  void actions(
      @ForAll("dossierIds") String dossierId,
      @ForAll("actionIds") String actionId,
      @ForAll("actors") Actor actor,
      @ForAll("versions") long version,
      @ForAll("keys") Optional<String> key,
      @ForAll("texts") String comment,
      @ForAll("stepInstanceIds") String stepInstanceId,
      @ForAll boolean atInstance,
      @ForAll("extensions") Optional<TimeLimit> extension) {
    Optional<PerformCommand> cmd =
        construct(
            () -> {
              PerformCommand.Builder b =
                  PerformCommand.builder(dossierId, actionId, actor, version).comment(comment);
              key.ifPresent(b::idempotencyKey);
              extension.ifPresent(b::extension);
              if (atInstance) {
                b.at(stepInstanceId);
              }
              return b.build();
            });
    cmd.ifPresent(c -> call(() -> world.engine.perform(c)));
  }

  @Property(tries = TRIES)
  void undos(
      @ForAll("dossierIds") String dossierId,
      @ForAll("actors") Actor actor,
      @ForAll("versions") long version) {
    call(() -> world.engine.undo(dossierId, actor, version));
  }

  @Property(tries = TRIES)
  void assignments(
      @ForAll AssignmentCommand.Kind kind,
      @ForAll("dossierIds") String dossierId,
      @ForAll("stepInstanceIds") String stepInstanceId,
      @ForAll("actors") Actor actor,
      @ForAll("actors") Actor target,
      @ForAll("versions") long version,
      @ForAll("keys") Optional<String> key) {
    Optional<AssignmentCommand> cmd =
        construct(
            () -> {
              AssignmentCommand.Builder b =
                  switch (kind) {
                    case CLAIM ->
                        AssignmentCommand.claim(dossierId, stepInstanceId, actor, version);
                    case RELEASE ->
                        AssignmentCommand.release(dossierId, stepInstanceId, actor, version);
                    case REASSIGN ->
                        AssignmentCommand.reassign(
                            dossierId, stepInstanceId, actor, version, target);
                    case TRANSFER ->
                        AssignmentCommand.transfer(
                            dossierId, stepInstanceId, actor, version, target);
                  };
              key.ifPresent(b::idempotencyKey);
              return b.build();
            });
    cmd.ifPresent(c -> call(() -> world.engine.assign(c)));
  }

  @Property(tries = TRIES)
  void returnsToThePool(@ForAll("actors") Actor leader, @ForAll("users") String userId) {
    call(() -> world.engine.returnToPool(leader, userId));
  }

  @Property(tries = TRIES)
  void attributeCorrections(
      @ForAll("dossierIds") String dossierId,
      @ForAll("actors") Actor actor,
      @ForAll("versions") long version,
      @ForAll("attributeMaps") Map<String, Object> changes,
      @ForAll boolean withNull,
      @ForAll("texts") String reason) {
    Map<String, Object> withNulls = new HashMap<>(changes);
    if (withNull) {
      withNulls.put(FuzzWorld.NOTE, null); // a host mapping JSON null through
    }
    call(() -> world.engine.updateAttributes(dossierId, actor, version, withNulls, reason));
  }

  @Property(tries = TRIES)
  void documents(
      @ForAll("dossierIds") String dossierId,
      @ForAll("actors") Actor actor,
      @ForAll("versions") long version,
      @ForAll("junk") String id,
      @ForAll("junk") String kind,
      @ForAll("junk") String digest,
      @ForAll("versions") long event) {
    construct(() -> DocumentRef.of(id, kind, digest))
        .flatMap(ref -> event == 0 ? Optional.of(ref) : construct(() -> ref.forEvent(event)))
        .ifPresent(ref -> call(() -> world.engine.attachDocument(dossierId, actor, version, ref)));
  }

  @Property(tries = TRIES)
  void withdrawalsAndStops(
      @ForAll boolean stop,
      @ForAll("dossierIds") String dossierId,
      @ForAll("actors") Actor actor,
      @ForAll("versions") long version,
      @ForAll("texts") String reason,
      @ForAll("texts") String notice) {
    call(
        () ->
            stop
                ? world.engine.stop(dossierId, actor, version, reason, notice)
                : world.engine.withdraw(dossierId, actor, version, reason));
  }

  @Property(tries = TRIES)
  void reorganisations(
      @ForAll("reorganisationIds") String id,
      @ForAll("actors") Actor actor,
      @ForAll("choosers") SuccessorChooser chooser) {
    call(() -> world.engine.reorganise(id, actor, chooser));
  }

  @Property(tries = TRIES)
  void worklistCursorTokens(@ForAll("tokens") String token) {
    Optional<MotcuaException> refusal =
        call(
            () ->
                world.engine.worklist(
                    StepQuery.worklist(DISTRICT, "specialist", 10)
                        .after(WorklistCursor.parse(token))));
    refusal.ifPresent(e -> assertThat(e).isInstanceOf(InvalidCursorException.class));
  }

  @Property(tries = TRIES)
  void searchCursorTokens(@ForAll("tokens") String token) {
    Optional<MotcuaException> refusal =
        call(
            () ->
                world.engine.search(
                    DossierQuery.builder(10).build().after(DossierCursor.parse(token))));
    refusal.ifPresent(e -> assertThat(e).isInstanceOf(InvalidCursorException.class));
  }

  /**
   * A cursor forged or taken from another query only says where to resume: the page still holds
   * only what the query asks for, in the query's order, and reveals nothing else.
   */
  @Property(tries = TRIES)
  void forgedOrForeignWorklistCursorsShowOnlyWhatTheQueryAllows(
      @ForAll("queries") StepQuery query, @ForAll("cursors") WorklistCursor cursor) {
    StepQuery resumed = query.after(cursor);
    List<WorklistItem> all = new ArrayList<>();
    assertThat(call(() -> all.addAll(world.engine.worklist(resumed).items()))).isEmpty();
    for (WorklistItem item : all) {
      Dossier d = item.dossier();
      StepInstance s = item.step();
      assertThat(query.matches(d, s)).as("a row the query does not ask for").isTrue();
      assertThat(WorklistCursor.of(d.id(), s)).isGreaterThan(cursor);
    }
  }

  @Property(tries = TRIES)
  void readsByUnknownOrMalformedIds(@ForAll("dossierIds") String id, @ForAll int which) {
    DossierEngine e = world.engine;
    call(
        () ->
            switch (Math.floorMod(which, 8)) {
              case 0 -> e.get(id);
              case 1 -> e.find(id);
              case 2 -> e.history(id);
              case 3 -> e.explainDue(id);
              case 4 -> e.remaining(id);
              case 5 -> e.activeSteps(id);
              case 6 -> e.findByNumber(id);
              default -> e.findByApplicant(id, 5);
            });
  }

  /**
   * Timers fired at any instant, statistics over any period and due-soon or overdue pages of any
   * size: bounded and typed; the timers may change dossiers (that is their job), the rest never.
   */
  @Property(tries = TRIES)
  void timersStatisticsAndDuePages(
      @ForAll("instants") Instant a,
      @ForAll("instants") Instant b,
      @ForAll("agencyOrNone") Optional<String> agency,
      @ForAll("limits") int limit,
      @ForAll int which) {
    DossierEngine e = world.engine;
    int kind = Math.floorMod(which, 5);
    if (kind >= 3 && (limit < 1 || limit > StepQuery.MAX_LIMIT)) {
      // a page size outside its documented range is the caller's error, named as such
      assertThat(
              org.assertj.core.api.Assertions.catchThrowable(
                  () -> e.dueSoon(agency, Optional.empty(), limit)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1 to 1000");
      return;
    }
    call(
        () ->
            switch (kind) {
              case 0 -> e.fireDueTimers(a);
              case 1 ->
                  construct(
                          () ->
                              new io.github.motcua.spi.StatisticsScope(
                                  agency, Optional.empty(), a, b))
                      .map(e::statistics);
              case 2 ->
                  construct(
                          () ->
                              new io.github.motcua.spi.StatisticsScope(
                                  agency, Optional.empty(), a, b))
                      .map(e::onTimeIndicator);
              case 3 -> e.dueSoon(agency, Optional.empty(), limit);
              default -> e.overdue(agency, Optional.empty(), limit);
            });
  }

  @Provide("instants")
  Arbitrary<Instant> instants() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            Instant.MIN,
            Instant.MAX,
            Instant.EPOCH,
            Instant.parse("1899-12-31T23:59:59Z"),
            Instant.parse("2200-01-01T00:00:00Z"),
            at(3, 2, 9, 0),
            at(12, 31, 23, 59)),
        Arbitraries.longs().between(-5_000_000_000L, 10_000_000_000L).map(Instant::ofEpochSecond));
  }

  @Provide("agencyOrNone")
  Arbitrary<Optional<String>> agencyOrNone() {
    return Arbitraries.oneOf(
        Arbitraries.just(Optional.<String>empty()),
        Arbitraries.of(FuzzWorld.agencyIds()).map(Optional::of),
        junk().map(Optional::of));
  }

  @Provide("limits")
  Arbitrary<Integer> limits() {
    return Arbitraries.oneOf(
        Arbitraries.of(0, -1, 1, 1000, 1001, Integer.MAX_VALUE, Integer.MIN_VALUE),
        Arbitraries.integers().between(1, 50));
  }

  // ---- providers ----------------------------------------------------------------------------

  @Provide("junk")
  Arbitrary<String> junkIds() {
    return junk();
  }

  @Provide("texts")
  Arbitrary<String> freeTexts() {
    return texts();
  }

  @Provide("dossierIds")
  Arbitrary<String> dossierIdsProvider() {
    return dossierIds();
  }

  @Provide("stepInstanceIds")
  Arbitrary<String> stepInstanceIdsProvider() {
    return stepInstanceIds();
  }

  @Provide("actors")
  Arbitrary<Actor> actorsProvider() {
    return actors();
  }

  @Provide("versions")
  Arbitrary<Long> versionsProvider() {
    return versions();
  }

  @Provide("keys")
  Arbitrary<Optional<String>> keysProvider() {
    return keys();
  }

  @Provide("extensions")
  Arbitrary<Optional<TimeLimit>> extensionsProvider() {
    return extensions();
  }

  @Provide("users")
  Arbitrary<String> users() {
    return Arbitraries.oneOf(Arbitraries.of(USERS), junk());
  }

  @Provide("procedureCodes")
  Arbitrary<String> procedureCodes() {
    return Arbitraries.oneOf(Arbitraries.of(LAND, PERMIT, "1.000046 ", "9.999999"), junk());
  }

  @Provide("applicants")
  Arbitrary<String> applicants() {
    return texts();
  }

  @Provide("actionIds")
  Arbitrary<String> actionIds() {
    return Arbitraries.oneOf(
        Arbitraries.of(FuzzWorld.procedure().actions()).map(Action::id), junk());
  }

  @Provide("attributeMaps")
  Arbitrary<Map<String, Object>> attributeMaps() {
    return Arbitraries.maps(attributeNames(), values()).ofMaxSize(4);
  }

  @Provide("bindingMaps")
  Arbitrary<Map<String, String>> bindingMaps() {
    Arbitrary<String> roles =
        Arbitraries.oneOf(Arbitraries.of("desk", "ward", "tax", "district", "unknown"), junk());
    Arbitrary<String> agencies = Arbitraries.oneOf(Arbitraries.of(FuzzWorld.agencyIds()), junk());
    return Arbitraries.oneOf(
        Arbitraries.just(Map.of("desk", DESK, "ward", WARD, "tax", TAX)),
        Arbitraries.maps(roles, agencies).ofMaxSize(5));
  }

  @Provide("receptionTimes")
  Arbitrary<Optional<Instant>> receptionTimes() {
    return Arbitraries.of(
        Optional.empty(),
        Optional.of(Instant.MIN),
        Optional.of(Instant.MAX),
        Optional.of(Instant.EPOCH),
        Optional.of(Instant.parse("9999-12-31T23:59:59Z")),
        Optional.of(Instant.parse("1900-01-01T00:00:00Z")),
        Optional.of(at(3, 2, 9, 0)),
        Optional.of(at(3, 1, 9, 0)));
  }

  @Provide("reorganisationIds")
  Arbitrary<String> reorganisationIds() {
    return Arbitraries.oneOf(Arbitraries.of(FuzzWorld.MERGER, FuzzWorld.LATER_MERGER), junk());
  }

  @Provide("choosers")
  Arbitrary<SuccessorChooser> choosers() {
    return Arbitraries.of(
        SuccessorChooser.FIRST,
        (Dossier d, String p, Reorganisation r) -> null,
        (Dossier d, String p, Reorganisation r) -> "no-such-agency",
        (Dossier d, String p, Reorganisation r) -> DISTRICT,
        (Dossier d, String p, Reorganisation r) -> {
          throw new IllegalStateException("the host's chooser failed");
        });
  }

  @Provide("tokens")
  Arbitrary<String> tokens() {
    WorklistCursor real =
        WorklistCursor.of(world.atAppraisal.id(), world.atAppraisal.activeSteps().get(0));
    String good = real.token();
    return Arbitraries.oneOf(
        junk(),
        Arbitraries.of(
            good,
            good.substring(0, good.length() / 2),
            good.replace('~', '.'),
            "1.2~",
            "~~",
            ".~a~b",
            "99999999999999999999.0~a~b",
            "31556889864403199.999999999~a~b",
            "-31557014167219201.0~a~b",
            "1.-5~a~b",
            "1.1000000000~a~b",
            "1.0~" + BadInput.APPLICANT + "~s",
            java.util.Base64.getEncoder().encodeToString(good.getBytes()),
            "eyJkb3NzaWVyIjoiZDEifQ==",
            "1.0~a~b~c~d"),
        Arbitraries.strings().withChars("0123456789.~-ab").ofMaxLength(30));
  }

  @Provide("queries")
  Arbitrary<StepQuery> queries() {
    Arbitrary<String> agencies = Arbitraries.of(FuzzWorld.agencyIds());
    Arbitrary<String> roles = Arbitraries.of(ROLES);
    return Combinators.combine(agencies, roles, Arbitraries.integers().between(1, 5))
        .as(StepQuery::worklist);
  }

  @Provide("cursors")
  Arbitrary<WorklistCursor> cursors() {
    List<WorklistCursor> real = new ArrayList<>();
    world
        .dossiers()
        .forEach(d -> d.activeSteps().forEach(s -> real.add(WorklistCursor.of(d.id(), s))));
    Arbitrary<WorklistCursor> forged =
        Combinators.combine(
                Arbitraries.longs()
                    .between(-1_000_000_000L, 5_000_000_000L)
                    .map(Instant::ofEpochSecond),
                dossierIds(),
                stepInstanceIds())
            .as(WorklistCursor::new);
    return Arbitraries.oneOf(Arbitraries.of(real), forged);
  }
}
