package io.github.motcua.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.motcua.calendar.SpecialDay.Kind;
import io.github.motcua.calendar.SpecialDay.Origin;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A working calendar (lịch làm việc): a zone, a working week, holiday rules, announced holiday
 * schedules and dated days, and exact working-time arithmetic on them. Immutable and thread-safe.
 *
 * <p><b>Which days are worked.</b> For a date the calendar applies, last one winning: the working
 * week; for a year no announced schedule covers, the days off of its {@link HolidayRules} (such a
 * year is <i>provisional</i>, see {@link #isProvisional(int)}); the days of its {@link
 * AnnouncedSchedule}s (an announced year takes no day from the rules); its own dated days (a local
 * festival, an extra working day). A variant ({@link #variant(String)}) starts from its base
 * calendar's days, works its own week on the base's ordinary days and applies its own dated days on
 * top. Make-up working days are worked with {@link WorkingWeek#makeupPeriods()}.
 *
 * <p><b>Time.</b> Working periods are local times in {@link #zone()}. Working time is measured on
 * the local wall clock, exactly to the nanosecond (in a zone with daylight saving a period that
 * spans a transition counts its wall-clock length). Dates and instants must lie, in the zone,
 * within {@link #MIN_DATE} to {@link #MAX_DATE}; otherwise, and when a result would lie outside,
 * the methods throw {@link DateOutOfRangeException}.
 *
 * <p><b>Cost.</b> Each operation costs the same for one day as for 250 working days: the calendar
 * builds a table per year on first use (cumulative working time and working days per day; see
 * {@code YearTable}), caches it, and answers by binary search and index arithmetic. A span of
 * several years adds each year's total, never walks the days.
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
  private static final long NANOS_PER_DAY = 86_400_000_000_000L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  static {
    for (int i = 0; i <= YEARS; i++) {
      YEAR_START[i] = LocalDate.of(FIRST_YEAR + i, 1, 1).toEpochDay();
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
  private final ImmutableSortedMap<LocalDate, DatedDay> localDays;

  private final ImmutableSortedSet<Integer> announcedYears;
  private final ImmutableSortedMap<LocalDate, SpecialDay> announcedDays;
  private final ZoneRules zoneRules;
  private final DayLayout[] weekLayouts;
  private final DayLayout makeupLayout;
  private final AtomicReferenceArray<YearTable> tables = new AtomicReferenceArray<>(YEARS);

  private WorkingCalendar(Builder b) {
    this.name = b.name;
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
    }
    this.zoneRules = zone.getRules();
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
    this.announcedYears = ImmutableSortedSet.copyOf(years);
    this.announcedDays = ImmutableSortedMap.copyOf(days);
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
    checkDate(date, "date");
    YearTable t = table(date.getYear());
    return t.describe((int) (date.toEpochDay() - t.firstEpochDay));
  }

  /**
   * Returns whether a date is a working day.
   *
   * @param date the date
   * @return true if it has working time
   * @throws DateOutOfRangeException if the date is outside the supported range
   */
  public boolean isWorkingDay(LocalDate date) {
    checkDate(date, "date");
    YearTable t = table(date.getYear());
    return t.layout((int) (date.toEpochDay() - t.firstEpochDay)).isWorking();
  }

  /**
   * Returns whether an instant lies inside a working period.
   *
   * @param instant the instant
   * @return true inside working time (a period's start inclusive, its end exclusive)
   * @throws DateOutOfRangeException if the instant's local date is outside the supported range
   */
  public boolean isWorkingTime(Instant instant) {
    Pos p = locate(instant, "instant");
    return p.t.layout(p.day).contains(p.nano);
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
    Pos p = locate(instant, "instant");
    if (p.t.layout(p.day).contains(p.nano)) {
      return instant;
    }
    YearTable t = p.t;
    long level = t.workingAt(p.day, p.nano);
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
    Pos p = locate(instant, "instant");
    if (p.t.layout(p.day).contains(p.nano)) {
      return instant;
    }
    YearTable t = p.t;
    long level = t.workingAt(p.day, p.nano);
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
    checkDate(date, "date");
    YearTable t = table(date.getYear());
    int day = (int) (date.toEpochDay() - t.firstEpochDay);
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
    checkDate(date, "date");
    YearTable t = table(date.getYear());
    int day = (int) (date.toEpochDay() - t.firstEpochDay);
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
    checkDate(start, "start");
    YearTable t = table(start.getYear());
    int day = (int) (start.toEpochDay() - t.firstEpochDay);
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
    return t.date(t.workingDay((int) k));
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
    checkDate(a, "a");
    checkDate(b, "b");
    if (b.isBefore(a)) {
      return -workingDaysBetween(b, a);
    }
    YearTable ta = table(a.getYear());
    int through = ta.workingDaysBefore((int) (a.toEpochDay() - ta.firstEpochDay) + 1);
    YearTable tb = table(b.getYear());
    int throughB = tb.workingDaysBefore((int) (b.toEpochDay() - tb.firstEpochDay) + 1);
    int sum = -through;
    for (int y = a.getYear(); y < b.getYear(); y++) {
      sum += table(y).workingDays;
    }
    return sum + throughB;
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
    Pos p = locate(start, "start");
    if (d.isZero()) {
      return start;
    }
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
    YearTable t = p.t;
    long level = t.workingAt(p.day, p.nano);
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
    Pos pa = locate(a, "a");
    Pos pb = locate(b, "b");
    long wa = pa.t.workingAt(pa.day, pa.nano);
    long wb = pb.t.workingAt(pb.day, pb.nano);
    if (pa.t.year == pb.t.year) {
      return Duration.ofNanos(wb - wa);
    }
    Duration sum = Duration.ofNanos(pa.t.total - wa).plusNanos(wb);
    for (int y = pa.t.year + 1; y < pb.t.year; y++) {
      sum = sum.plusNanos(table(y).total);
    }
    return sum;
  }

  // ---------------------------------------------------------------- tables

  YearTable table(int year) {
    int i = year - FIRST_YEAR;
    YearTable t = tables.get(i);
    if (t == null) {
      t = buildTable(year);
      if (!tables.compareAndSet(i, null, t)) {
        t = tables.get(i);
      }
    }
    return t;
  }

  private YearTable buildTable(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    TreeMap<LocalDate, DatedDay> specials = new TreeMap<>();
    if (base == null) {
      if (!announcedYears.contains(year) && !rules.isNone()) {
        for (SpecialDay d : rules.daysOff(year, week)) {
          specials.put(d.date(), DatedDay.of(d));
        }
      }
      for (SpecialDay d : announcedDays.subMap(first, true, last, true).values()) {
        specials.put(d.date(), DatedDay.of(d));
      }
    } else {
      for (DatedDay d : base.table(year).specialList) {
        specials.put(d.day().date(), d);
      }
    }
    specials.putAll(localDays.subMap(first, true, last, true));
    return YearTable.build(year, zone, weekLayouts, makeupLayout, specials);
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

  private DateOutOfRangeException beyond(String method, Object a, Object b, LocalDate date) {
    String call = method + "(" + a + (b == null ? "" : ", " + b) + ")";
    return new DateOutOfRangeException(
        "working calendar '" + name + "': " + call + " reaches past the supported range",
        date,
        MIN_DATE,
        MAX_DATE);
  }

  /** A local moment: a year's table, the day of the year (0-based), the nanosecond of the day. */
  private static final class Pos {
    final YearTable t;
    final int day;
    final long nano;

    Pos(YearTable t, int day, long nano) {
      this.t = t;
      this.day = day;
      this.nano = nano;
    }
  }

  private Pos locate(Instant instant, String param) {
    requireNonNull(instant, param);
    long local = instant.getEpochSecond() + zoneRules.getOffset(instant).getTotalSeconds();
    long epochDay = Math.floorDiv(local, 86_400L);
    int i = yearIndex(epochDay);
    if (i < 0) {
      LocalDate date;
      try {
        date = LocalDateTime.ofInstant(instant, zone).toLocalDate();
      } catch (DateTimeException e) {
        date = epochDay < 0 ? LocalDate.MIN : LocalDate.MAX;
      }
      throw new DateOutOfRangeException(
          "working calendar '" + name + "', " + param + " " + instant, date, MIN_DATE, MAX_DATE);
    }
    long nano = Math.floorMod(local, 86_400L) * NANOS_PER_SECOND + instant.getNano();
    assert nano < NANOS_PER_DAY;
    return new Pos(table(FIRST_YEAR + i), (int) (epochDay - YEAR_START[i]), nano);
  }

  /** The index (year - 1900) of the year holding an epoch day, or -1 outside the range. */
  private static int yearIndex(long epochDay) {
    if (epochDay < YEAR_START[0] || epochDay >= YEAR_START[YEARS]) {
      return -1;
    }
    int i = (int) ((epochDay - YEAR_START[0]) * 400 / 146_097);
    if (i >= YEARS) {
      i = YEARS - 1;
    }
    while (YEAR_START[i] > epochDay) {
      i--;
    }
    while (YEAR_START[i + 1] <= epochDay) {
      i++;
    }
    return i;
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
        && c.localDays.equals(localDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, zone, week, base, rules, schedules, localDays);
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
    private final TreeMap<LocalDate, DatedDay> days = new TreeMap<>();

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
