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

import io.github.motcua.calendar.Observance;
import io.github.motcua.calendar.SpecialDay;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a due instant is what it is: a list of items a screen can render one by one, and renderings
 * to text in Vietnamese and English for the receipt slip (phiếu tiếp nhận và hẹn trả kết quả) and
 * for answering complaints. Immutable and thread-safe.
 *
 * <p>The items come in this order: the receipt; when counting starts and why; the limit and rule;
 * the pauses, restarts and extensions of a clock in ledger order; the days off skipped (or, under
 * the calendar-days rule, the days off counted, and the days off skipped by a pause or extension
 * after them); for the calendar-days rule a due day moved off a non-working day; the stop; the due
 * (or, for a paused clock, the budget left). Times are in the calendar's zone.
 */
public final class Explanation {
  private final List<Item> items;
  private final Duration standardDay;

  Explanation(List<Item> items, Duration standardDay) {
    this.items = List.copyOf(items);
    this.standardDay = standardDay;
  }

  /**
   * Returns the items, in reading order.
   *
   * @return the items, unmodifiable
   */
  public List<Item> items() {
    return items;
  }

  /**
   * Returns the items of one kind.
   *
   * @param <T> the kind of item
   * @param type the class of the items wanted
   * @return the matching items, in order
   */
  public <T extends Item> List<T> items(Class<T> type) {
    requireNonNull(type, "type");
    return items.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Renders the explanation as lines of text, one per item: Vietnamese for a locale whose language
   * is {@code vi}, English otherwise.
   *
   * @param locale the reader's locale
   * @return the text, lines separated by {@code \n}
   */
  public String render(Locale locale) {
    return Explaining.render(this, Texts.Lang.of(requireNonNull(locale, "locale")));
  }

  /**
   * Renders the explanation in one sentence, such as "15 working days from 09:12 on 3 March 2026,
   * paused 4 days (supplement requested), skipping 30 April and 1 May: due 17:00 on 25 March 2026".
   *
   * @param locale the reader's locale
   * @return the sentence
   */
  public String summary(Locale locale) {
    return Explaining.summary(this, Texts.Lang.of(requireNonNull(locale, "locale")));
  }

  Duration standardDay() {
    return standardDay;
  }

  /** Returns the English rendering. */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }

  /** One thing an explanation says. */
  public sealed interface Item
      permits Received,
          CountingStart,
          Counted,
          OnCalendar,
          Paused,
          Restarted,
          Extended,
          DaysSkipped,
          DaysOffCounted,
          MovedToWorkingDay,
          ProvisionalYears,
          Stopped,
          Due,
          AwaitingResume {}

  /**
   * The dossier was received.
   *
   * @param at when, in the calendar's zone
   */
  public record Received(ZonedDateTime at) implements Item {
    /**
     * Validates.
     *
     * @param at when
     */
    public Received {
      requireNonNull(at, "at");
    }
  }

  /**
   * Counting starts.
   *
   * @param at when counting starts, in the calendar's zone
   * @param cause why it starts then
   * @param intakeCutoff the cut-off that applied, present when {@code cause} is {@link
   *     StartCause#AFTER_CUTOFF}
   */
  public record CountingStart(ZonedDateTime at, StartCause cause, Optional<LocalTime> intakeCutoff)
      implements Item {
    /**
     * Validates.
     *
     * @param at when counting starts
     * @param cause why
     * @param intakeCutoff the cut-off that applied
     */
    public CountingStart {
      requireNonNull(at, "at");
      requireNonNull(cause, "cause");
      requireNonNull(intakeCutoff, "intakeCutoff");
    }
  }

  /**
   * The limit and the rule that counted it.
   *
   * @param limit the time limit
   * @param rule the rule applied (see {@link CountingPolicy#appliedRule(TimeLimit)})
   * @param standardDay the working time of one day
   */
  public record Counted(TimeLimit limit, CountingRule rule, Duration standardDay) implements Item {
    /**
     * Validates.
     *
     * @param limit the time limit
     * @param rule the rule applied
     * @param standardDay the working time of one day
     */
    public Counted {
      requireNonNull(limit, "limit");
      requireNonNull(rule, "rule");
      requireNonNull(standardDay, "standardDay");
    }
  }

  /**
   * The working calendar the deadline was counted on, when it is not the national {@link
   * io.github.motcua.calendar.WorkingCalendar#vietnam()} calendar: an agency's own calendar (one
   * that works Saturday mornings or closes on a local holiday) makes a different due, and a receipt
   * says on which calendar it was counted.
   *
   * @param name the calendar's name
   * @param base the name of the calendar it is a variant of, if any
   */
  public record OnCalendar(String name, Optional<String> base) implements Item {
    /**
     * Validates.
     *
     * @param name the calendar's name
     * @param base the base calendar's name, if any
     */
    public OnCalendar {
      requireNonNull(name, "name");
      requireNonNull(base, "base");
    }
  }

