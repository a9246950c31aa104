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

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Renders times, dates, limits and durations in Vietnamese and English. */
final class Texts {
  private Texts() {}

  /** The two languages of receipt slips and complaint answers. */
  enum Lang {
    VI,
    EN;

    static Lang of(Locale locale) {
      return "vi".equals(locale.getLanguage()) ? VI : EN;
    }
  }

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final String[] VI_WEEKDAYS = {
    "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"
  };

  static String time(LocalTime t) {
    return HH_MM.format(t);
  }

  static String weekday(DayOfWeek d, Lang lang) {
    return lang == Lang.VI
        ? VI_WEEKDAYS[d.getValue() - 1]
        : d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** "24 April 2026" or "24/4/2026". */
  static String shortDate(LocalDate d, Lang lang) {
    return lang == Lang.VI
        ? d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear()
        : d.getDayOfMonth()
            + " "
            + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " "
            + d.getYear();
  }

  /** "24 April" or "24/4", for lists within one sentence. */
  static String dayMonth(LocalDate d, Lang lang) {
    return lang == Lang.VI
        ? d.getDayOfMonth() + "/" + d.getMonthValue()
        : d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** "Friday 24 April 2026" or "thứ Sáu, 24/4/2026". */
  static String date(LocalDate d, Lang lang) {
    return lang == Lang.VI
        ? weekday(d.getDayOfWeek(), lang) + ", " + shortDate(d, lang)
        : weekday(d.getDayOfWeek(), lang) + " " + shortDate(d, lang);
  }

  /** "16:10 on Friday 24 April 2026" or "16:10 thứ Sáu, ngày 24/4/2026". */
  static String dateTime(ZonedDateTime t, Lang lang) {
    LocalDate d = t.toLocalDate();
    return lang == Lang.VI
        ? time(t.toLocalTime())
            + " "
            + weekday(d.getDayOfWeek(), lang)
            + ", ngày "
            + shortDate(d, lang)
        : time(t.toLocalTime()) + " on " + date(d, lang);
  }

  /** "16:10 on 24 April 2026" or "16:10 ngày 24/4/2026". */
  static String shortDateTime(ZonedDateTime t, Lang lang) {
    return time(t.toLocalTime())
        + (lang == Lang.VI ? " ngày " : " on ")
        + shortDate(t.toLocalDate(), lang);
  }

  static String limit(TimeLimit limit, Lang lang) {
    String amount = limit.amount().toPlainString();
    if (lang == Lang.VI) {
      return amount.replace('.', ',')
          + switch (limit.unit()) {
            case WORKING_DAYS -> " ngày làm việc";
            case WORKING_HOURS -> " giờ làm việc";
            case CALENDAR_DAYS -> " ngày";
          };
    }
    return limit.toString();
  }

  /**
   * An amount of working time as days of the standard length, hours and (under one hour) minutes:
   * "2 ngày 3 giờ", "2 days 3 hours", "40 minutes". The sign is ignored; the amount is truncated
   * toward zero to whole minutes, and from one hour on, to whole hours.
   */
  static String workingDuration(Duration d, Duration standardDay, Lang lang) {
    long minutes = d.abs().toMinutes();
    long dayMinutes = Math.max(1, standardDay.toMinutes());
    long days = minutes / dayMinutes;
    long rest = minutes % dayMinutes;
    long hours = rest / 60;
    StringBuilder sb = new StringBuilder();
    if (minutes < 60) {
      return minutes + (lang == Lang.VI ? " phút" : minutes == 1 ? " minute" : " minutes");
    }
    if (days > 0) {
      sb.append(days).append(lang == Lang.VI ? " ngày" : days == 1 ? " day" : " days");
    }
    if (hours > 0) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(hours).append(lang == Lang.VI ? " giờ" : hours == 1 ? " hour" : " hours");
    }
    return sb.toString();
  }

  /** "a, b and c" or "a, b và c". */
  static String joinAnd(List<String> parts, Lang lang) {
    if (parts.isEmpty()) {
      return "";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + (lang == Lang.VI ? " và " : " and ")
        + parts.get(parts.size() - 1);
  }
}
