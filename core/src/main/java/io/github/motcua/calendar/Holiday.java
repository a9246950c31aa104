package io.github.motcua.calendar;

import java.util.List;
import java.util.Locale;

/**
 * A national public holiday (ngày lễ) of the Vietnamese Labour Code, with its Vietnamese and
 * English names. The holiday rules give every day they produce the holiday it belongs to, and the
 * bundled announced schedules name theirs; see {@link SpecialDay#observance()}.
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
  NATIONAL_DAY("Quốc khánh 2/9", "National Day 2/9", "National Day (Quoc khanh)");

  private final String vietnameseName;
  private final String englishName;
  private final String reasonTitle;

  Holiday(String vietnameseName, String englishName, String reasonTitle) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.reasonTitle = reasonTitle;
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
