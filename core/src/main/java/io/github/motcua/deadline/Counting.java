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

import io.github.motcua.calendar.WorkingCalendar;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The counting rules on a calendar, without explanations: the effective start and the due instant.
 * Shared by {@link DeadlineCalculator} and {@link DeadlineClock} so that a clock without pauses is
 * due exactly when a computed deadline is.
 */
final class Counting {
  private Counting() {}

  /**
   * The outcome of counting a limit from a receipt.
   *
   * @param effectiveStart when counting starts
   * @param cause why it starts then
   * @param appliedRule the rule that counted the limit
   * @param due the due instant
   * @param budget the working time from the effective start to the due instant
   * @param nominalDueDay for the calendar-days rule, the day N calendar days after the effective
   *     receipt day, before moving off a non-working day; otherwise the due day
   */
  record Result(
      Instant effectiveStart,
      StartCause cause,
      CountingRule appliedRule,
      Instant due,
      Duration budget,
      LocalDate nominalDueDay) {}

  static Result count(
      WorkingCalendar calendar, Instant received, TimeLimit limit, CountingPolicy policy) {
    CountingRule rule = policy.appliedRule(limit);
    Start s = effectiveStart(calendar, received, policy);
    Instant start = s.at();
    StartCause cause = s.cause();
    LocalDate startDay = LocalDate.ofInstant(start, calendar.zone());
    return switch (rule) {
      case WORKING_TIME -> {
        Duration budget = limit.toWorkingTime(calendar.standardDay());
        Instant due = calendar.addWorkingTime(start, budget);
        yield new Result(
            start, cause, rule, due, budget, LocalDate.ofInstant(due, calendar.zone()));
      }
      case END_OF_DAY -> {
        // A fraction of a day cannot end at a day's close: it is rounded up to a whole day.
        int days = limit.amount().setScale(0, RoundingMode.CEILING).intValueExact();
        LocalDate dueDay = calendar.addWorkingDays(startDay, days);
        Instant due = calendar.closingInstant(dueDay);
        yield new Result(start, cause, rule, due, calendar.workingTimeBetween(start, due), dueDay);
      }
      case CALENDAR_DAYS -> {
        LocalDate nominal = startDay.plusDays(limit.amount().longValueExact());
        LocalDate dueDay = calendar.addWorkingDays(nominal, 0);
        Instant due = calendar.closingInstant(dueDay);
        yield new Result(start, cause, rule, due, calendar.workingTimeBetween(start, due), nominal);
      }
    };
  }

  /**
   * When counting starts.
   *
   * @param at the effective start, always a working instant
   * @param cause why
   */
  record Start(Instant at, StartCause cause) {}

  static Start effectiveStart(WorkingCalendar calendar, Instant received, CountingPolicy policy) {
    LocalDateTime local = LocalDateTime.ofInstant(received, calendar.zone());
    LocalTime cutoff = policy.intakeCutoff().orElse(null);
    if (cutoff != null
        && local.toLocalTime().isAfter(cutoff)
        && calendar.isWorkingDay(local.toLocalDate())) {
      return new Start(openingAfter(calendar, local.toLocalDate()), StartCause.AFTER_CUTOFF);
    }
    if (!calendar.isWorkingTime(received)) {
      return new Start(calendar.nextWorkingInstant(received), StartCause.OUTSIDE_WORKING_TIME);
    }
    return new Start(received, StartCause.AS_RECEIVED);
  }

  /** The opening of the first working day strictly after {@code day}. */
  static Instant openingAfter(WorkingCalendar calendar, LocalDate day) {
    return calendar.openingInstant(calendar.addWorkingDays(day, 1));
  }

  /** The first close of a working day at or after {@code x}. */
  static Instant closeAtOrAfter(WorkingCalendar calendar, Instant x) {
    LocalDate day = LocalDate.ofInstant(x, calendar.zone());
    if (calendar.isWorkingDay(day)) {
      Instant close = calendar.closingInstant(day);
      if (!close.isBefore(x)) {
        return close;
      }
    }
    return calendar.closingInstant(calendar.addWorkingDays(day, 1));
  }

