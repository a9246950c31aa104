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
import io.github.motcua.calendar.Observance.Part;
import io.github.motcua.calendar.SpecialDay.Kind;
import io.github.motcua.calendar.SpecialDay.Origin;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public-holiday rules (ngày nghỉ lễ, tết) a calendar applies to the years no announced
 * schedule covers. Immutable and thread-safe.
 *
 * <p>{@link #vietnam()} applies the Labour Code: the 2012 Code (Art. 115) to the years up to 2020
 * and the 2019 Code (Arts. 111–112) from 2021:
 *
 * <ul>
 *   <li>New Year (Tết Dương lịch), 1 January;
 *   <li>Tết Nguyên Đán, 5 days, placed by the Prime Minister each year; see {@link TetPlacement};
 *   <li>Hùng Kings Commemoration (Giỗ Tổ Hùng Vương), the 10th day of the 3rd lunar month;
 *   <li>Victory Day, 30 April, and International Labour Day, 1 May;
 *   <li>National Day (Quốc khánh), 2 September, and from 2021 one adjacent day, also chosen by the
 *       Prime Minister; see {@link NationalDayAdjacent};
 *   <li>Vietnamese Culture Day (Ngày Văn hóa Việt Nam), 24 November, from its entry into force on 1
 *       July 2026 (National Assembly Resolution 28/2026/QH16, Art. 2, as reported; see {@link
 *       Holiday#CULTURE_DAY}), so from 2026 on;
 *   <li>the compensatory day (nghỉ bù): a holiday of the Labour Code on a weekly rest day gives the
 *       next working day of the week that is not itself a holiday or an earlier compensatory day
 *       (2023: Hùng Kings on Saturday 29/4 and 30/4 on Sunday, Labour Day on Monday 1/5, so 2/5 and
 *       3/5 were off).
 * </ul>
 *
 * <p><b>Culture Day is not compensated.</b> Art. 111(3) of the 2019 Code gives the compensatory day
 * only for "ngày nghỉ lễ, tết quy định tại khoản 1 Điều 112"; Culture Day is made a day off by
 * Resolution 28/2026/QH16, not by an amendment of Art. 112(1) (the amendment Government Resolution
 * 30/NQ-CP ordered had not been reported adopted by December 2026). So 24 November on a Saturday or
 * Sunday (first in 2029 and 2030) gives no day in lieu. Should Art. 112(1) be amended, this changes
 * with a release; until then an agency that knows otherwise adds the day to its calendar (see
 * {@link WorkingCalendar.Builder#amend(AnnouncedSchedule)}).
 *
 * <p>Two holidays on the same date count once (the Code says nothing about it; between 1900 and
 * 2199 it happens only in 1947, when Hùng Kings fell on 30 April). Lunar dates come from {@link
 * LunarCalendar}. Government swaps (a bridge weekday off made up on a Saturday) are not rules and
 * are never produced; they come with an announced schedule. The Labour Code of 1994 (4 days of Tết;
 * Hùng Kings only from 2007) is not modelled: years before 2013 get the 2012 rules.
 *
 * <p>With the defaults the rules alone reproduce every announced weekday off of 2020–2023 and all
 * of 2019–2026 except the swapped days (31/12/2018, 29/4/2019, 29/4/2024, 2/5/2025, 2/1/2026,
 * 31/8/2026); in 2026 they also give 24 November, which the 2026 announcements (made in 2025)
 * predate. How a calendar combines such a day with an announced year: {@link WorkingCalendar}.
 */
public final class HolidayRules {

  /** Which set of statutory holidays applies. */
  public enum HolidaySet {
    /** No holidays: only the working week and dated days. */
    NONE,
    /** The Vietnamese Labour Code (2012 up to 2020, 2019 from 2021). */
    VIETNAM
  }

  /**
   * Where the five days of Tết go when no schedule is announced. In both placements a Tết day on a
   * weekly rest day gives a compensatory day.
   */
  public enum TetPlacement {
    /**
     * The last two days of the lunar year and mùng 1 to 3 (the default). Reproduces the weekdays
     * off of every announced Tết of 2019–2026, including 2020, 2021, 2023 and 2024, whose breaks
     * began on the 29th or 30th of the last lunar month.
     */
    TWO_BEFORE_THREE_AFTER(2),
    /**
     * The last day of the lunar year (29 or 30 Tết) and mùng 1 to 4. Reproduces the weekdays off of
     * 2019, 2022 and 2026, but in 2020, 2021, 2023, 2024 and 2025 it puts one weekday of the break
     * one day later than announced.
     */
    ONE_BEFORE_FOUR_AFTER(1);

    private final int before;

    TetPlacement(int before) {
      this.before = before;
    }

    /**
     * Returns how many of the five days precede mùng 1.
     *
     * @return 1 or 2
     */
    public int daysBefore() {
      return before;
    }
  }

  /** How the National Day adjacent day (from 2021) is chosen when no schedule is announced. */
  public enum NationalDayAdjacent {
    /**
     * The default, reproducing 2021–2026: the adjacent day that is a working day of the week; when
     * both are, the one that touches a weekly rest day (1 September when 31 August is a rest day,
     * else 3 September when 4 September is); when neither or both touch one, 1 September. Public
     * sector: 2/9 on Monday gives Tuesday 3/9; Tuesday, Wednesday, Friday or Saturday give 1/9;
     * Thursday or Sunday give 3/9.
     */
    BRIDGE_WEEKEND,
    /** Always 1 September. */
    DAY_BEFORE,
    /** Always 3 September. */
    DAY_AFTER
  }

  private static final HolidayRules VIETNAM =
      new HolidayRules(
          HolidaySet.VIETNAM,
          true,
          TetPlacement.TWO_BEFORE_THREE_AFTER,
          NationalDayAdjacent.BRIDGE_WEEKEND);

  private static final HolidayRules NONE =
      new HolidayRules(
          HolidaySet.NONE,
          true,
          TetPlacement.TWO_BEFORE_THREE_AFTER,
          NationalDayAdjacent.BRIDGE_WEEKEND);

  /** The source a Culture Day produced by the rules carries. */
  static final String CULTURE_DAY_LAW =
      "National Assembly Resolution 28/2026/QH16, Art. 2 (in force 1 July 2026)";

  private final HolidaySet holidays;
  private final boolean compensatory;
  private final TetPlacement tet;
  private final NationalDayAdjacent nationalDayAdjacent;

  private HolidayRules(
      HolidaySet holidays,
      boolean compensatory,
      TetPlacement tet,
      NationalDayAdjacent nationalDayAdjacent) {
    this.holidays = holidays;
    this.compensatory = compensatory;
    this.tet = tet;
    this.nationalDayAdjacent = nationalDayAdjacent;
  }

  /**
   * Returns the Labour Code rules with the defaults described in the class comment: compensatory
   * days on, {@link TetPlacement#TWO_BEFORE_THREE_AFTER}, {@link
   * NationalDayAdjacent#BRIDGE_WEEKEND}.
   *
   * @return the shared instance
   */
  public static HolidayRules vietnam() {
    return VIETNAM;
  }

  /**
   * Returns rules that produce no holidays.
   *
   * @return the shared instance
   */
  public static HolidayRules none() {
    return NONE;
  }

  /**
   * Returns a builder holding these rules' settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns which holidays apply.
   *
   * @return the holiday set
   */
  public HolidaySet holidays() {
    return holidays;
  }

  /**
   * Returns whether a holiday on a weekly rest day gives a compensatory day (nghỉ bù).
   *
   * @return true if it does
   */
  public boolean compensatory() {
    return compensatory;
  }

  /**
   * Returns where the five days of Tết go.
   *
   * @return the placement
   */
  public TetPlacement tetPlacement() {
    return tet;
  }

  /**
   * Returns how the National Day adjacent day is chosen.
   *
   * @return the choice
   */
  public NationalDayAdjacent nationalDayAdjacent() {
    return nationalDayAdjacent;
  }

  /**
   * Returns whether these rules produce no day at all.
   *
   * @return true for {@link HolidaySet#NONE}
   */
  public boolean isNone() {
    return holidays == HolidaySet.NONE;
  }

  /**
   * Returns the statutory holidays of a year, before compensatory days, each of kind {@link
   * Kind#HOLIDAY} and origin {@link Origin#RULES}.
   *
   * @param year the year, 1900 to 2199
   * @param week the working week whose rest days the placement of the National Day adjacent day
   *     considers
   * @return the holidays, by date
   * @throws DateOutOfRangeException if the year is outside the supported range
   */
  public List<SpecialDay> holidays(int year, WorkingWeek week) {
    requireNonNull(week, "week");
    checkYear(year);
    return ImmutableList.copyOf(statutory(year, week).values());
  }

  /**
   * Returns the days off of a year: the statutory holidays and, when enabled, the compensatory
   * days, each with a reason, its legal source and the holiday it belongs to ({@link
   * SpecialDay#observance()}).
   *
   * @param year the year, 1900 to 2199
   * @param week the working week: its rest days decide the compensatory days
   * @return the days off, by date
   * @throws DateOutOfRangeException if the year is outside the supported range
   */
  public List<SpecialDay> daysOff(int year, WorkingWeek week) {
    requireNonNull(week, "week");
    checkYear(year);
    TreeMap<LocalDate, SpecialDay> days = statutory(year, week);
    if (compensatory && week.hasWorkingDays()) {
      Set<LocalDate> taken = new HashSet<>(days.keySet());
      String source = year <= 2020 ? "Labour Code 2012, Art. 115" : "Labour Code 2019, Art. 111(3)";
      for (SpecialDay h : List.copyOf(days.values())) {
        if (!isRest(week, h.date()) || !compensated(h)) {
          continue;
        }
        LocalDate d = h.date().plusDays(1);
        while (isRest(week, d) || taken.contains(d)) {
          d = d.plusDays(1);
        }
        taken.add(d);
        if (d.getYear() != year) {
          continue; // cannot happen with these holidays; a year's table holds only its own days
        }
        days.put(
            d,
            new SpecialDay(
                d,
                Kind.COMPENSATORY_DAY_OFF,
                title(h.reason()) + " - compensatory day off (nghi bu) for " + h.date(),
                Origin.RULES,
                source,
                h.observance().map(o -> new Observance(o.holidays(), Part.COMPENSATORY_DAY_OFF))));
      }
    }
    return ImmutableList.copyOf(days.values());
  }

  private TreeMap<LocalDate, SpecialDay> statutory(int year, WorkingWeek week) {
    TreeMap<LocalDate, SpecialDay> days = new TreeMap<>();
    if (holidays == HolidaySet.NONE) {
      return days;
    }
    boolean code2019 = year >= 2021;
    String law = code2019 ? "Labour Code 2019, Art. 112(1)" : "Labour Code 2012, Art. 115(1)";
    put(days, week, LocalDate.of(year, 1, 1), Holiday.NEW_YEAR, law);
    LocalDate tetDay = LunarCalendar.newYear(year);
    for (int i = -tet.daysBefore(); i < 5 - tet.daysBefore(); i++) {
      put(
          days,
          week,
          tetDay.plusDays(i),
          Holiday.TET.reasonTitle() + " " + year,
          Observance.of(Holiday.TET, Part.HOLIDAY),
          law);
    }
    put(days, week, LunarCalendar.toSolar(LunarDate.of(year, 3, 10)), Holiday.HUNG_KINGS, law);
    put(days, week, LocalDate.of(year, 4, 30), Holiday.REUNIFICATION_DAY, law);
    put(days, week, LocalDate.of(year, 5, 1), Holiday.LABOUR_DAY, law);
    LocalDate national = LocalDate.of(year, 9, 2);
    put(days, week, national, Holiday.NATIONAL_DAY, law);
    if (code2019) {
      LocalDate adjacent = adjacentDay(national, week);
      String which = adjacent.isBefore(national) ? "before" : "after";
      put(
          days,
          week,
          adjacent,
          Holiday.NATIONAL_DAY.reasonTitle() + " (adjacent day " + which + " 2/9)",
          Observance.of(Holiday.NATIONAL_DAY, Part.ADJACENT_DAY),
          law);
    }
    LocalDate culture = LocalDate.of(year, 11, 24);
    if (!culture.isBefore(Holiday.CULTURE_DAY.inForceFrom().orElseThrow())) {
      put(days, week, culture, Holiday.CULTURE_DAY, CULTURE_DAY_LAW);
    }
    return days;
  }

  /** Art. 111(3) compensates only the holidays of Art. 112(1); see the class comment. */
  private static boolean compensated(SpecialDay holiday) {
    return holiday
        .observance()
        .map(o -> o.holidays().stream().allMatch(Holiday::inLabourCode))
        .orElse(true);
  }

  private LocalDate adjacentDay(LocalDate national, WorkingWeek week) {
    LocalDate before = national.minusDays(1);
    LocalDate after = national.plusDays(1);
    return switch (nationalDayAdjacent) {
      case DAY_BEFORE -> before;
      case DAY_AFTER -> after;
      case BRIDGE_WEEKEND -> {
        boolean beforeWorks = !isRest(week, before);
        boolean afterWorks = !isRest(week, after);
        if (beforeWorks != afterWorks) {
          yield beforeWorks ? before : after;
        }
        boolean beforeBridges = isRest(week, before.minusDays(1));
        boolean afterBridges = isRest(week, after.plusDays(1));
        yield afterBridges && !beforeBridges ? after : before;
      }
    };
  }

  private static void put(
      Map<LocalDate, SpecialDay> days, WorkingWeek week, LocalDate date, Holiday h, String law) {
    put(days, week, date, h.reasonTitle(), Observance.of(h, Part.HOLIDAY), law);
  }

  private static void put(
      Map<LocalDate, SpecialDay> days,
      WorkingWeek week,
      LocalDate date,
      String title,
      Observance observance,
      String law) {
    String reason =
        title
            + " - statutory holiday"
            + (isRest(week, date) && week.hasWorkingDays() ? " (falls on weekly rest day)" : "");
    days.putIfAbsent(
        date,
        new SpecialDay(date, Kind.HOLIDAY, reason, Origin.RULES, law, Optional.of(observance)));
  }

  private static String title(String reason) {
    int dash = reason.indexOf(" - ");
    return dash < 0 ? reason : reason.substring(0, dash);
  }

  private static boolean isRest(WorkingWeek week, LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return week.periods(d).isEmpty();
  }

  private static void checkYear(int year) {
    int min = WorkingCalendar.MIN_DATE.getYear();
    int max = WorkingCalendar.MAX_DATE.getYear();
    if (year < min || year > max) {
      throw new DateOutOfRangeException(
          "holiday rules",
          LocalDate.of(year, 1, 1),
          WorkingCalendar.MIN_DATE,
          WorkingCalendar.MAX_DATE);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HolidayRules r
        && r.holidays == holidays
        && r.compensatory == compensatory
        && r.tet == tet
        && r.nationalDayAdjacent == nationalDayAdjacent;
  }

  @Override
  public int hashCode() {
    return ((holidays.hashCode() * 31 + Boolean.hashCode(compensatory)) * 31 + tet.hashCode()) * 31
        + nationalDayAdjacent.hashCode();
  }

  @Override
  public String toString() {
    return holidays == HolidaySet.NONE
        ? "HolidayRules[none]"
        : "HolidayRules["
            + holidays
            + ", compensatory "
            + compensatory
            + ", Tet "
            + tet
            + ", National Day adjacent "
            + nationalDayAdjacent
            + "]";
  }

  /** Builds {@link HolidayRules}. Not thread-safe. */
  public static final class Builder {
    private HolidaySet holidays;
    private boolean compensatory;
    private TetPlacement tet;
    private NationalDayAdjacent nationalDayAdjacent;

    private Builder(HolidayRules from) {
      this.holidays = from.holidays;
      this.compensatory = from.compensatory;
      this.tet = from.tet;
      this.nationalDayAdjacent = from.nationalDayAdjacent;
    }

    /**
     * Sets which holidays apply.
     *
     * @param holidays the holiday set
     * @return this builder
     */
    public Builder holidays(HolidaySet holidays) {
      this.holidays = requireNonNull(holidays, "holidays");
      return this;
    }

    /**
     * Turns compensatory days (nghỉ bù) on or off.
     *
     * @param compensatory true to give them
     * @return this builder
     */
    public Builder compensatory(boolean compensatory) {
      this.compensatory = compensatory;
      return this;
    }

    /**
     * Sets where the five days of Tết go.
     *
     * @param placement the placement
     * @return this builder
     */
    public Builder tetPlacement(TetPlacement placement) {
      this.tet = requireNonNull(placement, "placement");
      return this;
    }

    /**
     * Sets how the National Day adjacent day is chosen.
     *
     * @param choice the choice
     * @return this builder
     */
    public Builder nationalDayAdjacent(NationalDayAdjacent choice) {
      this.nationalDayAdjacent = requireNonNull(choice, "choice");
      return this;
    }

    /**
     * Builds the rules.
     *
     * @return the rules
     */
    public HolidayRules build() {
      HolidayRules r = new HolidayRules(holidays, compensatory, tet, nationalDayAdjacent);
      return r.equals(VIETNAM) ? VIETNAM : r.equals(NONE) ? NONE : r;
    }
  }
}