  /**
   * The clock was paused.
   *
   * @param from when it paused
   * @param until when it resumed, restarted or stopped; empty while still paused
   * @param workingTime the working time the pause kept from being consumed; empty while still
   *     paused or when a restart ended it
   * @param reason why it paused
   * @param actor an opaque reference to who paused it
   */
  public record Paused(
      ZonedDateTime from,
      Optional<ZonedDateTime> until,
      Optional<Duration> workingTime,
      String reason,
      String actor)
      implements Item {
    /**
     * Validates.
     *
     * @param from when it paused
     * @param until when it ended
     * @param workingTime the working time not consumed
     * @param reason why
     * @param actor who
     */
    public Paused {
      requireNonNull(from, "from");
      requireNonNull(until, "until");
      requireNonNull(workingTime, "workingTime");
      requireNonNull(reason, "reason");
      requireNonNull(actor, "actor");
    }
  }

  /**
   * The clock restarted with its whole budget.
   *
   * @param at when
   * @param countingFrom when counting starts again (the intake cut-off applies)
   * @param actor an opaque reference to who restarted it
   */
  public record Restarted(ZonedDateTime at, ZonedDateTime countingFrom, String actor)
      implements Item {
    /**
     * Validates.
     *
     * @param at when
     * @param countingFrom when counting starts again
     * @param actor who
     */
    public Restarted {
      requireNonNull(at, "at");
      requireNonNull(countingFrom, "countingFrom");
      requireNonNull(actor, "actor");
    }
  }

  /**
   * The budget was extended (gia hạn).
   *
   * @param at when
   * @param extension the working days or hours added
   * @param reason why
   * @param actor an opaque reference to who granted it
   * @param counted whether the extension counts towards the due; false when a later restart dropped
   *     it
   */
  public record Extended(
      ZonedDateTime at, TimeLimit extension, String reason, String actor, boolean counted)
      implements Item {
    /**
     * Validates.
     *
     * @param at when
     * @param extension the time added
     * @param reason why
     * @param actor who
     * @param counted whether it counts
     */
    public Extended {
      requireNonNull(at, "at");
      requireNonNull(extension, "extension");
      requireNonNull(reason, "reason");
      requireNonNull(actor, "actor");
    }
  }

  /**
   * A day that does not count, as the calendar gives it.
   *
   * @param date the date
   * @param kind what the day is: a holiday, a compensatory day off (nghỉ bù) or another day off (a
   *     swapped or local day off; announced schedules say only "day off")
   * @param reason the calendar's reason, e.g. the holiday's name
   * @param source where the day was published (a URL or a document number), or empty
   * @param observance the national holidays the day belongs to and the part it plays, by which the
   *     Vietnamese rendering names it; empty for a free-text reason, shown as it is
   */
  public record DayOff(
      LocalDate date,
      SpecialDay.Kind kind,
      String reason,
      String source,
      Optional<Observance> observance) {
    /**
     * Validates.
     *
     * @param date the date
     * @param kind what the day is
     * @param reason the reason
     * @param source where it was published, or empty
     * @param observance the holidays it belongs to, or empty
     */
    public DayOff {
      requireNonNull(date, "date");
      requireNonNull(kind, "kind");
      requireNonNull(reason, "reason");
      requireNonNull(source, "source");
      requireNonNull(observance, "observance");
    }

    /**
     * Creates a day off whose reason is free text.
     *
     * @param date the date
     * @param kind what the day is
     * @param reason the reason
     * @param source where it was published, or empty
     */
    public DayOff(LocalDate date, SpecialDay.Kind kind, String reason, String source) {
      this(date, kind, reason, source, Optional.empty());
    }

    /**
     * Creates the day off of a calendar's special day.
     *
     * @param day the special day
     * @return the day off
     */
    static DayOff of(SpecialDay day) {
      return new DayOff(day.date(), day.kind(), day.reason(), day.source(), day.observance());
    }
  }

  /**
   * The days off between the receipt day and the due day, both included. Days off that fall on a
   * weekday the working week works are named; weekly rest days (and holidays that fall on them) are
   * counted only.
   *
   * @param daysOff the named days off (holidays, compensatory and swapped days), in order
   * @param weeklyRestDays how many weekly rest days were skipped
   * @param makeupWorkingDays rest days worked by announcement (ngày làm bù), counted as working
   *     days, in order
   */
  public record DaysSkipped(
      List<DayOff> daysOff, int weeklyRestDays, List<LocalDate> makeupWorkingDays) implements Item {
    /**
     * Validates and copies.
     *
     * @param daysOff the named days off
     * @param weeklyRestDays how many weekly rest days were skipped
     * @param makeupWorkingDays the make-up working days counted
     */
    public DaysSkipped {
      daysOff = List.copyOf(daysOff);
      makeupWorkingDays = List.copyOf(makeupWorkingDays);
      if (weeklyRestDays < 0) {
        throw new IllegalArgumentException("weeklyRestDays must not be negative");
      }
    }
  }

