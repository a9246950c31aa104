package io.github.motcua.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A working calendar: a zone, a working week, holidays and announced schedules. Immutable and
 * thread-safe.
 *
 * <p>SKELETON: this first version computes day by day and knows only the bundled announced
 * schedule. It fixes the public API the deadline, procedure and engine packages are written
 * against; the table-based implementation with holiday rules replaces its internals.
 */
public final class WorkingCalendar {
  /** The first date any calendar supports. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  /** The last date any calendar supports. */
  public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

  private static final ZoneId VIETNAM_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final class VietnamHolder {
    static final WorkingCalendar VIETNAM = loadVietnam();
  }

  private final String name;
  private final ZoneId zone;
  private final WorkingWeek week;
  private final Map<LocalDate, DayInfo> announced;

  private WorkingCalendar(
      String name, ZoneId zone, WorkingWeek week, Map<LocalDate, DayInfo> announced) {
    this.name = name;
    this.zone = zone;
    this.week = week;
    this.announced = Map.copyOf(announced);
  }

  /**
   * Returns the bundled national public-sector calendar of Vietnam: zone {@code Asia/Ho_Chi_Minh},
   * Monday to Friday 07:30–11:30 and 13:00–17:00, the Labour Code holidays and the schedules the
   * government announced.
   *
   * @return the shared instance
   */
  public static WorkingCalendar vietnam() {
    return VietnamHolder.VIETNAM;
  }

