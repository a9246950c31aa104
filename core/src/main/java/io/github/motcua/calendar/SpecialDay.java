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

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date on which a calendar departs from its working week: a day off (a public holiday, a
 * compensatory day, a swapped day, a rest day inside an announced break, a local day off) or a
 * make-up working day. Carries the reason shown in deadline explanations, where it comes from and,
 * when known, which national holiday it belongs to.
 *
 * @param date the date
 * @param kind what the day is
 * @param reason why, for explanations, e.g. {@code "International Labour Day 1/5 - statutory
 *     holiday"}; not blank
 * @param origin where the day comes from: the holiday rules, an announced schedule or the
 *     calendar's own dated days
 * @param source where the day was published (a URL or a document number), or empty
 * @param observance the national holidays the day belongs to and the part it plays, set by {@link
 *     HolidayRules} and by {@link AnnouncedSchedule} from reasons that name the holidays as the
 *     bundled data does; empty for a free-text reason, such as an agency's own day off
 */
public record SpecialDay(
    LocalDate date,
    Kind kind,
    String reason,
    Origin origin,
    String source,
    Optional<Observance> observance) {

  /** What a special day is. */
  public enum Kind {
    /** A statutory public holiday (ngày nghỉ lễ, tết) of the Labour Code. */
    HOLIDAY(false),
    /**
     * A compensatory day off (ngày nghỉ bù): a holiday fell on a weekly rest day, so the next
     * working day is off.
     */
    COMPENSATORY_DAY_OFF(false),
    /**
     * Any other day off: a swapped day (hoán đổi), a weekly rest day inside an announced break, a
     * day an announcement lists without saying which role it plays, a local day off.
     */
    DAY_OFF(false),
    /**
     * A day worked although the working week makes it a rest day: a make-up working Saturday (ngày
     * làm bù) or a local extra working day.
     */
    MAKEUP_WORKING_DAY(true);

    private final boolean working;

    Kind(boolean working) {
      this.working = working;
    }

    /**
     * Returns whether a day of this kind is worked.
     *
     * @return true only for {@link #MAKEUP_WORKING_DAY}
     */
    public boolean isWorking() {
      return working;
    }
  }

  /** Where a special day comes from. */
  public enum Origin {
    /** Computed from the holiday rules of the Labour Code (a provisional year). */
    RULES,
    /** Taken from an announced schedule (lịch nghỉ lễ công bố). */
    ANNOUNCED,
    /** A calendar's or a variant's own dated day, such as a local festival. */
    LOCAL
  }

  /**
   * Validates.
   *
   * @param date the date
   * @param kind what the day is
   * @param reason why; not blank
   * @param origin where the day comes from
   * @param source where the day was published, or empty
   * @param observance the holidays the day belongs to, or empty
   * @throws IllegalArgumentException if the reason is blank
   */
  public SpecialDay {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    requireNonNull(reason, "reason");
    requireNonNull(origin, "origin");
    requireNonNull(source, "source");
    requireNonNull(observance, "observance");
    if (reason.isBlank()) {
      throw new IllegalArgumentException(
          "the reason of special day " + date + " must not be blank");
    }
  }

  /**
   * Creates a special day whose reason is free text: it belongs to no known holiday.
   *
   * @param date the date
   * @param kind what the day is
   * @param reason why; not blank
   * @param origin where the day comes from
   * @param source where the day was published, or empty
   * @throws IllegalArgumentException if the reason is blank
   */
  public SpecialDay(LocalDate date, Kind kind, String reason, Origin origin, String source) {
    this(date, kind, reason, origin, source, Optional.empty());
  }

  /**
   * Returns whether the day is worked.
   *
   * @return true for a make-up working day
   */
  public boolean isWorking() {
    return kind.isWorking();
  }

  /**
   * Returns the {@link DayKind} a calendar reports for this day.
   *
   * @return {@link DayKind#MAKEUP_WORKING_DAY} or {@link DayKind#DAY_OFF}
   */
  public DayKind dayKind() {
    return isWorking() ? DayKind.MAKEUP_WORKING_DAY : DayKind.DAY_OFF;
  }
}