  /**
   * Under the calendar-days rule every calendar day counts, days off included (Civil Code
   * 91/2015/QH13 art. 147(2): counting starts the day after receipt; art. 148(1): the limit ends at
   * the close of its last day): these are the days off between the day after counting starts and
   * the N-th calendar day, both included, counted like any other day. Days off on a weekday the
   * working week works are named; weekly rest days are counted only.
   *
   * @param daysOff the named days off counted (holidays, compensatory and swapped days), in order
   * @param weeklyRestDays how many weekly rest days were counted
   */
  public record DaysOffCounted(List<DayOff> daysOff, int weeklyRestDays) implements Item {
    /**
     * Validates and copies.
     *
     * @param daysOff the named days off counted
     * @param weeklyRestDays how many weekly rest days were counted
     */
    public DaysOffCounted {
      daysOff = List.copyOf(daysOff);
      if (weeklyRestDays < 0) {
        throw new IllegalArgumentException("weeklyRestDays must not be negative");
      }
    }
  }

  /**
   * Under the calendar-days rule, the N-th calendar day was not a working day, so the due moved to
   * the close of the next working day (Civil Code 91/2015/QH13 art. 148(5)). Only this last day
   * moves the due; days off before it are counted (see {@link DaysOffCounted}).
   *
   * @param nominal the N-th calendar day
   * @param actual the working day the due moved to
   * @param dayOff why the N-th day is not a working day: the named day off it is (a holiday, a
   *     compensatory day off, a day inside an announced break); empty when it is a plain weekly
   *     rest day
   */
  public record MovedToWorkingDay(LocalDate nominal, LocalDate actual, Optional<DayOff> dayOff)
      implements Item {
    /**
     * Validates.
     *
     * @param nominal the N-th calendar day
     * @param actual the working day the due moved to
     * @param dayOff the named day off the N-th day is, or empty for a weekly rest day
     * @throws IllegalArgumentException if {@code actual} is not after {@code nominal}, or the day
     *     off is of another date
     */
    public MovedToWorkingDay {
      requireNonNull(nominal, "nominal");
      requireNonNull(actual, "actual");
      requireNonNull(dayOff, "dayOff");
      if (!actual.isAfter(nominal)) {
        throw new IllegalArgumentException(
            "the due moves forward: " + actual + " is not after " + nominal);
      }
      if (dayOff.isPresent() && !dayOff.get().date().equals(nominal)) {
        throw new IllegalArgumentException(
            "the day off of " + dayOff.get().date() + " does not explain " + nominal);
      }
    }

    /**
     * Creates the item for an N-th day that is a plain weekly rest day.
     *
     * @param nominal the N-th calendar day
     * @param actual the working day the due moved to
     */
    public MovedToWorkingDay(LocalDate nominal, LocalDate actual) {
      this(nominal, actual, Optional.empty());
    }
  }

  /**
   * Some of the days counted lie in years whose days off the government has not announced yet; the
   * calendar computed them from the Labour Code rules, and the due may move when the schedule is
   * announced (re-project the clock then).
   *
   * @param years the provisional years, in order
   */
  public record ProvisionalYears(List<Integer> years) implements Item {
    /**
     * Validates and copies.
     *
     * @param years the provisional years
     */
    public ProvisionalYears {
      years = List.copyOf(years);
    }
  }

  /**
   * The clock stopped: the work finished.
   *
   * @param at when
   * @param actor an opaque reference to who finished it; may be empty
   */
  public record Stopped(ZonedDateTime at, String actor) implements Item {
    /**
     * Validates.
     *
     * @param at when
     * @param actor who
     */
    public Stopped {
      requireNonNull(at, "at");
      requireNonNull(actor, "actor");
    }
  }

  /**
   * The due instant.
   *
   * @param at when the dossier is due, in the calendar's zone
   */
  public record Due(ZonedDateTime at) implements Item {
    /**
     * Validates.
     *
     * @param at when due
     */
    public Due {
      requireNonNull(at, "at");
    }
  }

  /**
   * The clock is paused with budget left: it has no due until it resumes.
   *
   * @param remaining the working time left when it resumes
   */
  public record AwaitingResume(Duration remaining) implements Item {
    /**
     * Validates.
     *
     * @param remaining the working time left
     */
    public AwaitingResume {
      requireNonNull(remaining, "remaining");
    }
  }
}
