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
package io.github.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.calendar.HolidayRules;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.calendar.WorkingPeriod;
import io.github.motcua.calendar.WorkingWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DeadlineClockProperties {
  static final WorkingCalendar VN = WorkingCalendar.vietnam();
  static final ZoneId ZONE = VN.zone();
  static final DeadlineCalculator CALC = DeadlineCalculator.on(VN);
  static final Instant FIRST = LocalDateTime.parse("2019-01-02T00:00").atZone(ZONE).toInstant();
  static final long SPAN_MINUTES =
      ChronoUnit.MINUTES.between(
          FIRST, LocalDateTime.parse("2026-06-30T00:00").atZone(ZONE).toInstant());

  /** Calendars with other weeks, periods and days off, derived and hand-built. */
  static final List<WorkingCalendar> CALENDARS =
      List.of(
          VN,
          VN.variant("desk-saturday")
              .workingDay(java.time.DayOfWeek.SATURDAY, WorkingPeriod.parse("07:30-11:30"))
              .dayOff(LocalDate.of(2024, 3, 8), "local festival")
              .dayOff(LocalDate.of(2025, 6, 2), "local festival")
              .build(),
          WorkingCalendar.builder("three-periods")
              .week(
                  WorkingWeek.builder()
                      .workingDays(
                          List.of(
                              java.time.DayOfWeek.MONDAY,
                              java.time.DayOfWeek.TUESDAY,
                              java.time.DayOfWeek.THURSDAY,
                              java.time.DayOfWeek.SATURDAY),
                          WorkingPeriod.parse("07:00-09:00"),
                          WorkingPeriod.parse("10:00-12:00"),
                          WorkingPeriod.parse("14:00-18:00"))
                      .standardDay(Duration.ofHours(7))
                      .build())
              .rules(HolidayRules.vietnam())
              .build());

  @Provide
  Arbitrary<WorkingCalendar> calendar() {
    return Arbitraries.of(CALENDARS);
  }

  @Provide
  Arbitrary<Instant> received() {
    return Arbitraries.longs().between(0, SPAN_MINUTES).map(m -> FIRST.plus(Duration.ofMinutes(m)));
  }

  @Provide
  Arbitrary<CountingPolicy> policy() {
    Arbitrary<CountingRule> rule =
        Arbitraries.of(CountingRule.WORKING_TIME, CountingRule.END_OF_DAY);
    Arbitrary<Optional<LocalTime>> cutoff =
        Arbitraries.of(
            Optional.empty(), Optional.of(LocalTime.of(15, 0)), Optional.of(LocalTime.of(16, 30)));
    return Combinators.combine(rule, cutoff).as(CountingPolicy::new);
  }

  @Provide
  Arbitrary<TimeLimit> limit() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 30).map(TimeLimit::workingDays),
        Arbitraries.integers().between(1, 40).map(TimeLimit::workingHours),
        Arbitraries.of("0.5", "1.5", "2.25").map(TimeLimit::workingDays));
  }

  @Provide
  Arbitrary<TimeLimit> anyLimit() {
    return Arbitraries.oneOf(
        limit(), Arbitraries.integers().between(0, 60).map(TimeLimit::calendarDays));
  }

  /** One step of a random ledger: toggle (pause/resume), extend or restart, after a gap. */
  record Step(int op, long gapMinutes, int hours) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.frequency(
                net.jqwik.api.Tuple.of(8, 0),
                net.jqwik.api.Tuple.of(2, 1),
                net.jqwik.api.Tuple.of(1, 2)),
            Arbitraries.longs().between(0, 4 * 24 * 60),
            Arbitraries.integers().between(1, 16))
        .as(Step::new)
        .list()
        .ofMaxSize(6);
  }

  static DeadlineClock apply(DeadlineClock c, List<Step> steps) {
    for (Step s : steps) {
      Instant at = c.lastEntryAt().plus(Duration.ofMinutes(s.gapMinutes()));
      c =
          switch (s.op()) {
            case 0 ->
                c.isRunning() ? c.pause(at, "supplement requested", "u1") : c.resume(at, "u1");
            case 1 -> c.extend(TimeLimit.workingHours(s.hours()), at, "extension", "u2");
            default -> c.restart(at, "u1");
          };
    }
    return c;
  }

  static Instant minutes(Instant base, long m) {
    return base.plus(Duration.ofMinutes(m));
  }

  @Property(tries = 300)
  void pausedClockDoesNotConsumeWorkingTime(
      @ForAll("calendar") WorkingCalendar cal,
      @ForAll("received") Instant received,
      @ForAll("policy") CountingPolicy policy,
      @ForAll("limit") TimeLimit limit,
      @ForAll @IntRange(min = 0, max = 20 * 24 * 60) int pauseAfter,
      @ForAll @IntRange(min = 0, max = 20 * 24 * 60) int probeAfter) {
    Instant pausedAt = minutes(received, pauseAfter);
    DeadlineClock c =
        DeadlineClock.start(limit, policy, received, "u1").pause(pausedAt, "supplement", "u1");
    assertThat(c.consumed(cal, minutes(pausedAt, probeAfter))).isEqualTo(c.consumed(cal, pausedAt));
    assertThat(c.remaining(cal, minutes(pausedAt, probeAfter)).workingTime())
        .isEqualTo(c.remaining(cal, pausedAt).workingTime());
  }

  @Property(tries = 300)
  void anUninterruptedClockIsDueWhenTheCalculatorSays(
      @ForAll("calendar") WorkingCalendar cal,
      @ForAll("received") Instant received,
      @ForAll("policy") CountingPolicy policy,
      @ForAll("anyLimit") TimeLimit limit) {
    DeadlineClock c = DeadlineClock.start(limit, policy, received, "u1");
    Deadline d = DeadlineCalculator.on(cal).compute(received, limit, policy);
    assertThat(c.dueInstant(cal)).contains(d.due());
    assertThat(c.budget(cal)).isEqualTo(d.workingBudget());
  }

  @Property(tries = 300)
  void dueInstantEqualsItsRecomputationFromTheLedger(
      @ForAll("calendar") WorkingCalendar cal,
      @ForAll("received") Instant received,
      @ForAll("policy") CountingPolicy policy,
      @ForAll("limit") TimeLimit limit,
      @ForAll("steps") List<Step> steps) {
    DeadlineClock c = apply(DeadlineClock.start(limit, policy, received, "u1"), steps);
    DeadlineClock replayed = DeadlineClock.replay(limit, policy, c.entries());
    assertThat(replayed).isEqualTo(c);
    assertThat(replayed.dueInstant(cal)).isEqualTo(c.dueInstant(cal));
    assertThat(c.dueInstant(cal).isPresent() || c.state() == ClockState.PAUSED).isTrue();
  }

  @Property(tries = 200)
  void reProjectionOnAnExtraDayOffNeverBringsTheDueForward(
      @ForAll("calendar") WorkingCalendar cal,
      @ForAll("received") Instant received,
      @ForAll("policy") CountingPolicy policy,
      @ForAll("limit") TimeLimit limit,
      @ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 0, max = 60) int dayOffAfter) {
    DeadlineClock c = apply(DeadlineClock.start(limit, policy, received, "u1"), steps);
    if (!c.isRunning()) {
      c = c.resume(c.lastEntryAt(), "u1");
    }
    LocalDate dayOff = LocalDate.ofInstant(received, cal.zone()).plusDays(dayOffAfter);
    WorkingCalendar changed = cal.variant("changed").dayOff(dayOff, "newly announced").build();
    Instant before = c.dueInstant(cal).orElseThrow();
    Instant after = c.dueInstant(changed).orElseThrow();
    assertThat(after).isAfterOrEqualTo(before);
    if (dayOff.isAfter(LocalDate.ofInstant(after, cal.zone()))) {
      assertThat(after).isEqualTo(before);
    }
  }

  @Property(tries = 300)
  void pauseThenResumeMovesTheDueByExactlyThePausedWorkingTime(
      @ForAll("calendar") WorkingCalendar cal,
      @ForAll("received") Instant received,
      @ForAll("limit") TimeLimit limit,
      @ForAll @IntRange(min = 0, max = 30 * 24 * 60) int pauseAfter,
      @ForAll @IntRange(min = 0, max = 10 * 24 * 60) int pauseFor) {
    CountingPolicy policy = CountingPolicy.of(CountingRule.WORKING_TIME);
    DeadlineClock c = DeadlineClock.start(limit, policy, received, "u1");
    Instant due0 = c.dueInstant(cal).orElseThrow();
    Instant p = minutes(received, pauseAfter);
    Instant q = minutes(p, pauseFor);
    Instant due1 = c.pause(p, "supplement", "u1").resume(q, "u1").dueInstant(cal).orElseThrow();
    Instant effective = DeadlineCalculator.on(cal).effectiveStart(received, policy);
    Instant pausedFrom = p.isAfter(effective) ? p : effective;
    if (pausedFrom.isBefore(due0)) {
      assertThat(cal.workingTimeBetween(due0, due1))
          .isEqualTo(cal.workingTimeBetween(pausedFrom, q));
    } else {
      assertThat(due1).isEqualTo(due0);
    }
  }

  @Property(tries = 200)
  void restartGivesTheWholeBudgetFromTheResume(
      @ForAll("calendar") WorkingCalendar cal,
      @ForAll("received") Instant received,
      @ForAll("policy") CountingPolicy policy,
      @ForAll("anyLimit") TimeLimit limit,
      @ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 0, max = 10 * 24 * 60) int restartAfter) {
    DeadlineClock c = apply(DeadlineClock.start(limit, policy, received, "u1"), steps);
    Instant r = minutes(c.lastEntryAt(), restartAfter);
    DeadlineClock restarted = c.restart(r, "u1");
    assertThat(restarted.dueInstant(cal))
        .contains(DeadlineCalculator.on(cal).compute(r, limit, policy).due());
  }

  @Property(tries = 300)
  void extensionMovesTheDueByTheExtension(
      @ForAll("calendar") WorkingCalendar cal,
      @ForAll("received") Instant received,
      @ForAll("policy") CountingPolicy policy,
      @ForAll("limit") TimeLimit limit,
      @ForAll @IntRange(min = 1, max = 20) int days,
      @ForAll @IntRange(min = 0, max = 30 * 24 * 60) int extendAfter) {
    DeadlineClock c = DeadlineClock.start(limit, policy, received, "u1");
    Instant due0 = c.dueInstant(cal).orElseThrow();
    DeadlineClock e =
        c.extend(TimeLimit.workingDays(days), minutes(received, extendAfter), "extension", "u2");
    Instant due1 = e.dueInstant(cal).orElseThrow();
    if (policy.appliedRule(limit) == CountingRule.WORKING_TIME) {
      assertThat(cal.workingTimeBetween(due0, due1))
          .isEqualTo(cal.standardDay().multipliedBy(days));
    } else {
      LocalDate day = cal.addWorkingDays(LocalDate.ofInstant(due0, cal.zone()), days);
      assertThat(due1).isEqualTo(cal.closingInstant(day));
    }
  }

  @Property(tries = 1000)
  void timelinessMatchesItsDefinition(
      @ForAll("received") Instant due, @ForAll @IntRange(min = -5000, max = 5000) int offset) {
    Instant finished = minutes(due, offset);
    Instant startOfDueDay = due.atZone(ZONE).truncatedTo(ChronoUnit.DAYS).toInstant();
    Timeliness expected =
        finished.isBefore(startOfDueDay)
            ? Timeliness.EARLY
            : finished.compareTo(due) <= 0 ? Timeliness.ON_TIME : Timeliness.LATE;
    assertThat(Timeliness.classify(due, finished, ZONE)).isEqualTo(expected);
  }

  @Property(tries = 200)
  void clockTimelinessClassifiesAgainstItsDue(
      @ForAll("calendar") WorkingCalendar cal,
      @ForAll("received") Instant received,
      @ForAll("policy") CountingPolicy policy,
      @ForAll("limit") TimeLimit limit,
      @ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 0, max = 40 * 24 * 60) int finishAfter) {
    DeadlineClock c = apply(DeadlineClock.start(limit, policy, received, "u1"), steps);
    Instant finished = minutes(c.lastEntryAt(), finishAfter);
    Timeliness t = c.stop(finished).timeliness(cal, finished);
    assertThat(t).isEqualTo(c.timeliness(cal, finished));
    Instant due = c.projectedDue(cal, finished);
    assertThat(t).isEqualTo(Timeliness.classify(due, finished, cal.zone()));
    if (c.isRunning()) {
      // late means after the due instant, which may add no working time yet
      Duration left = c.remaining(cal, finished).workingTime();
      if (t == Timeliness.LATE) {
        assertThat(left).isLessThanOrEqualTo(Duration.ZERO);
      } else {
        assertThat(left).isGreaterThanOrEqualTo(Duration.ZERO);
      }
    }
  }

  @Property(tries = 300)
  void remainingTimeAtTheDueInstantIsZero(
      @ForAll("calendar") WorkingCalendar cal,
      @ForAll("received") Instant received,
      @ForAll("policy") CountingPolicy policy,
      @ForAll("limit") TimeLimit limit,
      @ForAll("steps") List<Step> steps) {
    DeadlineClock c = apply(DeadlineClock.start(limit, policy, received, "u1"), steps);
    if (!c.isRunning()) {
      c = c.resume(c.lastEntryAt(), "u1");
    }
    Instant due = c.dueInstant(cal).orElseThrow();
    Instant probe = due.isBefore(c.lastEntryAt()) ? c.lastEntryAt() : due;
    if (probe.equals(due)) {
      assertThat(c.remaining(cal, due).workingTime()).isZero();
    }
    assertThat(
            c.remaining(cal, probe.plus(Duration.ofDays(3))).isOverdue()
                || cal.workingTimeBetween(probe, probe.plus(Duration.ofDays(3))).isZero())
        .isTrue();
  }

  @Property(tries = 300)
  void dueIsMonotoneInTheLimit(
      @ForAll("calendar") WorkingCalendar cal,
      @ForAll("received") Instant received,
      @ForAll("policy") CountingPolicy policy,
      @ForAll @IntRange(min = 0, max = 60) int a,
      @ForAll @IntRange(min = 0, max = 60) int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    for (var unit : TimeLimit.Unit.values()) {
      TimeLimit small = new TimeLimit(java.math.BigDecimal.valueOf(lo), unit);
      TimeLimit large = new TimeLimit(java.math.BigDecimal.valueOf(hi), unit);
      assertThat(DeadlineCalculator.on(cal).compute(received, small, policy).due())
          .isBeforeOrEqualTo(DeadlineCalculator.on(cal).compute(received, large, policy).due());
    }
  }

  /**
   * A minute-by-minute reference: the clock consumes each minute of working time in which it runs;
   * under working time the due is the end of the minute in which the budget runs out. Under end of
   * day a limit is working days, and a minute of a working day is that share of the day (1/240 of a
   * 4-hour Saturday morning, 1/480 of an 8-hour weekday), hours extended count as standard days;
   * the due is the first close of a working day at or after the budget runs out at which the clock
   * is running.
   */
  @Property(tries = 150)
  void dueMatchesAMinuteByMinuteReference(
      @ForAll("calendar") WorkingCalendar cal,
      @ForAll("received") Instant received,
      @ForAll("policy") CountingPolicy policy,
      @ForAll @IntRange(min = 0, max = 3) int days,
      @ForAll("steps") List<Step> steps) {
    TimeLimit limit = TimeLimit.workingDays(days);
    DeadlineClock c = apply(DeadlineClock.start(limit, policy, received, "u1"), steps);
    if (!c.isRunning()) {
      c = c.resume(c.lastEntryAt(), "u1");
    }
    List<ClockEntry> e = c.entries();
    int base = 0;
    for (int i = 0; i < e.size(); i++) {
      if (e.get(i).kind() == ClockEntry.Kind.RESTART) {
        base = i;
      }
    }
    Deadline d = DeadlineCalculator.on(cal).compute(e.get(base).at(), limit, policy);
    boolean inDays = d.appliedRule() != CountingRule.WORKING_TIME;
    long std = cal.standardDay().toMinutes();
    // the budget and what is consumed, as fractions of a day (working time: of a standard day)
    Q budget = Q.ZERO;
    for (Instant t = d.effectiveStart(); t.isBefore(d.due()); t = t.plus(Duration.ofMinutes(1))) {
      if (cal.isWorkingTime(t)) {
        budget = budget.plus(minuteOf(cal, t, inDays));
      }
    }
    for (ClockEntry x : e.subList(base + 1, e.size())) {
      if (x.kind() == ClockEntry.Kind.EXTEND) {
        TimeLimit ext = x.extension().orElseThrow();
        budget =
            budget.plus(
                inDays && ext.unit() == TimeLimit.Unit.WORKING_DAYS
                    ? new Q(ext.amount().intValueExact(), 1)
                    : new Q(ext.toWorkingTime(cal.standardDay()).toMinutes(), std));
      }
    }
    List<ClockEntry> after = e.subList(base + 1, e.size());
    Instant t = d.effectiveStart();
    Q consumed = Q.ZERO;
    Instant runsOut = budget.n() == 0 ? t : null;
    while (runsOut == null) {
      if (running(after, t) && cal.isWorkingTime(t)) {
        consumed = consumed.plus(minuteOf(cal, t, inDays));
        if (consumed.compareTo(budget) >= 0) {
          runsOut = t.plus(Duration.ofMinutes(1));
        }
      }
      t = t.plus(Duration.ofMinutes(1));
    }
    Instant expected = runsOut;
    if (inDays) {
      expected = Counting.closeAtOrAfter(cal, runsOut);
      while (!(expected.equals(runsOut) || running(after, expected.minus(Duration.ofMinutes(1))))) {
        expected = Counting.closeAfter(cal, expected);
      }
    }
    assertThat(c.dueInstant(cal)).contains(expected);
  }

  /** The share of a day that the working minute starting at {@code t} is. */
  private static Q minuteOf(WorkingCalendar cal, Instant t, boolean inDays) {
    if (!inDays) {
      return new Q(1, cal.standardDay().toMinutes());
    }
    LocalDate day = LocalDate.ofInstant(t, cal.zone());
    return new Q(
        1, cal.workingTimeBetween(cal.openingInstant(day), cal.closingInstant(day)).toMinutes());
  }

  /** A small exact fraction for the reference. */
  record Q(long n, long d) implements Comparable<Q> {
    static final Q ZERO = new Q(0, 1);

    Q {
      long g = java.math.BigInteger.valueOf(n).gcd(java.math.BigInteger.valueOf(d)).longValue();
      if (g > 1) {
        n /= g;
        d /= g;
      }
    }

    Q plus(Q o) {
      return new Q(n * o.d + o.n * d, d * o.d);
    }

    @Override
    public int compareTo(Q o) {
      return Long.compare(n * o.d, o.n * d);
    }
  }

  /**
   * Whether the clock runs during the minute starting at {@code t}, by the entries after the base.
   */
  private static boolean running(List<ClockEntry> after, Instant t) {
    boolean running = true;
    for (ClockEntry x : after) {
      if (x.at().isAfter(t)) {
        break;
      }
      if (x.kind() == ClockEntry.Kind.PAUSE) {
        running = false;
      } else if (x.kind() == ClockEntry.Kind.RESUME) {
        running = true;
      }
    }
    return running;
  }
}
