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

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A random calendar built from a seed: a random zone, a week with 0 to 3 periods per day (at least
 * one day worked), a random standard day, random dated days off and working days (with their own
 * periods or the make-up periods) in 2020–2023, and sometimes a variant on top with its own weekday
 * overrides and dated days. It knows the periods of every date independently of {@link
 * WorkingCalendar}, for {@link ReferenceCalendar}.
 */
final class RandomCalendar {
  static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
  static final LocalDate LAST = LocalDate.of(2023, 12, 31);

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Asia/Ho_Chi_Minh"),
          ZoneOffset.UTC,
          ZoneOffset.ofHoursMinutes(-9, -30),
          ZoneId.of("Asia/Tokyo"),
          ZoneId.of("Europe/Berlin"));

  private static final List<WorkingPeriod> MAKEUP = null;

  final long seed;
  final ZoneId zone;
  final Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
  final Map<LocalDate, List<WorkingPeriod>> dated = new TreeMap<>();
  final Map<LocalDate, Boolean> datedOff = new TreeMap<>();
  final boolean isVariant;
  final Map<DayOfWeek, List<WorkingPeriod>> variantWeek = new EnumMap<>(DayOfWeek.class);
  final Map<LocalDate, List<WorkingPeriod>> variantDated = new TreeMap<>();
  final Map<LocalDate, Boolean> variantOff = new TreeMap<>();
  final WorkingCalendar calendar;

  RandomCalendar(long seed) {
    this.seed = seed;
    Random r = new Random(seed);
    zone = ZONES.get(r.nextInt(ZONES.size()));
    boolean fine = r.nextInt(4) == 0;
    do {
      for (DayOfWeek d : DayOfWeek.values()) {
        week.put(d, periods(r, r.nextInt(4), fine));
      }
    } while (week.values().stream().allMatch(List::isEmpty));
    Duration standardDay = Duration.ofMinutes(30 + r.nextInt(600));
    WorkingCalendar.Builder b = WorkingCalendar.builder("random-" + seed).zone(zone);
    WorkingWeek.Builder wb = WorkingWeek.builder().standardDay(standardDay);
    week.forEach(wb::day);
    b.week(wb.build());
    datedDays(r, b, dated, datedOff, fine);
    WorkingCalendar base = b.build();
    isVariant = r.nextBoolean();
    if (isVariant) {
      WorkingCalendar.Builder v = base.variant("variant-" + seed);
      for (DayOfWeek d : DayOfWeek.values()) {
        if (r.nextInt(3) == 0) {
          List<WorkingPeriod> ps = periods(r, r.nextInt(4), fine);
          variantWeek.put(d, ps);
          if (ps.isEmpty()) {
            v.restDay(d);
          } else {
            v.workingDay(d, ps.toArray(new WorkingPeriod[0]));
          }
        }
      }
      if (effectiveWeek().values().stream().allMatch(List::isEmpty)) {
        List<WorkingPeriod> ps = periods(r, 1, fine);
        variantWeek.put(DayOfWeek.WEDNESDAY, ps);
        v.workingDay(DayOfWeek.WEDNESDAY, ps.toArray(new WorkingPeriod[0]));
      }
      datedDays(r, v, variantDated, variantOff, fine);
      calendar = v.build();
    } else {
      calendar = base;
    }
  }

  private static void datedDays(
      Random r,
      WorkingCalendar.Builder b,
      Map<LocalDate, List<WorkingPeriod>> dated,
      Map<LocalDate, Boolean> off,
      boolean fine) {
    int n = r.nextInt(60);
    long span = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
    for (int i = 0; i < n; i++) {
      LocalDate date = FIRST.plusDays(r.nextInt((int) span));
      if (r.nextBoolean()) {
        b.dayOff(date, "random day off");
        off.put(date, true);
        dated.remove(date);
      } else {
        List<WorkingPeriod> ps = r.nextBoolean() ? MAKEUP : periods(r, 1 + r.nextInt(3), fine);
        b.workingDay(
            date,
            "random working day",
            ps == null ? new WorkingPeriod[0] : ps.toArray(new WorkingPeriod[0]));
        off.remove(date);
        dated.put(date, ps);
      }
    }
  }

  /** k periods with random ordered bounds; sometimes touching, sometimes with seconds or nanos. */
  static List<WorkingPeriod> periods(Random r, int k, boolean fine) {
    if (k == 0) {
      return List.of();
    }
    long unit = fine ? (r.nextBoolean() ? 1_000_000_000L : 1L) : 60_000_000_000L;
    long max = 86_400_000_000_000L / unit - 1;
    long[] t = new long[2 * k];
    java.util.TreeSet<Long> chosen = new java.util.TreeSet<>();
    while (chosen.size() < 2 * k) {
      chosen.add(1 + (long) (r.nextDouble() * (max - 1)));
    }
    int i = 0;
    for (long v : chosen) {
      t[i++] = v * unit;
    }
    List<WorkingPeriod> out = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      long start = t[2 * j];
      if (j > 0 && r.nextInt(5) == 0) {
        start = t[2 * j - 1]; // touching the previous period
      }
      out.add(new WorkingPeriod(LocalTime.ofNanoOfDay(start), LocalTime.ofNanoOfDay(t[2 * j + 1])));
    }
    return List.copyOf(out);
  }

  Map<DayOfWeek, List<WorkingPeriod>> effectiveWeek() {
    Map<DayOfWeek, List<WorkingPeriod>> w = new EnumMap<>(week);
    w.putAll(variantWeek);
    return w;
  }

  private static List<WorkingPeriod> makeup(Map<DayOfWeek, List<WorkingPeriod>> week) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (!week.get(d).isEmpty()) {
        return week.get(d);
      }
    }
    return List.of();
  }

  /** The periods of a date, computed from the spec alone. */
  List<WorkingPeriod> periodsOf(LocalDate date) {
    Map<DayOfWeek, List<WorkingPeriod>> w = effectiveWeek();
    if (isVariant) {
      if (variantOff.containsKey(date)) {
        return List.of();
      }
      if (variantDated.containsKey(date)) {
        List<WorkingPeriod> ps = variantDated.get(date);
        return ps == null ? makeup(w) : ps;
      }
    }
    if (datedOff.containsKey(date)) {
      return List.of();
    }
    if (dated.containsKey(date)) {
      List<WorkingPeriod> ps = dated.get(date);
      return ps == null ? makeup(w) : ps;
    }
    return w.get(date.getDayOfWeek());
  }

  ReferenceCalendar reference() {
    return new ReferenceCalendar(zone, this::periodsOf);
  }

  /** Working time of an average week, to scale random durations. */
  Duration weeklyWorkingTime() {
    Duration sum = Duration.ZERO;
    for (List<WorkingPeriod> ps : effectiveWeek().values()) {
      for (WorkingPeriod p : ps) {
        sum = sum.plus(p.length());
      }
    }
    return sum;
  }

  /** A random instant in 2020–2023 from a fraction in [0, 1). */
  Instant instant(double fraction) {
    long from = FIRST.atStartOfDay(zone).toEpochSecond();
    long to = LAST.plusDays(1).atStartOfDay(zone).toEpochSecond();
    double seconds = fraction * (to - from);
    long whole = (long) seconds;
    return Instant.ofEpochSecond(from + whole, (long) ((seconds - whole) * 1e9));
  }

  /**
   * A random instant, or for {@code snap} 1 (2) the start (end) of one of the periods of its day,
   * chosen by {@code pick}: boundaries are where off-by-one mistakes live.
   */
  Instant instant(double fraction, int snap, int pick) {
    Instant i = instant(fraction);
    if (snap == 0) {
      return i;
    }
    LocalDate date = LocalDate.ofInstant(i, zone);
    List<WorkingPeriod> ps = periodsOf(date);
    if (ps.isEmpty()) {
      return i;
    }
    WorkingPeriod p = ps.get(Math.floorMod(pick, ps.size()));
    return java.time.ZonedDateTime.of(date, snap == 1 ? p.start() : p.end(), zone).toInstant();
  }

  @Override
  public String toString() {
    return "RandomCalendar[seed "
        + seed
        + ", zone "
        + zone
        + ", week "
        + week
        + (isVariant ? ", variant week " + variantWeek : "")
        + "]";
  }
}
