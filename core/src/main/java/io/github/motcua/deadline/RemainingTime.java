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

import java.time.Duration;
import java.util.Locale;

/**
 * The working time left before a due instant (còn), or overdue after it (quá hạn), shown as working
 * days of the standard day length and hours: "còn 2 ngày 3 giờ" / "2 days 3 hours left", "quá 1
 * ngày 2 giờ" / "1 day 2 hours overdue".
 *
 * <p>Rounding: the amount is truncated toward zero to whole minutes. Under one hour the text shows
 * minutes ("còn 40 phút" / "40 minutes left"); from one hour on it shows days and whole hours, the
 * minutes dropped (2 hours 59 minutes shows as 2 hours). Under one minute either way it reads "đến
 * hạn" / "due now".
 *
 * @param workingTime the working time left; negative when overdue
 * @param standardDay the working time of one day, positive
 */
public record RemainingTime(Duration workingTime, Duration standardDay) {
  /**
   * Validates.
   *
   * @param workingTime the working time left; negative when overdue
   * @param standardDay the working time of one day, positive
   * @throws IllegalArgumentException if the standard day is not positive
   */
  public RemainingTime {
    requireNonNull(workingTime, "workingTime");
    requireNonNull(standardDay, "standardDay");
    if (standardDay.isNegative() || standardDay.isZero()) {
      throw new IllegalArgumentException("standard day must be positive; got " + standardDay);
    }
  }

  /**
   * Returns whether the due instant has passed.
   *
   * @return true when the working time left is negative
   */
  public boolean isOverdue() {
    return workingTime.isNegative();
  }

  /**
   * Returns the whole standard days in the amount, ignoring its sign.
   *
   * @return the days
   */
  public long days() {
    return workingTime.abs().toMinutes() / standardDay.toMinutes();
  }

  /**
   * Returns the whole hours after the {@link #days()}, ignoring the sign.
   *
   * @return the hours
   */
  public long hours() {
    return workingTime.abs().toMinutes() % standardDay.toMinutes() / 60;
  }

  /**
   * Returns the whole minutes after the {@link #hours()}, ignoring the sign.
   *
   * @return the minutes
   */
  public long minutes() {
    return workingTime.abs().toMinutes() % standardDay.toMinutes() % 60;
  }

  /**
   * Renders the remaining time: Vietnamese for a locale whose language is {@code vi}, English
   * otherwise.
   *
   * @param locale the reader's locale
   * @return e.g. "còn 2 ngày 3 giờ", "quá 1 ngày 2 giờ", "2 days 3 hours left", "due now"
   */
  public String render(Locale locale) {
    Texts.Lang lang = Texts.Lang.of(requireNonNull(locale, "locale"));
    if (workingTime.abs().toMinutes() == 0) {
      return lang == Texts.Lang.VI ? "đến hạn" : "due now";
    }
    String amount = Texts.workingDuration(workingTime, standardDay, lang);
    if (lang == Texts.Lang.VI) {
      return (isOverdue() ? "quá " : "còn ") + amount;
    }
    return amount + (isOverdue() ? " overdue" : " left");
  }

  /**
   * Returns the English rendering.
   *
   * @return e.g. "2 days 3 hours left"
   */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
