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

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The structured identity of a special day: which national holidays it belongs to and the part it
 * plays for them (the holiday itself, its compensatory day, a swapped day, a rest day inside the
 * break, a make-up working day). Explanations name days by it, in Vietnamese or English, instead of
 * by their free-text reason.
 *
 * <p>A day may belong to two holidays at once: 29 April 2019 was a swapped day off for both Victory
 * Day and Labour Day.
 *
 * @param holidays the holidays the day belongs to, not empty; iterated in the order of {@link
 *     Holiday}
 * @param part the part the day plays
 */
public record Observance(Set<Holiday> holidays, Part part) {

  /** The part a special day plays for the holidays it belongs to. */
  public enum Part {
    /** The statutory holiday itself (ngày nghỉ lễ, tết). */
    HOLIDAY("nghỉ lễ, tết", "statutory holiday"),
    /** The National Day adjacent day (ngày nghỉ liền kề), a statutory holiday from 2021. */
    ADJACENT_DAY("ngày nghỉ liền kề", "adjacent day"),
    /** A compensatory day off (nghỉ bù) for a holiday that fell on a weekly rest day. */
    COMPENSATORY_DAY_OFF("nghỉ bù", "compensatory day off"),
    /** A working day given off and made up on a Saturday (nghỉ hoán đổi). */
    SWAPPED_DAY_OFF("nghỉ hoán đổi", "swapped day off"),
    /** A weekly rest day inside the announced break. */
    REST_DAY_IN_BREAK("ngày nghỉ hằng tuần", "weekly rest day inside the break"),
    /**
     * A day off of the break that the announcement does not place more precisely (a statutory day
     * or its compensatory day, say).
     */
    BREAK_DAY("ngày nghỉ", "day off"),
    /** A Saturday worked to make up a swapped day off (ngày làm bù). */
    MAKEUP_WORKING_DAY("làm bù", "make-up working day");

    private final String vietnameseName;
    private final String englishName;

    Part(String vietnameseName, String englishName) {
      this.vietnameseName = vietnameseName;
      this.englishName = englishName;
    }

    /**
     * Returns the Vietnamese name.
     *
     * @return the name, such as {@code "nghỉ bù"}
     */
    public String vietnameseName() {
      return vietnameseName;
    }

    /**
     * Returns the English name.
     *
     * @return the name, such as {@code "compensatory day off"}
     */
    public String englishName() {
      return englishName;
    }
  }

  /**
   * Validates and copies.
   *
   * @param holidays the holidays, not empty
   * @param part the part
   * @throws IllegalArgumentException if no holiday is given
   */
  public Observance {
    requireNonNull(holidays, "holidays");
    requireNonNull(part, "part");
    if (holidays.isEmpty()) {
      throw new IllegalArgumentException("an observance belongs to at least one holiday");
    }
    holidays = Collections.unmodifiableSet(EnumSet.copyOf(holidays));
  }

  /**
   * Returns the observance of one holiday.
   *
   * @param holiday the holiday
   * @param part the part the day plays
   * @return the observance
   */
  public static Observance of(Holiday holiday, Part part) {
    return new Observance(EnumSet.of(requireNonNull(holiday, "holiday")), part);
  }

  /**
   * Returns the Vietnamese name, for receipt slips: the holidays joined by "và", then the part
   * after a dash, e.g. {@code "Giỗ Tổ Hùng Vương – nghỉ bù"}; a {@link Part#BREAK_DAY} shows the
   * holidays alone ({@code "Tết Nguyên đán"}).
   *
   * @return the name
   */
  public String vietnameseName() {
    String names =
        holidays.stream().map(Holiday::vietnameseName).collect(Collectors.joining(" và "));
    return part == Part.BREAK_DAY ? names : names + " – " + part.vietnameseName();
  }

  /**
   * Returns the English name, e.g. {@code "Hung Kings Commemoration – compensatory day off"}; a
   * {@link Part#BREAK_DAY} shows the holidays alone.
   *
   * @return the name
   */
  public String englishName() {
    String names = holidays.stream().map(Holiday::englishName).collect(Collectors.joining(" and "));
    return part == Part.BREAK_DAY ? names : names + " – " + part.englishName();
  }

  /**
   * The observance a reason names in the form of the bundled data and of the reasons the holiday
   * rules write: holiday titles joined by {@code " & "} (the National Day one possibly followed by
   * {@code "(adjacent day before 2/9)"}), then {@code " - "} and the part ({@code "statutory
   * holiday"}, {@code "compensatory day off ..."}, {@code "swapped day off ..."}, {@code "weekly
   * rest day inside ..."}, {@code "weekend day inside ..."}, {@code "working Saturday ..."}).
   * Titles may also be the holidays' English or Vietnamese names. A part not recognised is taken
   * from the day's kind. Empty when a title names no holiday: the reason stays free text.
   */
  static Optional<Observance> fromReason(String reason, SpecialDay.Kind kind) {
    int dash = reason.indexOf(" - ");
    String titles = dash < 0 ? reason : reason.substring(0, dash);
    String rest = dash < 0 ? "" : reason.substring(dash + 3).strip().toLowerCase(Locale.ROOT);
    EnumSet<Holiday> holidays = EnumSet.noneOf(Holiday.class);
    boolean adjacent = false;
    for (String title : titles.split(" & ")) {
      String t = title.strip();
      String lower = t.toLowerCase(Locale.ROOT);
      int bracket = lower.indexOf(" (adjacent day ");
      if (bracket > 0 && lower.endsWith(" 2/9)")) {
        adjacent = true;
        t = t.substring(0, bracket);
      }
      Holiday h = Holiday.ofTitle(t);
      if (h == null) {
        return Optional.empty();
      }
      holidays.add(h);
    }
    return Optional.of(new Observance(holidays, part(rest, kind, adjacent)));
  }

  private static Part part(String text, SpecialDay.Kind kind, boolean adjacent) {
    if (kind.isWorking()) {
      return Part.MAKEUP_WORKING_DAY;
    }
    if (text.startsWith("compensatory day off")) {
      return Part.COMPENSATORY_DAY_OFF;
    }
    if (text.startsWith("swapped day off")) {
      return Part.SWAPPED_DAY_OFF;
    }
    if (text.startsWith("weekly rest day inside") || text.startsWith("weekend day inside")) {
      return Part.REST_DAY_IN_BREAK;
    }
    if (text.startsWith("statutory holiday")) {
      return adjacent ? Part.ADJACENT_DAY : Part.HOLIDAY;
    }
    return switch (kind) {
      case HOLIDAY -> adjacent ? Part.ADJACENT_DAY : Part.HOLIDAY;
      case COMPENSATORY_DAY_OFF -> Part.COMPENSATORY_DAY_OFF;
      default -> Part.BREAK_DAY;
    };
  }
}
