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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.motcua.calendar.WorkingCalendar;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clock of a dossier (hồ sơ) or of one step: a budget and a ledger, from which the due instant
 * is derived, never stored. Immutable and thread-safe; every operation returns a new clock.
 *
 * <p>The ledger is a list of {@link ClockEntry entries}: the start (receipt), pauses, resumes
 * (continuing the budget left), restarts (the whole budget again, counted from the restart as if
 * the dossier were received then, intake cut-off included), extensions (working days or hours
 * added, with a reason) and the stop. The instants only go forward. Nothing in the clock depends on
 * a calendar: every query takes the calendar, so the same ledger on a changed calendar (a newly
 * announced holiday) gives the re-projected due.
 *
 * <h2>How the due is derived</h2>
 *
 * <ol>
 *   <li>The <em>base</em> is the last start or restart. Counting its instant with the limit and the
 *       policy ({@link DeadlineCalculator}) gives the effective start and the rule's due; the
 *       <em>budget</em> is the working time between them (for {@link CountingRule#WORKING_TIME},
 *       simply the limit times the standard day). Extensions after the base add their working time:
 *       working hours as such, working days as that many standard days, except under the
 *       day-granular rules, where N working days add the working time from the close of the due day
 *       to the close of the N-th working day after it (a fraction rounded up), so that they are N
 *       days even on a calendar whose days differ in length. A restart drops earlier pauses and
 *       extensions from the count; they stay in the ledger.
 *   <li>The clock consumes working time while it runs: from the effective start to the first pause,
 *       from each resume to the next pause, and so on. A paused clock consumes nothing. Under the
 *       day-granular rules the budget and what is consumed are counted in <em>working days</em>, a
 *       part of a day being its share of that day's own working time (2 hours of a 4-hour Saturday
 *       morning are half a day), and extensions in hours as standard days: a limit in days is a
 *       number of days whatever their length, so a pause costs the days it stops, and a newly
 *       announced day off can never bring the due forward. Where every working day has the standard
 *       length this is the same as counting working time.
 *   <li>The budget runs out at the instant the consumed working time reaches it. Under {@link
 *       CountingRule#WORKING_TIME} (and for limits in working hours) that instant is the due.
 *   <li>Under the day-granular rules ({@link CountingRule#END_OF_DAY}, {@link
 *       CountingRule#CALENDAR_DAYS}) the due is the close of the working day on which the budget
 *       runs out: a deadline counted in days ends at a day's close. If the clock is paused at that
 *       close, the due is the close of the first working day after it on which the clock is running
 *       at closing time. Without pauses this is exactly the rule's due.
 * </ol>
 *
 * <p>While the clock is paused with budget left, it has no due instant ({@link
 * #dueInstant(WorkingCalendar)} is empty): the due depends on when it resumes ({@link
 * #projectedDue(WorkingCalendar, Instant)}).
 *
 * <p>Worked example, end of day, with a pause, on {@link WorkingCalendar#vietnam()}: received
 * Monday 9 March 2026 09:00 with 5 working days. Counting starts the next working day; the rule's
 * due is the close of the fifth, Monday 16 March 17:00, so the budget is the working time from
 * Monday 9 March 09:00 to then: 6.5 + 5 &times; 8 = 46.5 hours. Paused Wednesday 11 March 10:00 for
 * a supplement, 17 hours consumed; resumed Friday 13 March 14:00 with 29.5 hours left. These run
 * out Thursday 19 March 10:00, so the dossier is due at that day's close, Thursday 19 March 17:00.
 *
 * <p>Calendar days work the same way: received Friday 13 March 2026 09:00 with 10 calendar days,
 * due Monday 23 March 17:00, a budget of 54.5 working hours. Paused Tuesday 17 March 09:00, resumed
 * Thursday 19 March 09:00 (16 working hours paused): due Wednesday 25 March 17:00. A pause thus
 * moves the due by the working time paused, not by calendar days: a pause from Friday 17:00 to
 * Monday 07:30 moves it not at all, as the clock would not have consumed anything over the weekend
 * either.
 *
 * <p>Working-time example: received Monday 9 March 2026 09:00 with 2 working days, due Wednesday 11
 * March 09:00; paused Monday 14:00, resumed Tuesday 14:00 (8 hours paused): due Thursday 12 March
 * 09:00; extended by 1 working day: due Friday 13 March 09:00.
 */
public final class DeadlineClock {
  private final TimeLimit limit;
  private final CountingPolicy policy;
  private final ImmutableList<ClockEntry> entries;
  private final ClockState state;
  private final int baseIndex;

  private DeadlineClock(
      TimeLimit limit,
      CountingPolicy policy,
      ImmutableList<ClockEntry> entries,
      ClockState state,
      int baseIndex) {
    this.limit = limit;
    this.policy = policy;
    this.entries = entries;
    this.state = state;
    this.baseIndex = baseIndex;
  }

  /**
   * Starts a clock at the receipt of a dossier.
   *
   * @param limit the time limit (budget) of the dossier or step
   * @param policy the counting rule and intake cut-off
   * @param received when the dossier was received
   * @param actor an opaque reference to who received it, never a name; may be empty
   * @return a running clock
   * @throws IncompatibleTimeLimitException if the policy cannot count the limit
   */
  public static DeadlineClock start(
      TimeLimit limit, CountingPolicy policy, Instant received, String actor) {
    requireNonNull(limit, "limit");
    requireNonNull(policy, "policy");
    policy.appliedRule(limit);
    ClockEntry start = new ClockEntry(ClockEntry.Kind.START, received, "", actor, Optional.empty());
    return new DeadlineClock(limit, policy, ImmutableList.of(start), ClockState.RUNNING, 0);
  }

  /**
   * Rebuilds a clock from a stored ledger, checking every transition.
   *
   * @param limit the time limit the clock started with
   * @param policy the counting policy
   * @param entries the ledger, beginning with {@link ClockEntry.Kind#START}
   * @return the clock
   * @throws IllegalArgumentException if the ledger is empty or does not begin with a start
   * @throws IllegalClockTransitionException if an entry is not allowed after the ones before it
   * @throws IncompatibleTimeLimitException if the policy cannot count the limit
   */
  public static DeadlineClock replay(
      TimeLimit limit, CountingPolicy policy, List<ClockEntry> entries) {
    requireNonNull(entries, "entries");
    if (entries.isEmpty() || entries.get(0).kind() != ClockEntry.Kind.START) {
      throw new IllegalArgumentException(
          "a clock ledger must begin with START; got "
              + (entries.isEmpty() ? "no entries" : entries.get(0).kind()));
    }
    ClockEntry first = entries.get(0);
    DeadlineClock clock = start(limit, policy, first.at(), first.actor());
    for (ClockEntry e : entries.subList(1, entries.size())) {
      clock = clock.append(e);
    }
    return clock;
  }

  private DeadlineClock append(ClockEntry e) {
    requireNonNull(e, "entry");
    Instant last = lastEntryAt();
    if (e.kind() == ClockEntry.Kind.START || !state.allows(e.kind()) || e.at().isBefore(last)) {
      throw new IllegalClockTransitionException(state, e.kind(), e.at(), last);
    }
    return new DeadlineClock(
        limit,
        policy,
        ImmutableList.<ClockEntry>builderWithExpectedSize(entries.size() + 1)
            .addAll(entries)
            .add(e)
            .build(),
        state.after(e.kind()),
        e.kind() == ClockEntry.Kind.RESTART ? entries.size() : baseIndex);
  }

  /**
   * Pauses the clock (tạm dừng), e.g. when the applicant is asked to supplement the dossier.
   *
   * @param at when it pauses, not before the last entry
   * @param reason why, not blank
   * @param actor an opaque reference to who paused it
   * @return the paused clock
   * @throws IllegalClockTransitionException if the clock is not running, or {@code at} is before
   *     its last entry
   */
  public DeadlineClock pause(Instant at, String reason, String actor) {
    return append(new ClockEntry(ClockEntry.Kind.PAUSE, at, reason, actor, Optional.empty()));
  }

  /**
   * Resumes a paused clock with the budget it had left.
   *
   * @param at when it resumes, not before the last entry
   * @param actor an opaque reference to who resumed it
   * @return the running clock
   * @throws IllegalClockTransitionException if the clock is not paused, or {@code at} is before its
   *     last entry
   */
  public DeadlineClock resume(Instant at, String actor) {
    return append(new ClockEntry(ClockEntry.Kind.RESUME, at, "", actor, Optional.empty()));
  }

  /**
   * Restarts the clock with its whole budget, counted from {@code at} as if the dossier were
   * received then (the intake cut-off applies). Earlier pauses and extensions no longer count.
   *
   * @param at when it restarts, not before the last entry
   * @param actor an opaque reference to who restarted it
   * @return the running clock
   * @throws IllegalClockTransitionException if the clock is stopped, or {@code at} is before its
   *     last entry
   */
  public DeadlineClock restart(Instant at, String actor) {
    return append(new ClockEntry(ClockEntry.Kind.RESTART, at, "", actor, Optional.empty()));
  }

  /**
   * Extends the budget (gia hạn) by working days or hours, running or paused.
   *
   * @param extension a positive limit in working days or working hours
   * @param at when the extension was granted, not before the last entry
   * @param reason why, not blank
   * @param actor an opaque reference to who granted it
   * @return the extended clock, in the same state
   * @throws IncompatibleTimeLimitException if the extension is in calendar days or zero
   * @throws IllegalClockTransitionException if the clock is stopped, or {@code at} is before its
   *     last entry
   */
  public DeadlineClock extend(TimeLimit extension, Instant at, String reason, String actor) {
    requireNonNull(extension, "extension");
    return append(
        new ClockEntry(ClockEntry.Kind.EXTEND, at, reason, actor, Optional.of(extension)));
  }

  /**
   * Stops the clock for good: the work is finished.
   *
   * @param at when it finished, not before the last entry
   * @return the stopped clock
   * @throws IllegalClockTransitionException if the clock is already stopped, or {@code at} is
   *     before its last entry
   */
  public DeadlineClock stop(Instant at) {
    return stop(at, "");
  }

  /**
   * Stops the clock for good, recording who finished the work.
   *
   * @param at when it finished, not before the last entry
   * @param actor an opaque reference to who finished it
   * @return the stopped clock
   * @throws IllegalClockTransitionException if the clock is already stopped, or {@code at} is
   *     before its last entry
   */
  public DeadlineClock stop(Instant at, String actor) {
    return append(new ClockEntry(ClockEntry.Kind.STOP, at, "", actor, Optional.empty()));
  }

  /**
   * Returns the time limit the clock started with.
   *
   * @return the limit
   */
  public TimeLimit limit() {
    return limit;
  }

  /**
   * Returns the counting policy.
   *
   * @return the policy
   */
  public CountingPolicy policy() {
    return policy;
  }

  /**
   * Returns the ledger, oldest first.
   *
   * @return the entries, unmodifiable
   */
  public List<ClockEntry> entries() {
    return entries;
  }

  /**
   * Returns the state.
   *
   * @return the state
   */
  public ClockState state() {
    return state;
  }

  /**
   * Returns whether the clock is running.
   *
   * @return true when running
   */
  public boolean isRunning() {
    return state == ClockState.RUNNING;
  }

  /**
   * Returns the instant the dossier was received: the first entry's.
   *
   * @return the receipt instant
   */
  public Instant received() {
    return entries.get(0).at();
  }

  /**
   * Returns the instant of the last entry; a new entry may not be earlier.
   *
   * @return the instant
   */
  public Instant lastEntryAt() {
    return entries.get(entries.size() - 1).at();
  }

  /**
   * Returns since when the clock has been running: the instant of the start, resume or restart that
   * set it running (counting itself may begin later, at the effective start).
   *
   * @return the instant, empty unless running
   */
  public Optional<Instant> runningSince() {
    if (state != ClockState.RUNNING) {
      return Optional.empty();
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      ClockEntry.Kind k = entries.get(i).kind();
      if (k == ClockEntry.Kind.START
          || k == ClockEntry.Kind.RESUME
          || k == ClockEntry.Kind.RESTART) {
        return Optional.of(entries.get(i).at());
      }
    }
    throw new AssertionError("a running clock has a start");
  }

  /**
   * Returns the instant the clock stopped.
   *
   * @return the instant, empty unless stopped
   */
  public Optional<Instant> stoppedAt() {
    return state == ClockState.STOPPED ? Optional.of(lastEntryAt()) : Optional.empty();
  }

  /**
   * Returns the budget on a calendar: the working time the clock may consume since its last start
   * or restart, extensions included.
   *
   * @param calendar the working calendar
   * @return the budget
   */
  public Duration budget(WorkingCalendar calendar) {
    return timeline(calendar).budget;
  }

  /**
   * Returns the due instant on a calendar, derived from the ledger.
   *
   * @param calendar the working calendar
   * @return the due instant; empty while the clock is paused with budget left (see {@link
   *     #projectedDue})
   */
  public Optional<Instant> dueInstant(WorkingCalendar calendar) {
    Timeline t = timeline(calendar);
    Optional<Instant> due = t.search(t.segments);
    if (due.isEmpty() && state == ClockState.STOPPED) {
      return t.search(t.resumedAt(lastEntryAt()));
    }
    return due;
  }

  /**
   * Returns the due instant, or for a paused clock with budget left the due it would have if it
   * resumed (continuing) at {@code resumeAt}.
   *
   * @param calendar the working calendar
   * @param resumeAt when the clock would resume; instants before its last entry count as that entry
   * @return the due instant
   */
  public Instant projectedDue(WorkingCalendar calendar, Instant resumeAt) {
    requireNonNull(resumeAt, "resumeAt");
    Timeline t = timeline(calendar);
    return t.search(t.segments)
        .or(() -> t.search(t.resumedAt(latest(resumeAt, lastEntryAt()))))
        .orElseThrow();
  }

  /**
   * Returns the working time consumed up to an instant since the last start or restart.
   *
   * @param calendar the working calendar
   * @param now the instant; a stopped clock consumes nothing after its stop
   * @return the working time consumed, never negative
   */
  public Duration consumed(WorkingCalendar calendar, Instant now) {
    requireNonNull(now, "now");
    Timeline t = timeline(calendar);
    return t.consumedAlong(t.segments, t.capped(now));
  }

  /**
   * Returns the working time left at an instant: what the clock will consume from then until its
   * due, running; negative when overdue (the working time consumed since the due). A paused clock
   * neither consumes nor becomes more overdue: while paused with budget left, the remaining time is
   * the budget minus the working time consumed (under the day-granular rules, the working days
   * left, shown in standard days; the rest of the day on which it runs out is added once it
   * resumes). A stopped clock's remaining time is frozen at its stop.
   *
   * @param calendar the working calendar
   * @param now the instant
   * @return the remaining time; zero at the due instant of a running clock
   */
  public RemainingTime remaining(WorkingCalendar calendar, Instant now) {
    requireNonNull(now, "now");
    Timeline t = timeline(calendar);
    Instant n = t.capped(now);
    Duration consumedNow = t.consumedAlong(t.segments, n);
    Optional<Instant> due = t.search(t.segments);
    if (due.isEmpty()) {
      // paused (or stopped while paused) with budget left
      return new RemainingTime(t.leftWhilePaused(n), calendar.standardDay());
    }
    return new RemainingTime(
        t.consumedAlong(t.segments, due.get()).minus(consumedNow), calendar.standardDay());
  }

  /**
   * Classes a finish against this clock's due: {@link Timeliness#EARLY} before the due day, {@link
   * Timeliness#ON_TIME} on the due day and not after the due instant, {@link Timeliness#LATE}
   * otherwise. For a clock paused with budget left, the due is projected as if it resumed at the
   * finish, so it is never late.
   *
   * @param calendar the working calendar
   * @param finishedAt when the work finished
   * @return the timeliness
   */
  public Timeliness timeliness(WorkingCalendar calendar, Instant finishedAt) {
    requireNonNull(finishedAt, "finishedAt");
    return Timeliness.classify(projectedDue(calendar, finishedAt), finishedAt, calendar.zone());
  }

  /**
   * Explains the due instant: the receipt, the counting start and rule, every pause, restart and
   * extension, the days off skipped and the due.
   *
   * @param calendar the working calendar
   * @return the explanation
   */
  public Explanation explain(WorkingCalendar calendar) {
    return Explaining.clock(this, calendar);
  }

  int baseIndex() {
    return baseIndex;
  }

  Counting.Result base(WorkingCalendar calendar) {
    return timeline(calendar).base;
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private Timeline timeline(WorkingCalendar calendar) {
    requireNonNull(calendar, "calendar");
    ClockEntry b = entries.get(baseIndex);
    Counting.Result base = Counting.count(calendar, b.at(), limit, policy);
    Instant eff = base.effectiveStart();
    Duration budget = base.budget();
    List<Segment> segments = new ArrayList<>();
    Instant open = eff;
    Instant cap = null;
    boolean dayGranular = base.appliedRule() != CountingRule.WORKING_TIME;
    LocalDate extendedDay = LocalDate.ofInstant(base.due(), calendar.zone());
    DayCount days = dayGranular ? Counting.workingDaysBetween(calendar, eff, base.due()) : null;
    for (ClockEntry e : entries.subList(baseIndex + 1, entries.size())) {
      switch (e.kind()) {
        case PAUSE -> {
          segments.add(new Segment(open, latest(e.at(), open)));
          open = null;
        }
        case RESUME -> open = latest(e.at(), eff);
        case EXTEND -> {
          TimeLimit x = e.extension().orElseThrow();
          if (dayGranular && x.unit() == TimeLimit.Unit.WORKING_DAYS) {
            // whole working days after the due day, whatever each day's length
            int n = x.amount().setScale(0, RoundingMode.CEILING).intValueExact();
            LocalDate next = calendar.addWorkingDays(extendedDay, n);
            budget =
                budget.plus(
                    calendar.workingTimeBetween(
                        calendar.closingInstant(extendedDay), calendar.closingInstant(next)));
            extendedDay = next;
            days = days.plus(DayCount.of(n));
          } else {
            Duration w = x.toWorkingTime(calendar.standardDay());
            budget = budget.plus(w);
            if (dayGranular) {
              // working hours under a day rule: standard days, as a limit in hours is counted
              days = days.plus(DayCount.share(w, calendar.standardDay()));
            }
          }
        }
        case STOP -> cap = e.at();
        case START, RESTART -> throw new AssertionError("only the base starts: " + e);
      }
    }
    if (open != null) {
      segments.add(new Segment(open, null));
    }
    return new Timeline(calendar, base, budget, days, List.copyOf(segments), cap);
  }

  /** A stretch of running: [start, end); an open one (end null) runs on. */
  private record Segment(Instant start, Instant end) {}

  /** The ledger laid on a calendar: the budget and the running segments since the base. */
  private static final class Timeline {
    final WorkingCalendar calendar;
    final Counting.Result base;
    final Duration budget;

    /** Under the day-granular rules, the budget in working days; null otherwise. */
    final DayCount days;

    final List<Segment> segments;
    final Instant cap;
    final boolean dayGranular;

    Timeline(
        WorkingCalendar calendar,
        Counting.Result base,
        Duration budget,
        DayCount days,
        List<Segment> segments,
        Instant cap) {
      this.calendar = calendar;
      this.base = base;
      this.budget = budget;
      this.days = days;
      this.segments = segments;
      this.cap = cap;
      this.dayGranular = base.appliedRule() != CountingRule.WORKING_TIME;
    }

    Instant capped(Instant now) {
      return cap != null && now.isAfter(cap) ? cap : now;
    }

    /** The segments if the clock (paused) resumed at {@code at}. */
    List<Segment> resumedAt(Instant at) {
      List<Segment> out = new ArrayList<>(segments);
      out.add(new Segment(latest(at, base.effectiveStart()), null));
      return out;
    }

    Duration consumedAlong(List<Segment> path, Instant x) {
      Duration sum = Duration.ZERO;
      for (Segment s : path) {
        Instant end = s.end() == null || s.end().isAfter(x) ? x : s.end();
        if (end.isAfter(s.start())) {
          sum = sum.plus(calendar.workingTimeBetween(s.start(), end));
        }
      }
      return sum;
    }

    /**
     * The working time left while paused with budget left; under the day-granular rules the working
     * days left, in standard days.
     */
    Duration leftWhilePaused(Instant x) {
      if (!dayGranular) {
        return budget.minus(consumedAlong(segments, x));
      }
      DayCount consumed = DayCount.ZERO;
      for (Segment s : segments) {
        Instant end = s.end() == null || s.end().isAfter(x) ? x : s.end();
        consumed = consumed.plus(Counting.workingDaysBetween(calendar, s.start(), end));
      }
      return days.minus(consumed).of(calendar.standardDay());
    }

    /**
     * Where the budget runs out along a path, rounded to a day's close under day-granular rules;
     * empty if the path ends (paused) before that.
     */
    Optional<Instant> search(List<Segment> path) {
      if (path.size() == 1
          && path.get(0).end() == null
          && budget.equals(base.budget())
          && path.get(0).start().equals(base.effectiveStart())) {
        return Optional.of(base.due()); // running since the base without pause or extension
      }
      if (!dayGranular) {
        Duration cum = Duration.ZERO;
        for (Segment s : path) {
          Duration left = budget.minus(cum);
          Duration c = s.end() == null ? null : calendar.workingTimeBetween(s.start(), s.end());
          if (c == null || c.compareTo(left) >= 0) {
            return Optional.of(calendar.addWorkingTime(s.start(), left));
          }
          cum = cum.plus(c);
        }
        return Optional.empty();
      }
      // Day-granular: consumed and paused time are working days, not working time (see
      // Counting.workingDaysBetween for why).
      DayCount cum = DayCount.ZERO;
      int found = -1;
      Instant runsOut = null;
      for (int i = 0; i < path.size() && found < 0; i++) {
        Segment s = path.get(i);
        DayCount left = days.minus(cum);
        DayCount c =
            s.end() == null ? null : Counting.workingDaysBetween(calendar, s.start(), s.end());
        if (c == null || c.compareTo(left) >= 0) {
          runsOut = Counting.addWorkingDays(calendar, s.start(), left);
          found = i;
        } else {
          cum = cum.plus(c);
        }
      }
      if (found < 0) {
        return Optional.empty();
      }
      for (int j = found; j < path.size(); j++) {
        Segment s = path.get(j);
        Instant close =
            j == found
                ? Counting.closeAtOrAfter(calendar, runsOut)
                : Counting.closeAfter(calendar, s.start());
        if (s.end() == null || !close.isAfter(s.end())) {
          return Optional.of(close);
        }
      }
      return Optional.empty();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeadlineClock c
        && c.limit.equals(limit)
        && c.policy.equals(policy)
        && c.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return (limit.hashCode() * 31 + policy.hashCode()) * 31 + entries.hashCode();
  }

  @Override
  public String toString() {
    return "DeadlineClock[" + limit + ", " + policy + ", " + state + ", " + entries + "]";
  }
}
