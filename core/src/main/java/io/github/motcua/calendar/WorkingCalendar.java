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
package io.github.motcua.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.motcua.calendar.SpecialDay.Kind;
import io.github.motcua.calendar.SpecialDay.Origin;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A working calendar (lịch làm việc): a zone, a working week, holiday rules, announced holiday
 * schedules and dated days, and exact working-time arithmetic on them. Immutable and thread-safe.
 *
 * <p><b>Which days are worked.</b> For a date the calendar applies, last one winning: the working
 * week; for a year no announced schedule covers, the days off of its {@link HolidayRules} (such a
 * year is <i>provisional</i>, see {@link #isProvisional(int)}); the days of its {@link
 * AnnouncedSchedule}s (an announced year takes no day from the rules, but see below); its
 * amendments ({@link Builder#amend(AnnouncedSchedule)}: corrections of single days, without
 * replacing a year); its own dated days (a local festival, an extra working day). A variant ({@link
 * #variant(String)}) starts from its base calendar's days, works its own week on the base's
 * ordinary days and applies its own dated days on top. Make-up working days are worked with {@link
 * WorkingWeek#makeupPeriods()}.
 *
 * <p><b>A holiday newer than the announcement.</b> A year's schedule is announced months ahead and
 * lists the holidays that existed then; a holiday a later law adds ({@link Holiday#inForceFrom()},
 * such as Culture Day, 24 November, in force 1 July 2026) is law all the same. So in an announced
 * year the calendar also takes from the rules the days of each such holiday that the year's
 * announcement does not name (no announced day of the year belongs to it) on dates the announcement
 * does not list. The 2026 schedule, announced in October and December 2025, does not name Culture
 * Day, so {@link #vietnam()} has Tuesday 24 November 2026 off, with origin {@link Origin#RULES},
 * the resolution as its source and a reason that says the schedule predates it; 2026 stays
 * announced (not provisional). An announcement that names the holiday (a 2027 schedule listing 24
 * November) or lists the date (as a working day, say) takes precedence, and an amendment corrects
 * the one day without a release.
 *
 * <p><b>Time.</b> Working periods are local times in {@link #zone()}. Working time is measured on
 * the local wall clock, exactly to the nanosecond (in a zone with daylight saving a period that
 * spans a transition counts its wall-clock length). Dates and instants must lie, in the zone,
 * within {@link #MIN_DATE} to {@link #MAX_DATE}; otherwise, and when a result would lie outside,
 * the methods throw {@link DateOutOfRangeException}.
 *
 * <p><b>Cost.</b> Each operation costs the same for one day as for 250 working days: the calendar
 * builds a table per year on first use (cumulative working time and working days per day and per
 * working day; see {@code YearTable}), caches it, and answers by index arithmetic. A span of
 * several years adds each year's total, never walks the days. Instants convert to local time by
 * adding the zone's offset when it has not changed since a known instant (in Vietnam: since 1975);
 * zones with daylight saving go through their rules. {@link #addWorkingDays} returns shared {@link
 * LocalDate} instances (dates are values: compare them with {@code equals}).
 */
public final class WorkingCalendar {
  /** The first date any calendar supports. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  /** The last date any calendar supports. */
  public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2199;
  private static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;
  private static final long[] YEAR_START = new long[YEARS + 1];
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long SECONDS_PER_DAY = 86_400L;

  /**
   * The year (index from 1900) of the first day of each block of 32 days from 1 January 1900: a
   * block holds at most one New Year, so the year of a day is its block's year or the next.
   */
  private static final int BLOCK_SHIFT = 5;

  private static final short[] YEAR_OF_BLOCK;

  private static final long FIRST_EPOCH_DAY;
  private static final long SPAN_DAYS;

  /** Budgets below a year of seconds are tried within the start's year first. */
  private static final long ONE_YEAR_SECONDS = 366L * SECONDS_PER_DAY;

  private static final VarHandle TABLES = MethodHandles.arrayElementVarHandle(YearTable[].class);

  static {
    for (int i = 0; i <= YEARS; i++) {
      YEAR_START[i] = LocalDate.of(FIRST_YEAR + i, 1, 1).toEpochDay();
    }
    FIRST_EPOCH_DAY = YEAR_START[0];
    long span = YEAR_START[YEARS] - YEAR_START[0];
    SPAN_DAYS = span;
    YEAR_OF_BLOCK = new short[(int) ((span >>> BLOCK_SHIFT) + 1)];
    int year = 0;
    for (int b = 0; b < YEAR_OF_BLOCK.length; b++) {
      long first = YEAR_START[0] + ((long) b << BLOCK_SHIFT);
      while (year < YEARS - 1 && YEAR_START[year + 1] <= first) {
        year++;
      }
      YEAR_OF_BLOCK[b] = (short) year;
    }
  }

  /** The zone of the Vietnamese calendars. */
  static final ZoneId VIETNAM_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final class VietnamHolder {
    static final WorkingCalendar VIETNAM =
        builder("vietnam")
            .rules(HolidayRules.vietnam())
            .schedule(AnnouncedSchedule.vietnam())
            .build();
  }

  private final String name;
  private final ZoneId zone;
  private final WorkingWeek week;
  private final WorkingCalendar base;
  private final ImmutableSortedMap<DayOfWeek, ImmutableList<WorkingPeriod>> weekOverrides;
  private final Duration standardDayOverride;
  private final HolidayRules rules;
  private final ImmutableList<AnnouncedSchedule> schedules;
  private final ImmutableList<AnnouncedSchedule> amendments;
  private final ImmutableSortedMap<LocalDate, DatedDay> localDays;

  private final ImmutableSortedSet<Integer> announcedYears;
  private final ImmutableSortedMap<LocalDate, SpecialDay> announcedDays;

  /** The holidays each announced year's schedule names by a day's observance. */
  private final ImmutableMap<Integer, Set<Holiday>> namedHolidays;

  private final ImmutableSortedMap<LocalDate, SpecialDay> amendedDays;
  private final ZoneRules zoneRules;
  private final DayLayout[] weekLayouts;
  private final DayLayout makeupLayout;

  /**
   * The tables by year index, built on first use. Read without a lock: a table is immutable and all
   * its state hangs off final fields, so a racing reader sees either null (and builds or takes the
   * published table, see {@link #buildTable(int)}) or a complete table.
   */
  private final YearTable[] tables = new YearTable[YEARS];

  /**
   * From this epoch second on the zone's offset is {@link #fixedOffset} for good (Vietnam: since
   * 1975; a fixed-offset zone: always), so instants convert to local time by an addition. {@link
   * Long#MAX_VALUE} for zones that keep changing their offset (daylight saving): they ask the zone
   * rules.
   */
  private final long fixedFrom;

  private final int fixedOffset;

  /** Tests only: convert through the zone rules even where the offset is fixed. */
  private final boolean generalZonePath;

  private WorkingCalendar(Builder b) {
    this.name = b.name;
    this.generalZonePath = b.generalZonePath;
    this.base = b.base;
    this.localDays = ImmutableSortedMap.copyOf(b.days);
    if (base == null) {
      this.zone = b.zone;
      WorkingWeek.Builder wb = WorkingWeek.builder().standardDay(b.standardDay);
      b.weekDays.forEach(wb::day);
      this.week = wb.build();
      this.weekOverrides = ImmutableSortedMap.of();
      this.standardDayOverride = null;
      this.rules = b.rules;
      this.schedules = ImmutableList.copyOf(b.schedules);
      this.amendments = ImmutableList.copyOf(b.amendments);
    } else {
      this.zone = base.zone;
      WorkingWeek.Builder wb = base.week.toBuilder();
      b.weekDays.forEach(wb::day);
      if (b.standardDay != null) {
        wb.standardDay(b.standardDay);
      }
      this.week = wb.build();
      this.weekOverrides = ImmutableSortedMap.copyOf(b.weekDays);
      this.standardDayOverride = b.standardDay;
      this.rules = base.rules;
      this.schedules = base.schedules;
      this.amendments = base.amendments;
    }
    this.zoneRules = zone.getRules();
    long from = Long.MAX_VALUE;
    int offset = 0;
    if (!generalZonePath && zoneRules.getTransitionRules().isEmpty()) {
      List<ZoneOffsetTransition> transitions = zoneRules.getTransitions();
      if (transitions.isEmpty()) {
        from = Long.MIN_VALUE;
        offset = zoneRules.getOffset(Instant.EPOCH).getTotalSeconds();
      } else {
        ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
        from = last.toEpochSecond();
        offset = last.getOffsetAfter().getTotalSeconds();
      }
    }
    this.fixedFrom = from;
    this.fixedOffset = offset;
    // Merge the schedules: a later schedule replaces the announcements of the years it covers.
    SortedMap<LocalDate, SpecialDay> days = new TreeMap<>();
    Map<LocalDate, Integer> yearOf = new HashMap<>();
    SortedSet<Integer> years = new TreeSet<>();
    if (base == null) {
      for (AnnouncedSchedule s : schedules) {
        for (int y : s.years()) {
          years.add(y);
          for (var it = yearOf.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<LocalDate, Integer> e = it.next();
            if (e.getValue() == y) {
              days.remove(e.getKey());
              it.remove();
            }
          }
          for (SpecialDay d : s.days(y)) {
            days.put(d.date(), d);
            yearOf.put(d.date(), y);
          }
        }
      }
    }
    Map<Integer, Set<Holiday>> named = new HashMap<>();
    yearOf.forEach(
        (date, y) ->
            days.get(date)
                .observance()
                .ifPresent(
                    o ->
                        named
                            .computeIfAbsent(y, k -> EnumSet.noneOf(Holiday.class))
                            .addAll(o.holidays())));
    // Amendments correct single days: a later one replaces an earlier one on the same date.
    SortedMap<LocalDate, SpecialDay> amended = new TreeMap<>();
    if (base == null) {
      for (AnnouncedSchedule s : amendments) {
        for (SpecialDay d : s.days()) {
          amended.put(d.date(), d);
        }
      }
    }
    this.announcedYears = ImmutableSortedSet.copyOf(years);
    this.announcedDays = ImmutableSortedMap.copyOf(days);
    this.namedHolidays = ImmutableMap.copyOf(named);
    this.amendedDays = ImmutableSortedMap.copyOf(amended);
    this.weekLayouts = new DayLayout[7];
    Map<List<WorkingPeriod>, DayLayout> interned = new HashMap<>();
    interned.put(List.of(), DayLayout.NONE);
    for (DayOfWeek d : DayOfWeek.values()) {
      weekLayouts[d.ordinal()] =
          interned.computeIfAbsent(List.copyOf(week.periods(d)), DayLayout::new);
    }
    this.makeupLayout = interned.computeIfAbsent(List.copyOf(week.makeupPeriods()), DayLayout::new);
  }

  /**
   * Returns the bundled national public-sector calendar of Vietnam, named {@code "vietnam"}: zone
   * {@code Asia/Ho_Chi_Minh}, Monday to Friday 07:30–11:30 and 13:00–17:00 with a standard day of 8
   * hours ({@link WorkingWeek#publicSector()}), the Labour Code holidays ({@link
   * HolidayRules#vietnam()}) and the schedules the government announced for 2019 to 2026 ({@link
   * AnnouncedSchedule#vietnam()}). Other years are provisional.
   *
   * @return the shared instance
   */
  public static WorkingCalendar vietnam() {
    return VietnamHolder.VIETNAM;
  }

  /**
   * Returns a builder for a new calendar with: zone {@code Asia/Ho_Chi_Minh}, the public-sector
   * week, no holiday rules ({@link HolidayRules#none()}), no schedules, no dated days.
   *
   * @param name the calendar's name, not blank
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(null, name);
  }

  /**
   * Returns a builder holding this calendar's settings, to derive a changed copy (for a variant, a
   * variant of the same base).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(base, name);
    if (base == null) {
      b.zone = zone;
      b.weekDays.clear();
      for (DayOfWeek d : DayOfWeek.values()) {
        if (!week.periods(d).isEmpty()) {
          b.weekDays.put(d, ImmutableList.copyOf(week.periods(d)));
        }
      }
      b.standardDay = week.standardDay();
      b.rules = rules;
      b.schedules.addAll(schedules);
      b.amendments.addAll(amendments);
    } else {
      b.weekDays.putAll(weekOverrides);
      b.standardDay = standardDayOverride;
    }
    b.days.putAll(localDays);
    return b;
  }

  /**
   * Starts a variant of this calendar for one agency or desk, derived without copying: the variant
   * keeps a reference to this calendar and its own overrides (weekday periods, standard day, dated
   * days), and builds its own tables lazily. It shares this calendar's zone, holiday rules and
   * schedules; this calendar is unchanged.
   *
   * <pre>{@code
   * WorkingCalendar desk = WorkingCalendar.vietnam().variant("desk-hai-chau")
   *     .workingDay(DayOfWeek.SATURDAY, WorkingPeriod.parse("07:30-11:30"))
   *     .dayOff(LocalDate.of(2026, 3, 29), "local festival")
   *     .build();
   * }</pre>
   *
   * @param name the variant's name
   * @return a builder for the variant
   */
  public Builder variant(String name) {
    return new Builder(this, name);
  }

  /**
   * Returns the calendar's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the zone in which working periods are read.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the working week (for a variant, its base's week with the variant's overrides).
   *
   * @return the week
   */
  public WorkingWeek week() {
    return week;
  }

  /**
   * Returns the standard day length: the working time one working day of a time limit stands for.
   *
   * @return the standard day length
   */
  public Duration standardDay() {
    return week.standardDay();
  }

  /**
   * Returns the calendar this one is a variant of.
   *
   * @return the base, or empty for a calendar that is not a variant
   */
  public Optional<WorkingCalendar> base() {
    return Optional.ofNullable(base);
  }

  /**
   * Returns the holiday rules applied to years without an announced schedule (a variant's are its
   * base's).
   *
   * @return the rules
   */
  public HolidayRules rules() {
    return rules;
  }

  /**
   * Returns the announced schedules in the order added; a later one replaces the announcements of
   * the years it covers (a variant's are its base's).
   *
   * @return the schedules
   */
  public List<AnnouncedSchedule> schedules() {
    return schedules;
  }

  /**
   * Returns the amendments in the order added: schedules whose days correct single dates on top of
   * the rules and the announced schedules, without replacing a year (a variant's are its base's).
   *
   * @return the amendments
   */
  public List<AnnouncedSchedule> amendments() {
    return amendments;
  }

  /**
   * Returns the years covered by an announced schedule.
   *
   * @return the announced years, ascending
   */
  public SortedSet<Integer> announcedYears() {
    return base == null ? announcedYears : base.announcedYears();
  }

  /**
   * Returns the calendar's own dated days (for a variant, only the variant's), with origin {@link
   * Origin#LOCAL}.
   *
   * @return the dated days, by date
   */
  public List<SpecialDay> localDays() {
    return localDays.values().stream().map(DatedDay::day).toList();
  }

  ImmutableSortedMap<LocalDate, DatedDay> localDatedDays() {
    return localDays;
  }

  ImmutableSortedMap<DayOfWeek, ImmutableList<WorkingPeriod>> weekOverrides() {
    return weekOverrides;
  }

  Duration standardDayOverride() {
    return standardDayOverride;
  }

  /**
   * Returns whether the days off of a year are provisional: computed from the holiday rules because
   * no schedule announced the year. A calendar without holiday rules has no provisional year. A
   * variant answers as its base.
   *
   * @param year the year, 1900 to 2199
   * @return true when provisional
   * @throws DateOutOfRangeException if the year is outside the supported range
   */
  public boolean isProvisional(int year) {
    checkYear(year);
    if (base != null) {
      return base.isProvisional(year);
    }
    return !rules.isNone() && !announcedYears.contains(year);
  }

  /**
   * Returns what the calendar knows about a year: whether it is provisional and its special days
   * with reasons and origins.
   *
   * @param year the year, 1900 to 2199
   * @return the year
   * @throws DateOutOfRangeException if the year is outside the supported range
   */
  public CalendarYear year(int year) {
    checkYear(year);
    return new CalendarYear(
        year, isProvisional(year), table(year).specialList.stream().map(DatedDay::day).toList());
  }

  /**
   * Returns the days off between two dates, both inclusive, with their reasons: holidays,
   * compensatory, swapped and local days off and rest days inside announced breaks, but not plain
   * weekly rest days. For explanations such as "skipping 30 April and 1 May". Costs one step per
   * year plus one per day returned.
   *
   * @param from the first date
   * @param to the last date; not before {@code from}
   * @return the days off, by date
   * @throws DateOutOfRangeException if a date is outside the supported range
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public List<SpecialDay> daysOff(LocalDate from, LocalDate to) {
    checkDate(from, "from");
    checkDate(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("daysOff: 'to' " + to + " is before 'from' " + from);
    }
    List<SpecialDay> out = new ArrayList<>();
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      for (DatedDay d : table(y).specialList) {
        LocalDate date = d.day().date();
        if (!d.day().isWorking() && !date.isBefore(from) && !date.isAfter(to)) {
          out.add(d.day());
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Describes a date: its kind, the reason, its working periods. A date that the rules, a schedule
   * or the calendar's dated days name is {@link DayKind#DAY_OFF} or {@link
   * DayKind#MAKEUP_WORKING_DAY} with their reason, even on a weekly rest day (a Saturday inside the
   * Tết break says so); other dates are {@link DayKind#WORKING_DAY} or {@link DayKind#WEEKLY_REST}
   * with an empty reason.
   *
   * @param date the date
   * @return the description
   * @throws DateOutOfRangeException if the date is outside {@link #MIN_DATE}..{@link #MAX_DATE}
   */
  public DayInfo describe(LocalDate date) {

    YearTable t = tableOf(date, "date");
    return t.describe(t.dayOf(date));
  }

  /**
   * Returns whether a date is a working day.
   *
   * @param date the date
   * @return true if it has working time
   * @throws DateOutOfRangeException if the date is outside the supported range
   */
  public boolean isWorkingDay(LocalDate date) {

    YearTable t = tableOf(date, "date");
    return t.layout(t.dayOf(date)).isWorking();
  }

  /**
   * Returns whether an instant lies inside a working period.
   *
   * @param instant the instant
   * @return true inside working time (a period's start inclusive, its end exclusive)
   * @throws DateOutOfRangeException if the instant's local date is outside the supported range
   */
  public boolean isWorkingTime(Instant instant) {

    requireNonNull(instant, "instant");
    long local = localSecond(instant);
    long epochDay = Math.floorDiv(local, SECONDS_PER_DAY);
    YearTable t = tableAt(epochDay, instant, "instant");
    return t.layout((int) (epochDay - t.firstEpochDay))
        .contains(nanoOfDay(local, epochDay, instant));
  }

  /**
   * Returns the instant itself when it lies in working time, else the start of the next working
   * period.
   *
   * @param instant the instant
   * @return the next working instant
   * @throws DateOutOfRangeException if the instant, or the next working period, is outside the
   *     supported range
   */
  public Instant nextWorkingInstant(Instant instant) {

    requireNonNull(instant, "instant");
    long local = localSecond(instant);
    long epochDay = Math.floorDiv(local, SECONDS_PER_DAY);
    YearTable t = tableAt(epochDay, instant, "instant");
    int day = (int) (epochDay - t.firstEpochDay);
    long nano = nanoOfDay(local, epochDay, instant);
    DayLayout layout = t.layout(day);
    if (layout.contains(nano)) {
      return instant;
    }
    long level = t.workingAt(day, nano);
    while (level >= t.total) {
      t = nextYear(t, "nextWorkingInstant", instant, null);
      level = 0;
    }
    return t.latestAt(level);
  }

  /**
   * Returns the instant itself when it lies in working time, else the close of the last working
   * period that ended at or before it (for 12:00 on a working day, 11:30; for Monday 07:00, the
   * previous working day's close).
   *
   * @param instant the instant
   * @return the previous working instant
   * @throws DateOutOfRangeException if the instant, or the previous working period, is outside the
   *     supported range
   */
  public Instant previousWorkingInstant(Instant instant) {

    requireNonNull(instant, "instant");
    long local = localSecond(instant);
    long epochDay = Math.floorDiv(local, SECONDS_PER_DAY);
    YearTable t = tableAt(epochDay, instant, "instant");
    int day = (int) (epochDay - t.firstEpochDay);
    long nano = nanoOfDay(local, epochDay, instant);
    if (t.layout(day).contains(nano)) {
      return instant;
    }
    long level = t.workingAt(day, nano);
    while (level == 0) {
      t = previousYear(t, "previousWorkingInstant", instant, null);
      level = t.total;
    }
    return t.earliestAt(level);
  }

  /**
   * Returns the instant a working day opens: the start of its first period.
   *
   * @param date a working day
   * @return the opening instant
   * @throws NotAWorkingDayException if the date has no working time
   * @throws DateOutOfRangeException if the date is outside the supported range
   */
  public Instant openingInstant(LocalDate date) {

    YearTable t = tableOf(date, "date");
    int day = t.dayOf(date);
    DayLayout l = t.layout(day);
    if (!l.isWorking()) {
      throw new NotAWorkingDayException(name, date, t.describe(day));
    }
    return t.toInstant(day, l.opening());
  }

  /**
   * Returns the instant a working day closes: the end of its last period (17:00 in the public
   * sector). A deadline "at the close of the N-th working day" is {@code
   * closingInstant(addWorkingDays(start, n))}.
   *
   * @param date a working day
   * @return the closing instant
   * @throws NotAWorkingDayException if the date has no working time
   * @throws DateOutOfRangeException if the date is outside the supported range
   */
  public Instant closingInstant(LocalDate date) {

    YearTable t = tableOf(date, "date");
    int day = t.dayOf(date);
    DayLayout l = t.layout(day);
    if (!l.isWorking()) {
      throw new NotAWorkingDayException(name, date, t.describe(day));
    }
    return t.toInstant(day, l.closing());
  }

  /**
   * Adds working days to a date.
   *
   * @param start the date to count from
   * @param n for n &gt; 0 the n-th working day strictly after {@code start}; for n &lt; 0 the
   *     |n|-th working day strictly before; for 0, {@code start} if it is a working day, else the
   *     next one
   * @return the working day
   * @throws DateOutOfRangeException if {@code start} or the result is outside the supported range
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {

    YearTable t = tableOf(start, "start");
    int day = t.dayOf(start);
    if (n > 0 && n <= t.workingDays) {
      // The common case: the result lies in the start's year; two array reads.
      int k = t.workingDaysBefore(day + 1) + n;
      if (k <= t.workingDays) {
        return t.workingDate(k);
      }
    }
    // k: the 1-based ordinal, counted from the start of t's year, of the working day wanted.
    long k;
    if (n > 0) {
      k = (long) t.workingDaysBefore(day + 1) + n;
    } else if (n == 0) {
      if (t.layout(day).isWorking()) {
        return start;
      }
      k = t.workingDaysBefore(day) + 1L;
    } else {
      k = (long) t.workingDaysBefore(day) + n + 1;
    }
    while (k > t.workingDays) {
      k -= t.workingDays;
      t = nextYear(t, "addWorkingDays", start, n);
    }
    while (k <= 0) {
      t = previousYear(t, "addWorkingDays", start, n);
      k += t.workingDays;
    }
    return t.workingDate((int) k);
  }

  /**
   * Counts working days in {@code (a, b]}; negative when {@code b} is before {@code a}.
   *
   * @param a the exclusive start
   * @param b the inclusive end
   * @return the number of working days
   * @throws DateOutOfRangeException if a date is outside the supported range
   */
  public int workingDaysBetween(LocalDate a, LocalDate b) {

    YearTable ta = tableOf(a, "a");
    YearTable tb = tableOf(b, "b");
    if (b.isBefore(a)) {
      return -workingDaysBetween(b, a);
    }
    int sum = tb.workingDaysBefore(tb.dayOf(b) + 1) - ta.workingDaysBefore(ta.dayOf(a) + 1);
    for (int y = ta.year; y < tb.year; y++) {
      sum += table(y).workingDays;
    }
    return sum;
  }

  /**
   * Returns the earliest instant at which {@code d} of working time has passed since {@code start};
   * counting begins at the next working instant. A deadline that ends with a period ends at that
   * period's close (11:30, not 13:00). Received Monday 09:00 with 8 hours on the public-sector
   * week: Tuesday 09:00.
   *
   * <p>A negative duration subtracts: the result is then the <i>latest</i> instant {@code x} such
   * that the working time in {@code [x, start)} is {@code |d|}, so it lands on the opening of a
   * period rather than the close of the one before (Tuesday 14:00 minus 1 hour is 13:00, not 11:30;
   * Tuesday 11:30 minus 4 hours is Tuesday 07:30, not Monday 17:00). A zero duration returns {@code
   * start}.
   *
   * @param start the instant to count from
   * @param d the working time to add, or to subtract when negative
   * @return the instant
   * @throws DateOutOfRangeException if {@code start} or the result is outside the supported range
   */
  public Instant addWorkingTime(Instant start, Duration d) {

    requireNonNull(d, "d");
    requireNonNull(start, "start");
    long local = localSecond(start);
    long epochDay = Math.floorDiv(local, SECONDS_PER_DAY);
    YearTable t = tableAt(epochDay, start, "start");
    long seconds = d.getSeconds();
    int nanos = d.getNano();
    if ((seconds | nanos) == 0) {
      return start;
    }
    long level = t.workingAt((int) (epochDay - t.firstEpochDay), nanoOfDay(local, epochDay, start));
    if (seconds >= 0 && seconds < ONE_YEAR_SECONDS) {
      // The common case: a positive budget reached within the start's year.
      long target = level + seconds * NANOS_PER_SECOND + nanos;
      if (target <= t.total) {
        return t.earliestAt(target);
      }
    }
    return addWorkingTimeAcrossYears(t, level, start, d);
  }

  /** {@link #addWorkingTime} from working level {@code level} of table {@code t}, any budget. */
  private Instant addWorkingTimeAcrossYears(YearTable t, long level, Instant start, Duration d) {
    long need;
    try {
      need = d.abs().toNanos();
    } catch (ArithmeticException e) {
      // More than 292 years of working time: beyond any calendar's range.
      throw new DateOutOfRangeException(
          "working calendar '" + name + "': addWorkingTime(" + start + ", " + d + ")",
          d.isNegative() ? MIN_DATE.minusDays(1) : MAX_DATE.plusDays(1),
          MIN_DATE,
          MAX_DATE);
    }
    if (!d.isNegative()) {
      long rem = need;
      while (rem > t.total - level) {
        rem -= t.total - level;
        t = nextYear(t, "addWorkingTime", start, d);
        level = 0;
      }
      return t.earliestAt(level + rem);
    }
    long rem = need;
    while (rem > level) {
      rem -= level;
      t = previousYear(t, "addWorkingTime", start, d);
      level = t.total;
    }
    return t.latestAt(level - rem);
  }

  /**
   * Measures the working time in {@code [a, b)}; negative when {@code b} is before {@code a}.
   *
   * @param a the start
   * @param b the end
   * @return the working time
   * @throws DateOutOfRangeException if an instant's local date is outside the supported range
   */
  public Duration workingTimeBetween(Instant a, Instant b) {

    requireNonNull(a, "a");
    requireNonNull(b, "b");
    if (b.isBefore(a)) {
      return workingTimeBetween(b, a).negated();
    }
    long localA = localSecond(a);
    long dayA = Math.floorDiv(localA, SECONDS_PER_DAY);
    YearTable ta = tableAt(dayA, a, "a");
    long localB = localSecond(b);
    long dayB = Math.floorDiv(localB, SECONDS_PER_DAY);
    YearTable tb = tableAt(dayB, b, "b");
    long wa = ta.workingAt((int) (dayA - ta.firstEpochDay), nanoOfDay(localA, dayA, a));
    long wb = tb.workingAt((int) (dayB - tb.firstEpochDay), nanoOfDay(localB, dayB, b));
    if (ta == tb) {
      return Duration.ofNanos(wb - wa);
    }
    if (tb.year - ta.year < 200) {
      // A year holds less than 3.2e16 working nanoseconds: 200 of them fit in a long.
      long nanos = ta.total - wa + wb;
      for (int y = ta.year + 1; y < tb.year; y++) {
        nanos += table(y).total;
      }
      return Duration.ofNanos(nanos);
    }
    Duration sum = Duration.ofNanos(ta.total - wa).plusNanos(wb);
    for (int y = ta.year + 1; y < tb.year; y++) {
      sum = sum.plusNanos(table(y).total);
    }
    return sum;
  }

  // ---------------------------------------------------------------- tables

  YearTable table(int year) {
    return tableByIndex(year - FIRST_YEAR);
  }

  private YearTable tableByIndex(int i) {
    YearTable t = tables[i];
    return t != null ? t : buildTable(i);
  }

  /** Builds and publishes the table of year index {@code i}; the first table published wins. */
  private YearTable buildTable(int i) {
    YearTable t = newTable(FIRST_YEAR + i);
    if (!TABLES.compareAndSet(tables, i, (YearTable) null, t)) {
      t = (YearTable) TABLES.getVolatile(tables, i);
    }
    return t;
  }

  private YearTable newTable(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    TreeMap<LocalDate, DatedDay> specials = new TreeMap<>();
    if (base == null) {
      boolean announced = announcedYears.contains(year);
      if (!rules.isNone()) {
        for (SpecialDay d : rules.daysOff(year, week)) {
          if (!announced) {
            specials.put(d.date(), DatedDay.of(d));
          } else if (newerThanAnnouncement(d, year)) {
            specials.put(d.date(), DatedDay.of(notInSchedule(d, year)));
          }
        }
      }
      for (SpecialDay d : announcedDays.subMap(first, true, last, true).values()) {
        specials.put(d.date(), DatedDay.of(d));
      }
      for (SpecialDay d : amendedDays.subMap(first, true, last, true).values()) {
        specials.put(d.date(), DatedDay.of(d));
      }
    } else {
      for (DatedDay d : base.table(year).specialList) {
        specials.put(d.day().date(), d);
      }
    }
    specials.putAll(localDays.subMap(first, true, last, true));
    return YearTable.build(year, zone, weekLayouts, makeupLayout, specials, !generalZonePath);
  }

  /**
   * Whether a rules day belongs to an announced year although the announcement is silent: its
   * holiday was added after the Labour Code, the year's announcement names no day of it and does
   * not list the date. See the class comment.
   */
  private boolean newerThanAnnouncement(SpecialDay d, int year) {
    Set<Holiday> named = namedHolidays.getOrDefault(year, Set.of());
    return d.observance()
            .map(
                o ->
                    o.holidays().stream()
                        .allMatch(h -> h.inForceFrom().isPresent() && !named.contains(h)))
            .orElse(false)
        && !announcedDays.containsKey(d.date());
  }

  private static SpecialDay notInSchedule(SpecialDay d, int year) {
    return new SpecialDay(
        d.date(),
        d.kind(),
        d.reason() + "; not in the announced " + year + " schedule, which predates it",
        d.origin(),
        d.source(),
        d.observance());
  }

  /** The table of a date's year; the check of the supported range. */
  private YearTable tableOf(LocalDate date, String param) {
    requireNonNull(date, param);
    int i = date.getYear() - FIRST_YEAR;
    if (i < 0 || i >= YEARS) {
      throw new DateOutOfRangeException(
          "working calendar '" + name + "', " + param, date, MIN_DATE, MAX_DATE);
    }
    return tableByIndex(i);
  }

  /** The table of the year holding a local epoch day of {@code instant}; the range check. */
  private YearTable tableAt(long epochDay, Instant instant, String param) {
    long rel = epochDay - FIRST_EPOCH_DAY;
    if (rel < 0 || rel >= SPAN_DAYS) {
      throw outOfRange(instant, param, epochDay);
    }
    int i = YEAR_OF_BLOCK[(int) (rel >>> BLOCK_SHIFT)];
    if (epochDay >= YEAR_START[i + 1]) {
      i++;
    }
    return tableByIndex(i);
  }

  /** The local epoch second of an instant (seconds since 1970-01-01T00:00 on the wall clock). */
  private long localSecond(Instant instant) {
    long second = instant.getEpochSecond();
    if (second >= fixedFrom) {
      return second + fixedOffset;
    }
    return second + zoneRules.getOffset(instant).getTotalSeconds();
  }

  private static long nanoOfDay(long localSecond, long epochDay, Instant instant) {
    return (localSecond - epochDay * SECONDS_PER_DAY) * NANOS_PER_SECOND + instant.getNano();
  }

  private DateOutOfRangeException outOfRange(Instant instant, String param, long epochDay) {
    LocalDate date;
    try {
      date = LocalDateTime.ofInstant(instant, zone).toLocalDate();
    } catch (DateTimeException e) {
      date = epochDay < 0 ? LocalDate.MIN : LocalDate.MAX;
    }
    return new DateOutOfRangeException(
        "working calendar '" + name + "', " + param + " " + instant, date, MIN_DATE, MAX_DATE);
  }

  /**
   * Tests only: the same calendar converting every instant and local time through the zone rules,
   * without the fixed-offset shortcuts, so that both paths can be compared.
   */
  WorkingCalendar withGeneralZonePath() {
    Builder b = toBuilder();
    b.generalZonePath = true;
    return b.build();
  }

  // The arguments are only formatted when the range is exceeded: these run on every hot path.
  private YearTable nextYear(YearTable t, String method, Object a, Object b) {
    if (t.year >= LAST_YEAR) {
      throw beyond(method, a, b, MAX_DATE.plusDays(1));
    }
    return table(t.year + 1);
  }

  private YearTable previousYear(YearTable t, String method, Object a, Object b) {
    if (t.year <= FIRST_YEAR) {
      throw beyond(method, a, b, MIN_DATE.minusDays(1));
    }
    return table(t.year - 1);
  }

  // A number of days is boxed for the message only when the range is exceeded.
  private YearTable nextYear(YearTable t, String method, Object a, int n) {
    if (t.year >= LAST_YEAR) {
      throw beyond(method, a, n, MAX_DATE.plusDays(1));
    }
    return table(t.year + 1);
  }

  private YearTable previousYear(YearTable t, String method, Object a, int n) {
    if (t.year <= FIRST_YEAR) {
      throw beyond(method, a, n, MIN_DATE.minusDays(1));
    }
    return table(t.year - 1);
  }

  private DateOutOfRangeException beyond(String method, Object a, Object b, LocalDate date) {
    String call = method + "(" + a + (b == null ? "" : ", " + b) + ")";
    return new DateOutOfRangeException(
        "working calendar '" + name + "': " + call + " reaches past the supported range",
        date,
        MIN_DATE,
        MAX_DATE);
  }

  private void checkDate(LocalDate date, String param) {
    requireNonNull(date, param);
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw new DateOutOfRangeException(
          "working calendar '" + name + "', " + param, date, MIN_DATE, MAX_DATE);
    }
  }

  private void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new DateOutOfRangeException(
          "working calendar '" + name + "', year " + year,
          year < FIRST_YEAR ? MIN_DATE.minusDays(1) : MAX_DATE.plusDays(1),
          MIN_DATE,
          MAX_DATE);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingCalendar c
        && c.name.equals(name)
        && c.zone.equals(zone)
        && c.week.equals(week)
        && Objects.equals(c.base, base)
        && c.weekOverrides.equals(weekOverrides)
        && Objects.equals(c.standardDayOverride, standardDayOverride)
        && c.rules.equals(rules)
        && c.schedules.equals(schedules)
        && c.amendments.equals(amendments)
        && c.localDays.equals(localDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, zone, week, base, rules, schedules, amendments, localDays);
  }

  @Override
  public String toString() {
    return "WorkingCalendar["
        + name
        + ", "
        + zone
        + (base == null ? "" : ", variant of " + base.name)
        + "]";
  }

  /**
   * Builds a {@link WorkingCalendar} or a variant of one. Not thread-safe. A variant takes its
   * zone, holiday rules and schedules from its base, so setting them on a variant's builder throws
   * {@link IllegalStateException}.
   */
  public static final class Builder {
    private final WorkingCalendar base;
    private String name;
    private ZoneId zone = VIETNAM_ZONE;
    private final EnumMap<DayOfWeek, ImmutableList<WorkingPeriod>> weekDays =
        new EnumMap<>(DayOfWeek.class);
    private Duration standardDay;
    private HolidayRules rules = HolidayRules.none();
    private final List<AnnouncedSchedule> schedules = new ArrayList<>();
    private final List<AnnouncedSchedule> amendments = new ArrayList<>();
    private final TreeMap<LocalDate, DatedDay> days = new TreeMap<>();
    private boolean generalZonePath;

    private Builder(WorkingCalendar base, String name) {
      this.base = base;
      name(name);
      if (base == null) {
        week(WorkingWeek.publicSector());
      }
    }

    /**
     * Sets the calendar's name.
     *
     * @param name the name, not blank
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder name(String name) {
      requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("a calendar's name must not be blank");
      }
      this.name = name;
      return this;
    }

    /**
     * Sets the zone in which working periods are read.
     *
     * @param zone the zone
     * @return this builder
     * @throws IllegalStateException on a variant's builder
     */
    public Builder zone(ZoneId zone) {
      requireNonNull(zone, "zone");
      rootOnly("zone");
      this.zone = zone;
      return this;
    }

    /**
     * Sets every weekday's periods and the standard day from a week (on a variant's builder, as
     * overrides of all seven weekdays and of the standard day).
     *
     * @param week the week
     * @return this builder
     */
    public Builder week(WorkingWeek week) {
      requireNonNull(week, "week");
      weekDays.clear();
      for (DayOfWeek d : DayOfWeek.values()) {
        if (base != null || !week.periods(d).isEmpty()) {
          weekDays.put(d, ImmutableList.copyOf(week.periods(d)));
        }
      }
      standardDay = week.standardDay();
      return this;
    }

    /**
     * Sets the periods of one weekday (for a variant: overrides the base's).
     *
     * @param day the weekday
     * @param periods one or more periods, in order, not overlapping
     * @return this builder
     * @throws IllegalArgumentException if no period is given or periods overlap or are out of order
     */
    public Builder workingDay(DayOfWeek day, WorkingPeriod... periods) {
      requireNonNull(day, "day");
      if (periods.length == 0) {
        throw new IllegalArgumentException(
            "workingDay(" + day + ") needs at least one period; use restDay for a rest day");
      }
      WorkingWeek checked = WorkingWeek.builder().day(day, periods).build();
      weekDays.put(day, ImmutableList.copyOf(checked.periods(day)));
      return this;
    }

    /**
     * Makes one weekday a weekly rest day (for a variant: overrides the base's).
     *
     * @param day the weekday
     * @return this builder
     */
    public Builder restDay(DayOfWeek day) {
      requireNonNull(day, "day");
      if (base == null) {
        weekDays.remove(day);
      } else {
        weekDays.put(day, ImmutableList.of());
      }
      return this;
    }

    /**
     * Sets the standard day length (for a variant: overrides the base's).
     *
     * @param length a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder standardDay(Duration length) {
      this.standardDay = WorkingWeek.builder().standardDay(length).build().standardDay();
      return this;
    }

    /**
     * Sets the holiday rules applied to years no schedule announces.
     *
     * @param rules the rules; {@link HolidayRules#none()} for none
     * @return this builder
     * @throws IllegalStateException on a variant's builder
     */
    public Builder rules(HolidayRules rules) {
      requireNonNull(rules, "rules");
      rootOnly("rules");
      this.rules = rules;
      return this;
    }

    /**
     * Adds an announced schedule. It replaces, for the years it covers, the announcements of the
     * schedules added before it (so a corrected 2026 or a new 2027 is simply added).
     *
     * @param schedule the schedule
     * @return this builder
     * @throws IllegalStateException on a variant's builder
     */
    public Builder schedule(AnnouncedSchedule schedule) {
      requireNonNull(schedule, "schedule");
      rootOnly("schedule");
      schedules.add(schedule);
      return this;
    }

    /**
     * Adds an amendment: a schedule whose days correct single dates. Each of its days replaces, on
     * its date, what the rules, the announced schedules and earlier amendments say; every other day
     * stays as it was, and a year stays announced or provisional as it was. One line of CSV (or of
     * YAML in a {@link CalendarDefinition}'s {@code amendments}) corrects one day without a
     * release:
     *
     * <pre>{@code
     * // vn-fixes.csv:
     * //   date,kind,reason,source
     * //   2026-11-24,makeup_workday,Culture Day not observed by this agency,internal notice 12/2026
     * WorkingCalendar cal = WorkingCalendar.vietnam().toBuilder()
     *     .amend(AnnouncedSchedule.read(Path.of("vn-fixes.csv")))
     *     .build();
     * }</pre>
     *
     * <p>A day an amendment makes working ({@code makeup_workday}) is worked with the make-up
     * periods of the calendar that applies it.
     *
     * @param amendment the amendment
     * @return this builder
     * @throws IllegalStateException on a variant's builder
     */
    public Builder amend(AnnouncedSchedule amendment) {
      requireNonNull(amendment, "amendment");
      rootOnly("amendments");
      amendments.add(amendment);
      return this;
    }

    /**
     * Removes every schedule added so far.
     *
     * @return this builder
     * @throws IllegalStateException on a variant's builder
     */
    public Builder clearSchedules() {
      rootOnly("clearSchedules");
      schedules.clear();
      return this;
    }

    /**
     * Makes a date a day off of this calendar (a local festival, a closure), whatever the week,
     * rules and schedules say. Replaces an earlier dated day on that date.
     *
     * @param date the date
     * @param reason why, for explanations; not blank
     * @return this builder
     * @throws DateOutOfRangeException if the date is outside the supported range
     * @throws IllegalArgumentException if the reason is blank
     */
    public Builder dayOff(LocalDate date, String reason) {
      checkBuilderDate(date);
      days.put(date, DatedDay.of(new SpecialDay(date, Kind.DAY_OFF, reason, Origin.LOCAL, "")));
      return this;
    }

    /**
     * Makes a date a working day of this calendar, whatever the week, rules and schedules say.
     * Replaces an earlier dated day on that date.
     *
     * @param date the date
     * @param reason why, for explanations; not blank
     * @param periods the day's periods, in order, not overlapping; none for the make-up periods of
     *     the calendar ({@link WorkingWeek#makeupPeriods()})
     * @return this builder
     * @throws DateOutOfRangeException if the date is outside the supported range
     * @throws IllegalArgumentException if the reason is blank or the periods overlap
     */
    public Builder workingDay(LocalDate date, String reason, WorkingPeriod... periods) {
      checkBuilderDate(date);
      List<WorkingPeriod> list = null;
      if (periods.length > 0) {
        list =
            WorkingWeek.builder()
                .day(date.getDayOfWeek(), periods)
                .build()
                .periods(date.getDayOfWeek());
      }
      days.put(
          date,
          new DatedDay(
              new SpecialDay(date, Kind.MAKEUP_WORKING_DAY, reason, Origin.LOCAL, ""), list));
      return this;
    }

    /**
     * Removes the dated day on a date, if any.
     *
     * @param date the date
     * @return this builder
     */
    public Builder removeDay(LocalDate date) {
      days.remove(requireNonNull(date, "date"));
      return this;
    }

    private void checkBuilderDate(LocalDate date) {
      requireNonNull(date, "date");
      if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
        throw new DateOutOfRangeException(
            "working calendar '" + name + "', dated day", date, MIN_DATE, MAX_DATE);
      }
    }

    private void rootOnly(String what) {
      if (base != null) {
        throw new IllegalStateException(
            "variant '"
                + name
                + "' takes its "
                + what
                + " from its base '"
                + base.name
                + "'; set it on the base calendar");
      }
    }

    /**
     * Builds the calendar. Tables are built later, per year, on first use.
     *
     * @return the calendar
     */
    public WorkingCalendar build() {
      return new WorkingCalendar(this);
    }
  }
}
