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
package io.github.motcua.benchmarks.calendar;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Properties;
import java.util.StringJoiner;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.Jdk8WorkingWeek;
import net.objectlab.kit.datecalc.jdk8.LocalDateCalculator;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.jbpm.process.core.timer.BusinessCalendarImpl;
import org.kie.api.time.SessionClock;

/**
 * Builds the peers from the days off a motcua calendar reports.
 *
 * <h2>jBPM 7 {@code BusinessCalendarImpl} (7.74.1.Final)</h2>
 *
 * What it computes, read from the 7.74.1 bytecode ({@code javap -c}; the public source of older 7.x
 * releases differs, see {@code benchmarks/README.md}): the expression {@code "Nd"} becomes N ×
 * {@code business.hours.per.day} hours, kept as an {@code int} of seconds. From the {@link
 * SessionClock}'s instant it then walks day by day over a {@code GregorianCalendar}: a weekend day
 * or a day inside a holiday period goes to the next day at {@code business.start.hour}; an hour
 * before the start hour is moved to it; from the current time to {@code business.end.hour} is
 * consumed; when the budget reaches exactly zero at the end of a day the result is the start of the
 * next working day (08:00 next day, where motcua answers the closing instant of the day). Every
 * holiday check scans the whole holiday list. A working day is one period of whole hours, so the
 * Vietnamese day 07:30–11:30, 13:00–17:00 cannot be expressed; the peer gets the one-period day
 * 08:00–16:00 of the same length (8 h). Weekends are weekdays ({@code business.weekend.days}), so
 * make-up working Saturdays (ngày làm bù) cannot be expressed. Holidays are written as ranges
 * {@code from:to} in the format {@code yyyy-MM-ddZ} with the zone's offset, so that parsing does
 * not depend on the JVM's default zone (a plain {@code yyyy-MM-dd} is parsed in the JVM's zone, not
 * in {@code business.cal.timezone}).
 *
 * <h2>ObjectLab {@code datecalc-jdk8} 1.4.0</h2>
 *
 * {@code moveByBusinessDays(n)} steps one calendar day at a time n times, each step followed by the
 * forward holiday handler skipping weekend days (its {@code WorkingWeek}) and holidays (a {@code
 * DefaultHolidayCalendar}, looked up by the date's string in a {@code TreeMap}). Setting a start
 * date that is not a working day first moves it forward, so from a rest day the result is one
 * working day later than motcua's {@code addWorkingDays}. Its {@code WorkingWeek} is per weekday:
 * make-up working Saturdays cannot be expressed either.
 */
final class Peers {
  /** The hour jBPM's one-period working day opens. */
  static final int JBPM_START_HOUR = 8;

  /** The hour jBPM's one-period working day closes. */
  static final int JBPM_END_HOUR = 16;

  private static final DateTimeFormatter JBPM_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter JBPM_OFFSET = DateTimeFormatter.ofPattern("xx");

  private Peers() {}

  /**
   * Returns the configuration properties of a jBPM business calendar with the weekend and holidays
   * of {@code off}, the one-period day {@value #JBPM_START_HOUR}:00–{@value #JBPM_END_HOUR}:00 of
   * {@code hoursPerDay} hours, in {@code zone}.
   */
  static Properties jbpmProperties(SameDaysOff off, ZoneId zone, int hoursPerDay) {
    requireNonNull(off, "off");
    requireNonNull(zone, "zone");
    Properties p = new Properties();
    p.setProperty(BusinessCalendarImpl.DAYS_PER_WEEK, Integer.toString(7 - off.weekend().size()));
    p.setProperty(BusinessCalendarImpl.HOURS_PER_DAY, Integer.toString(hoursPerDay));
    p.setProperty(BusinessCalendarImpl.START_HOUR, Integer.toString(JBPM_START_HOUR));
    p.setProperty(BusinessCalendarImpl.END_HOUR, Integer.toString(JBPM_END_HOUR));
    p.setProperty(BusinessCalendarImpl.TIMEZONE, zone.getId());
    StringJoiner weekend = new StringJoiner(",");
    for (DayOfWeek d : off.weekend()) {
      weekend.add(Integer.toString(calendarConstant(d)));
    }
    p.setProperty(BusinessCalendarImpl.WEEKEND_DAYS, weekend.toString());
    p.setProperty(BusinessCalendarImpl.HOLIDAY_DATE_FORMAT, "yyyy-MM-ddZ");
    StringJoiner holidays = new StringJoiner(",");
    for (LocalDate[] run : off.holidayRuns()) {
      holidays.add(jbpmDate(run[0], zone) + ":" + jbpmDate(run[1], zone));
    }
    p.setProperty(BusinessCalendarImpl.HOLIDAYS, holidays.toString());
    return p;
  }

  /**
   * Returns a jBPM business calendar as {@link #jbpmProperties} describes, reading {@code clock}.
   */
  static BusinessCalendarImpl jbpm(
      SameDaysOff off, ZoneId zone, int hoursPerDay, SessionClock clock) {
    return new BusinessCalendarImpl(
        jbpmProperties(off, zone, hoursPerDay), requireNonNull(clock, "clock"));
  }

  /**
   * Returns a datecalc calculator with the weekend and holidays of {@code off}, the forward holiday
   * handler, and the boundaries {@code off.first()}..{@code off.last()}. Not thread-safe: one per
   * thread.
   */
  static LocalDateCalculator datecalc(SameDaysOff off) {
    requireNonNull(off, "off");
    Jdk8WorkingWeek week = new Jdk8WorkingWeek();
    for (DayOfWeek d : DayOfWeek.values()) {
      week = week.withWorkingDayFromDateTimeConstant(!off.weekend().contains(d), d);
    }
    LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
    factory.registerHolidays(
        "motcua",
        new DefaultHolidayCalendar<>(new HashSet<>(off.holidays()), off.first(), off.last()));
    LocalDateCalculator calc = factory.getDateCalculator("motcua", HolidayHandlerType.FORWARD);
    calc.setWorkingWeek(week);
    return calc;
  }

  /** The {@code java.util.Calendar} constant of a weekday: Sunday 1 … Saturday 7. */
  static int calendarConstant(DayOfWeek d) {
    return d.getValue() % 7 + 1;
  }

  private static String jbpmDate(LocalDate d, ZoneId zone) {
    ZoneOffset offset = zone.getRules().getOffset(d.atStartOfDay());
    return JBPM_DATE.format(d) + JBPM_OFFSET.format(offset);
  }
}