  private static WorkingCalendar loadVietnam() {
    Map<LocalDate, DayInfo> days = new HashMap<>();
    try (InputStream in = WorkingCalendar.class.getResourceAsStream("vn-official-days-off.csv")) {
      requireNonNull(in, "bundled schedule vn-official-days-off.csv");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = splitCsv(line);
        LocalDate date = LocalDate.parse(f[0]);
        boolean makeup = f[1].equals("makeup_workday");
        days.put(
            date,
            new DayInfo(
                date,
                makeup ? DayKind.MAKEUP_WORKING_DAY : DayKind.DAY_OFF,
                f[2],
                makeup ? WorkingWeek.publicSector().periods(DayOfWeek.MONDAY) : List.of()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WorkingCalendar("vietnam", VIETNAM_ZONE, WorkingWeek.publicSector(), days);
  }

  private static String[] splitCsv(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out.toArray(new String[0]);
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
   * Returns the working week.
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
   * Describes a date: its kind, the reason, its working periods.
   *
   * @param date the date
   * @return the description
   * @throws DateOutOfRangeException if the date is outside {@link #MIN_DATE}..{@link #MAX_DATE}
   */
  public DayInfo describe(LocalDate date) {
    checkRange(date);
    DayInfo a = announced.get(date);
    if (a != null) {
      return a;
    }
    List<WorkingPeriod> p = week.periods(date.getDayOfWeek());
    return new DayInfo(date, p.isEmpty() ? DayKind.WEEKLY_REST : DayKind.WORKING_DAY, "", p);
  }

  /**
   * Returns whether a date is a working day.
   *
   * @param date the date
   * @return true if it has working time
   * @throws DateOutOfRangeException if the date is outside the supported range
   */
  public boolean isWorkingDay(LocalDate date) {
    return describe(date).isWorking();
  }

  /**
   * Returns whether an instant lies inside a working period.
   *
   * @param instant the instant
   * @return true inside working time (a period's start inclusive, its end exclusive)
   */
  public boolean isWorkingTime(Instant instant) {
    LocalDateTime t = LocalDateTime.ofInstant(requireNonNull(instant, "instant"), zone);
    for (WorkingPeriod p : describe(t.toLocalDate()).periods()) {
      if (!t.toLocalTime().isBefore(p.start()) && t.toLocalTime().isBefore(p.end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the instant itself when it lies in working time, else the start of the next working
   * period.
   *
   * @param instant the instant
   * @return the next working instant
   */
  public Instant nextWorkingInstant(Instant instant) {
    LocalDateTime t = LocalDateTime.ofInstant(requireNonNull(instant, "instant"), zone);
    LocalDate d = t.toLocalDate();
    LocalTime time = t.toLocalTime();
    while (true) {
      for (WorkingPeriod p : describe(d).periods()) {
        if (time.isBefore(p.end())) {
          LocalTime at = time.isBefore(p.start()) ? p.start() : time;
          return ZonedDateTime.of(d, at, zone).toInstant();
        }
      }
      d = d.plusDays(1);
      time = LocalTime.MIN;
    }
  }

  /**
   * Adds working days to a date.
   *
   * @param start the date to count from
   * @param n for n &gt; 0 the n-th working day strictly after {@code start}; for n &lt; 0 the
   *     |n|-th working day strictly before; for 0, {@code start} if it is a working day, else the
   *     next one
   * @return the working day
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    requireNonNull(start, "start");
    LocalDate d = start;
    if (n == 0) {
      while (!isWorkingDay(d)) {
        d = d.plusDays(1);
      }
      return d;
    }
    int step = n > 0 ? 1 : -1;
    int left = Math.abs(n);
    while (left > 0) {
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Counts working days in {@code (a, b]}; negative when {@code b} is before {@code a}.
   *
   * @param a the exclusive start
   * @param b the inclusive end
   * @return the number of working days
   */
  public int workingDaysBetween(LocalDate a, LocalDate b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    if (b.isBefore(a)) {
      return -workingDaysBetween(b, a);
    }
    int n = 0;
    for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the earliest instant at which {@code d} of working time has passed since {@code start};
   * counting begins at the next working instant. A deadline that ends with a period ends at that
   * period's close (11:30, not 13:00). A negative duration counts backwards.
   *
   * @param start the instant to count from
   * @param d the working time to add
   * @return the instant
   */
  public Instant addWorkingTime(Instant start, Duration d) {
    requireNonNull(start, "start");
    requireNonNull(d, "d");
    if (d.isNegative()) {
      return subtractWorkingTime(start, d.negated());
    }
    if (d.isZero()) {
      return start;
    }
    LocalDateTime t = LocalDateTime.ofInstant(start, zone);
    LocalDate day = t.toLocalDate();
    LocalTime time = t.toLocalTime();
    Duration left = d;
    while (true) {
      for (WorkingPeriod p : describe(day).periods()) {
        if (!time.isBefore(p.end())) {
          continue;
        }
        LocalTime from = time.isBefore(p.start()) ? p.start() : time;
        Duration avail = Duration.between(from, p.end());
        if (avail.compareTo(left) >= 0) {
          return ZonedDateTime.of(LocalDateTime.of(day, from).plus(left), zone).toInstant();
        }
        left = left.minus(avail);
      }
      day = day.plusDays(1);
      time = LocalTime.MIN;
    }
  }

  private Instant subtractWorkingTime(Instant start, Duration d) {
    LocalDateTime t = LocalDateTime.ofInstant(start, zone);
    LocalDate day = t.toLocalDate();
    LocalDateTime limit = t;
    Duration left = d;
    while (true) {
      List<WorkingPeriod> ps = ImmutableList.copyOf(describe(day).periods()).reverse();
      for (WorkingPeriod p : ps) {
        LocalDateTime ps0 = LocalDateTime.of(day, p.start());
        LocalDateTime pe = LocalDateTime.of(day, p.end());
        if (!limit.isAfter(ps0)) {
          continue;
        }
        LocalDateTime to = limit.isBefore(pe) ? limit : pe;
        Duration avail = Duration.between(ps0, to);
        if (avail.compareTo(left) >= 0) {
          return ZonedDateTime.of(to.minus(left), zone).toInstant();
        }
        left = left.minus(avail);
      }
      day = day.minusDays(1);
      limit = LocalDateTime.of(day, LocalTime.MAX);
    }
  }

  /**
   * Measures the working time in {@code [a, b)}; negative when {@code b} is before {@code a}.
   *
   * @param a the start
   * @param b the end
   * @return the working time
   */
  public Duration workingTimeBetween(Instant a, Instant b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    if (b.isBefore(a)) {
      return workingTimeBetween(b, a).negated();
    }
    LocalDateTime ta = LocalDateTime.ofInstant(a, zone);
    LocalDateTime tb = LocalDateTime.ofInstant(b, zone);
    Duration sum = Duration.ZERO;
    for (LocalDate d = ta.toLocalDate(); !d.isAfter(tb.toLocalDate()); d = d.plusDays(1)) {
      for (WorkingPeriod p : describe(d).periods()) {
        LocalDateTime s = LocalDateTime.of(d, p.start());
        LocalDateTime e = LocalDateTime.of(d, p.end());
        LocalDateTime from = s.isBefore(ta) ? ta : s;
        LocalDateTime to = e.isAfter(tb) ? tb : e;
        if (to.isAfter(from)) {
          sum = sum.plus(Duration.between(from, to));
        }
      }
    }
    return sum;
  }

  /**
   * Returns whether the holidays of a year are computed from the rules because no schedule was
   * announced for it (provisional), rather than taken from an announced schedule.
   *
   * @param year the year
   * @return true when provisional
   */
  public boolean isProvisional(int year) {
    return year < 2019 || year > 2026;
  }

  private static void checkRange(LocalDate date) {
    requireNonNull(date, "date");
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw new DateOutOfRangeException("working calendar", date, MIN_DATE, MAX_DATE);
    }
  }

  @Override
  public String toString() {
    return "WorkingCalendar[" + name + ", " + zone + "]";
  }
}
