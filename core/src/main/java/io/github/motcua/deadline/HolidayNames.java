package io.github.motcua.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese wording for the reasons a calendar gives for days off. The bundled calendar writes its
 * reasons in English with the Vietnamese name unaccented in brackets ("Hung Kings Commemoration
 * (Gio To Hung Vuong) - compensatory day off (nghi bu) for 2026-04-26"); a Vietnamese receipt slip
 * needs "Giỗ Tổ Hùng Vương – nghỉ bù". Reasons that name none of the national holidays (an agency's
 * own day off, already written in Vietnamese) are shown as they are.
 */
final class HolidayNames {
  private HolidayNames() {}

  private static final String[][] NAMES = {
    {"tet duong lich", "Tết Dương lịch"},
    {"tet nguyen dan", "Tết Nguyên đán"},
    {"hung kings", "Giỗ Tổ Hùng Vương"},
    {"victory/reunification", "Ngày Chiến thắng 30/4"},
    {"labour day", "Ngày Quốc tế Lao động 1/5"},
    {"national day", "Quốc khánh 2/9"},
  };

  private static final String[][] ROLES = {
    {"compensatory day off", "nghỉ bù"},
    {"swapped day off", "nghỉ hoán đổi"},
    {"weekly rest day", "ngày nghỉ hằng tuần"},
    {"adjacent day", "ngày nghỉ liền kề"},
    {"statutory holiday", "nghỉ lễ, tết"},
  };

  static String vietnamese(String reason) {
    String r = reason.toLowerCase(Locale.ROOT);
    List<String> names = new ArrayList<>();
    for (String[] n : NAMES) {
      if (r.contains(n[0])) {
        names.add(n[1]);
      }
    }
    if (names.isEmpty()) {
      return reason;
    }
    String text = String.join(" và ", names);
    for (String[] role : ROLES) {
      if (r.contains(role[0])) {
        return text + " – " + role[1];
      }
    }
    return text;
  }
}
