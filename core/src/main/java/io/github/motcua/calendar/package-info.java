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
/**
 * Working calendars: the Vietnamese lunar calendar, holiday rules of the Labour Code, announced
 * holiday schedules, working weeks, per-agency variants, and working-time arithmetic.
 *
 * <ul>
 *   <li>{@link io.github.motcua.calendar.WorkingCalendar}: the calendar (lịch làm việc) and its
 *       arithmetic; {@code WorkingCalendar.vietnam()} is the national public-sector calendar,
 *       {@code variant(name)} derives an agency's calendar from it.
 *   <li>{@link io.github.motcua.calendar.WorkingWeek}, {@link
 *       io.github.motcua.calendar.WorkingPeriod}: the week and its periods.
 *   <li>{@link io.github.motcua.calendar.HolidayRules}: the Labour Code holidays for years without
 *       an announcement (provisional years); {@link io.github.motcua.calendar.AnnouncedSchedule}:
 *       the days off and make-up Saturdays the government announced (2019–2026 bundled, more read
 *       from CSV, JSON or YAML, also as amendments correcting single days). Culture Day (24
 *       November, from 2026) is a rule; sources in {@code vn-holidays.md} next to the bundled data.
 *   <li>{@link io.github.motcua.calendar.DayInfo}, {@link io.github.motcua.calendar.SpecialDay},
 *       {@link io.github.motcua.calendar.CalendarYear}: what a calendar says about a day or a year,
 *       with reasons for explanations; {@link io.github.motcua.calendar.Holiday} and {@link
 *       io.github.motcua.calendar.Observance}: which national holiday a day off belongs to and the
 *       part it plays, with Vietnamese and English names.
 *   <li>{@link io.github.motcua.calendar.CalendarDefinition}: calendars and variants as JSON or
 *       YAML; {@link io.github.motcua.calendar.CalendarDefinitionException} names the path of a
 *       mistake.
 *   <li>{@link io.github.motcua.calendar.LunarCalendar}, {@link
 *       io.github.motcua.calendar.LunarDate}: the Vietnamese lunar calendar (âm lịch).
 * </ul>
 *
 * <p>This package knows nothing of dossiers, procedures or storage; the astronomy behind the lunar
 * calendar lives in the internal package {@code io.github.motcua.internal.astronomy}. Everything
 * here is immutable and thread-safe, except the builders. Package-private types hold the per-year
 * tables ({@code YearTable}, {@code DayLayout}, and {@code DatedDay} for a special day as a
 * calendar applies it), the lunar month tables ({@code LunarTables}, {@code LunarYearTable}) and
 * the document reading ({@code DefNode}, {@code Csv}).
 */
package io.github.motcua.calendar;