  /** The first close of a working day strictly after {@code x}. */
  static Instant closeAfter(WorkingCalendar calendar, Instant x) {
    Instant c = closeAtOrAfter(calendar, x);
    return c.equals(x) ? closeAtOrAfter(calendar, x.plusNanos(1)) : c;
  }

  /*
   * Working days as the currency of the day-granular clock. Under END_OF_DAY and CALENDAR_DAYS a
   * limit is a number of working days, however long each of them is: a Saturday morning (4 hours
   * on an agency's calendar) is one working day, just as a full weekday (8 hours) is. The clock
   * therefore measures what it consumes, and the pauses that stop it, in working days, a part of a
   * day counting as its share of that day's own working time. Measuring them in working time
   * instead (as it once did) mixes the two units: a pause of 4 h 01 is then worth more than a whole
   * Saturday, while a newly announced day off inside a pause removes 8 hours of paused time but
   * moves the rule's due by only the 4 hours of the Saturday after it, so the due came earlier on a
   * calendar with one more day off. On a calendar whose working days all have the same length the
   * two measures agree exactly, so nothing changes there.
   */

  /** The working days in {@code [a, b)}: whole days, plus the shares of the first and last day. */
  static DayCount workingDaysBetween(WorkingCalendar calendar, Instant a, Instant b) {
    if (!b.isAfter(a)) {
      return DayCount.ZERO;
    }
    LocalDate da = LocalDate.ofInstant(a, calendar.zone());
    LocalDate db = LocalDate.ofInstant(b, calendar.zone());
    if (da.equals(db)) {
      return share(calendar, da, a, b);
    }
    return share(calendar, da, a, startOf(calendar, da.plusDays(1)))
        .plus(DayCount.of(calendar.workingDaysBetween(da, db.minusDays(1))))
        .plus(share(calendar, db, startOf(calendar, db), b));
  }

  /**
   * The earliest instant at which {@code days} working days have passed since {@code start}
   * (counting from the next working instant); {@code start} itself for zero.
   */
  static Instant addWorkingDays(WorkingCalendar calendar, Instant start, DayCount days) {
    if (days.signum() <= 0) {
      return start;
    }
    LocalDate first = LocalDate.ofInstant(start, calendar.zone());
    DayCount restOfFirst = share(calendar, first, start, startOf(calendar, first.plusDays(1)));
    if (days.compareTo(restOfFirst) <= 0) {
      return calendar.addWorkingTime(start, days.of(dayLength(calendar, first)));
    }
    DayCount after = days.minus(restOfFirst);
    long whole = after.floor();
    DayCount part = after.minus(DayCount.of(whole));
    if (part.signum() == 0) {
      return calendar.closingInstant(calendar.addWorkingDays(first, Math.toIntExact(whole)));
    }
    LocalDate last = calendar.addWorkingDays(first, Math.toIntExact(whole + 1));
    return calendar.addWorkingTime(
        calendar.openingInstant(last), part.of(dayLength(calendar, last)));
  }

  /** The share of {@code day}'s working time that lies in {@code [from, to)}, both in that day. */
  private static DayCount share(WorkingCalendar calendar, LocalDate day, Instant from, Instant to) {
    Duration w = calendar.workingTimeBetween(from, to);
    return w.isZero() ? DayCount.ZERO : DayCount.share(w, dayLength(calendar, day));
  }

  private static Duration dayLength(WorkingCalendar calendar, LocalDate workingDay) {
    return calendar.workingTimeBetween(
        calendar.openingInstant(workingDay), calendar.closingInstant(workingDay));
  }

  private static Instant startOf(WorkingCalendar calendar, LocalDate day) {
    return day.atStartOfDay(calendar.zone()).toInstant();
  }
}
