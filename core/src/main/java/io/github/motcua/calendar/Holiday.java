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

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A national public holiday (ngày lễ), with its Vietnamese and English names: the holidays of the
 * Labour Code (Art. 112(1) of the 2019 Code) and the paid days off that later laws add outside it.
 * The holiday rules give every day they produce the holiday it belongs to, and the bundled
 * announced schedules name theirs; see {@link SpecialDay#observance()}.
 *
 * <p>A holiday outside the Labour Code has a {@linkplain #legalBasis() legal basis} of its own and
 * a {@linkplain #inForceFrom() date from which it is in force}; explanations name the basis next to
 * the day ("Ngày Văn hóa Việt Nam, Nghị quyết 28/2026/QH16").
 */
public enum Holiday {
  /** New Year's Day, 1 January (Tết Dương lịch). */
  NEW_YEAR("Tết Dương lịch", "New Year", "New Year (Tet Duong lich)"),
  /** The Lunar New Year (Tết Nguyên đán): five days around mùng 1 of the first lunar month. */
  TET("Tết Nguyên đán", "Lunar New Year (Tết)", "Tet Nguyen Dan"),
  /** Hùng Kings Commemoration (Giỗ Tổ Hùng Vương), the 10th day of the 3rd lunar month. */
  HUNG_KINGS(
      "Giỗ Tổ Hùng Vương",
      "Hung Kings Commemoration",
      "Hung Kings Commemoration (Gio To Hung Vuong)"),
  /** Victory Day, the day of national reunification, 30 April (Ngày Chiến thắng). */
  REUNIFICATION_DAY(
      "Ngày Chiến thắng 30/4", "Victory/Reunification Day 30/4", "Victory/Reunification Day 30/4"),
  /** International Labour Day, 1 May (Ngày Quốc tế Lao động). */
  LABOUR_DAY(
      "Ngày Quốc tế Lao động 1/5", "International Labour Day 1/5", "International Labour Day 1/5"),
  /** National Day, 2 September, and from 2021 one adjacent day (Quốc khánh). */
  NATIONAL_DAY("Quốc khánh 2/9", "National Day 2/9", "National Day (Quoc khanh)"),
  /**
   * Vietnamese Culture Day (Ngày Văn hóa Việt Nam), 24 November: a paid day off from 1 July 2026,
   * so first on Tuesday 24 November 2026.
   *
   * <p>Basis: National Assembly Resolution 28/2026/QH16 on the development of Vietnamese culture,
   * Art. 2, as reported: "Ngày 24 tháng 11 hằng năm là Ngày Văn hóa Việt Nam; người lao động được
   * nghỉ làm việc và hưởng nguyên lương", in force 1 July 2026. Only secondary sources were read:
   * the full text is published on the government portal
   * (xaydungchinhsach.chinhphu.vn/toan-van-nghi-quyet-so-28-2026-qh16-ve-phat-trien-van-hoa-viet-nam-119260508142130402.htm),
   * which the search tools could not open; the article and date come from third parties quoting it.
   * Before it: Politburo Resolution 80-NQ/TW of 7 January 2026 (the day off in principle) and
   * Government Resolution 30/NQ-CP (February 2026, to amend Art. 112(1) of the Labour Code), both
   * reported by the national press. The day is not in Art. 112(1), so the compensatory day of Art.
   * 111(3), which names only the holidays of Art. 112(1), does not apply to it; see {@link
   * HolidayRules}. The data README ({@code vn-holidays.md} next to the bundled data) lists every
   * source with its confidence.
   */
  CULTURE_DAY(
      "Ngày Văn hóa Việt Nam",
      "Vietnamese Culture Day",
      "Vietnamese Culture Day (Ngay Van hoa Viet Nam)",
      "Nghị quyết 28/2026/QH16",
      "Resolution 28/2026/QH16",
      LocalDate.of(2026, 7, 1));

  private final String vietnameseName;
  private final String englishName;
  private final String reasonTitle;
  private final String vietnameseBasis;
  private final String englishBasis;
  private final LocalDate inForceFrom;

  Holiday(String vietnameseName, String englishName, String reasonTitle) {
    this(vietnameseName, englishName, reasonTitle, null, null, null);
  }

  Holiday(
      String vietnameseName,
      String englishName,
      String reasonTitle,
      String vietnameseBasis,
      String englishBasis,
      LocalDate inForceFrom) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.reasonTitle = reasonTitle;
    this.vietnameseBasis = vietnameseBasis;
    this.englishBasis = englishBasis;
    this.inForceFrom = inForceFrom;
  }

  /**
   * Returns the law that makes this a holiday when it is not the Labour Code, in Vietnamese, as an
   * explanation names it.
   *
   * @return the basis, such as {@code "Nghị quyết 28/2026/QH16"}; empty for the holidays of the
   *     Labour Code
   */
  public Optional<String> legalBasis() {
    return Optional.ofNullable(vietnameseBasis);
  }

  /**
   * Returns {@link #legalBasis()} in English.
   *
   * @return the basis, such as {@code "Resolution 28/2026/QH16"}; empty for the holidays of the
   *     Labour Code
   */
  public Optional<String> englishLegalBasis() {
    return Optional.ofNullable(englishBasis);
  }

  /**
   * Returns the date from which a holiday added after the Labour Code is in force: the holiday
   * rules produce it from then on, also in years whose schedule was announced before it existed.
   *
   * @return the date, such as 1 July 2026; empty for the holidays of the Labour Code, which the
   *     rules produce in every year they model
   */
  public Optional<LocalDate> inForceFrom() {
    return Optional.ofNullable(inForceFrom);
  }

  /** Whether the holiday is one of Art. 112(1) of the Labour Code (and so compensated). */
  boolean inLabourCode() {
    return vietnameseBasis == null;
  }

  /**
   * Returns the Vietnamese name, as a receipt slip shows it.
   *
   * @return the name, such as {@code "Giỗ Tổ Hùng Vương"}
   */
  public String vietnameseName() {
    return vietnameseName;
  }

  /**
   * Returns the English name.
   *
   * @return the name, such as {@code "Hung Kings Commemoration"}
   */
  public String englishName() {
    return englishName;
  }

  /**
   * The title that opens a reason in the bundled data and in the reasons the holiday rules write:
   * English with the Vietnamese name unaccented in brackets (Tết with the year after it).
   */
  String reasonTitle() {
    return reasonTitle;
  }

  /**
   * The holiday a title names: the reason title (Tết and others with a year after it or not), the
   * English or the Vietnamese name, ignoring case; null if none.
   */
  static Holiday ofTitle(String title) {
    String t = title.strip().replaceFirst("\\s+\\d{4}$", "").toLowerCase(Locale.ROOT);
    for (Holiday h : values()) {
      for (String name : List.of(h.reasonTitle, h.englishName, h.vietnameseName)) {
        if (name.toLowerCase(Locale.ROOT).equals(t)) {
          return h;
        }
      }
    }
    return null;
  }
}
