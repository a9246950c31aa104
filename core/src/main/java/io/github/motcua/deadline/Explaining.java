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

import io.github.motcua.calendar.Holiday;
import io.github.motcua.calendar.Observance;
import io.github.motcua.calendar.SpecialDay;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.Explanation.AwaitingResume;
import io.github.motcua.deadline.Explanation.Counted;
import io.github.motcua.deadline.Explanation.CountingStart;
import io.github.motcua.deadline.Explanation.DayOff;
import io.github.motcua.deadline.Explanation.DaysOffCounted;
import io.github.motcua.deadline.Explanation.DaysSkipped;
import io.github.motcua.deadline.Explanation.Due;
import io.github.motcua.deadline.Explanation.Extended;
import io.github.motcua.deadline.Explanation.Item;
import io.github.motcua.deadline.Explanation.MovedToWorkingDay;
import io.github.motcua.deadline.Explanation.OnCalendar;
import io.github.motcua.deadline.Explanation.Paused;
import io.github.motcua.deadline.Explanation.ProvisionalYears;
import io.github.motcua.deadline.Explanation.Received;
import io.github.motcua.deadline.Explanation.Restarted;
import io.github.motcua.deadline.Explanation.Stopped;
import io.github.motcua.deadline.Texts.Lang;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds explanations from deadlines and clocks, and renders them. */
final class Explaining {
  private Explaining() {}

  static Explanation deadline(Deadline d) {
    WorkingCalendar cal = d.calendar();
    Counting.Result r = d.result();
    List<Item> items = new ArrayList<>();
    items.add(new Received(zoned(cal, d.received())));
    items.add(countingStart(cal, r.effectiveStart(), r.cause(), d.policy()));
    items.add(new Counted(d.limit(), r.appliedRule(), cal.standardDay()));
    onCalendar(cal, items);
    LocalDate dueDay = local(cal, r.due());
    if (r.appliedRule() == CountingRule.CALENDAR_DAYS) {
      items.add(daysOffCounted(cal, r));
      if (!r.nominalDueDay().equals(dueDay)) {
        items.add(moved(cal, r.nominalDueDay(), dueDay));
      }
    } else {
      items.add(daysSkipped(cal, local(cal, d.received()), dueDay));
    }
    provisional(cal, local(cal, d.received()), dueDay, items);
    items.add(new Due(zoned(cal, r.due())));
    return new Explanation(items, cal.standardDay());
  }

  static Explanation clock(DeadlineClock clock, WorkingCalendar cal) {
    List<ClockEntry> entries = clock.entries();
    int base = clock.baseIndex();
    List<Item> items = new ArrayList<>();
    ClockEntry first = entries.get(0);
    Counting.Start s0 = Counting.effectiveStart(cal, first.at(), clock.policy());
    items.add(new Received(zoned(cal, first.at())));
    items.add(countingStart(cal, s0.at(), s0.cause(), clock.policy()));
    items.add(
        new Counted(clock.limit(), clock.policy().appliedRule(clock.limit()), cal.standardDay()));
    onCalendar(cal, items);
    Instant countingFrom = s0.at();
    for (int i = 1; i < entries.size(); i++) {
      ClockEntry e = entries.get(i);
      switch (e.kind()) {
        case PAUSE -> {
          ClockEntry end = null;
          for (int j = i + 1; j < entries.size() && end == null; j++) {
            ClockEntry.Kind k = entries.get(j).kind();
            if (k == ClockEntry.Kind.RESUME
                || k == ClockEntry.Kind.RESTART
                || k == ClockEntry.Kind.STOP) {
              end = entries.get(j);
            }
          }
          Optional<Duration> paused = Optional.empty();
          if (end != null && end.kind() != ClockEntry.Kind.RESTART) {
            Instant from = e.at().isAfter(countingFrom) ? e.at() : countingFrom;
            Duration w = cal.workingTimeBetween(from, end.at());
            paused = Optional.of(w.isNegative() ? Duration.ZERO : w);
          }
          items.add(
              new Paused(
                  zoned(cal, e.at()),
                  Optional.ofNullable(end).map(x -> zoned(cal, x.at())),
                  paused,
                  e.reason(),
                  e.actor()));
        }
        case RESTART -> {
          countingFrom = Counting.effectiveStart(cal, e.at(), clock.policy()).at();
          items.add(new Restarted(zoned(cal, e.at()), zoned(cal, countingFrom), e.actor()));
        }
        case EXTEND ->
            items.add(
                new Extended(
                    zoned(cal, e.at()),
                    e.extension().orElseThrow(),
                    e.reason(),
                    e.actor(),
                    i > base));
        case STOP -> items.add(new Stopped(zoned(cal, e.at()), e.actor()));
        case RESUME, START -> {
          // a resume is shown as the end of its pause
        }
      }
    }
    Optional<Instant> due = clock.dueInstant(cal);
    LocalDate until = local(cal, due.orElse(clock.lastEntryAt()));
    Counting.Result r = clock.base(cal);
    if (r.appliedRule() == CountingRule.CALENDAR_DAYS) {
      // the budget is the calendar days from the base (start or restart), days off counted; what a
      // pause or an extension adds after the base due is working time, so days off there are not
      items.add(daysOffCounted(cal, r));
      LocalDate baseDueDay = local(cal, r.due());
      if (until.isAfter(baseDueDay)) {
        DaysSkipped after = daysSkipped(cal, baseDueDay.plusDays(1), until);
        if (!after.daysOff().isEmpty() || after.weeklyRestDays() > 0) {
          items.add(after);
        }
      }
    } else {
      items.add(daysSkipped(cal, local(cal, first.at()), until));
    }
    provisional(cal, local(cal, first.at()), until, items);
    if (due.isPresent()) {
      LocalDate dueDay = local(cal, due.get());
      if (r.appliedRule() == CountingRule.CALENDAR_DAYS
          && due.get().equals(r.due())
          && !r.nominalDueDay().equals(dueDay)) {
        items.add(moved(cal, r.nominalDueDay(), dueDay));
      }
      items.add(new Due(zoned(cal, due.get())));
    } else {
      items.add(
          new AwaitingResume(
              clock.remaining(cal, clock.lastEntryAt()).workingTime().isNegative()
                  ? Duration.ZERO
                  : clock.remaining(cal, clock.lastEntryAt()).workingTime()));
    }
    return new Explanation(items, cal.standardDay());
  }

  private static CountingStart countingStart(
      WorkingCalendar cal, Instant at, StartCause cause, CountingPolicy policy) {
    return new CountingStart(
        zoned(cal, at),
        cause,
        cause == StartCause.AFTER_CUTOFF ? policy.intakeCutoff() : Optional.empty());
  }

  private static void provisional(
      WorkingCalendar cal, LocalDate from, LocalDate to, List<Item> items) {
    List<Integer> years = new ArrayList<>();
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      if (cal.isProvisional(y)) {
        years.add(y);
      }
    }
    if (!years.isEmpty()) {
      items.add(new ProvisionalYears(years));
    }
  }

  /**
   * The days off in [from, to]: named when the week would work them, else counted as weekly rest
   * days (holidays falling on a rest day and rest days inside an announced break included).
   */
  static DaysSkipped daysSkipped(WorkingCalendar cal, LocalDate from, LocalDate to) {
    List<DayOff> named = new ArrayList<>();
    for (SpecialDay d : cal.daysOff(from, to)) {
      if (!cal.week().periods(d.date().getDayOfWeek()).isEmpty()) {
        named.add(DayOff.of(d));
      }
    }
    List<LocalDate> makeup = new ArrayList<>();
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      for (SpecialDay d : cal.year(y).makeupWorkingDays()) {
        // only rest days worked count here; a weekday an amendment makes working is no make-up
        boolean restDay = cal.week().periods(d.date().getDayOfWeek()).isEmpty();
        if (restDay && !d.date().isBefore(from) && !d.date().isAfter(to)) {
          makeup.add(d.date());
        }
      }
    }
    // weekly rest days: the dates in range on a weekday the week does not work, less those worked
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    long rest = 0;
    for (DayOfWeek dow : DayOfWeek.values()) {
      if (cal.week().periods(dow).isEmpty()) {
        int offset = (dow.getValue() - from.getDayOfWeek().getValue() + 7) % 7;
        rest += days / 7 + (offset < days % 7 ? 1 : 0);
      }
    }
    return new DaysSkipped(named, Math.toIntExact(rest - makeup.size()), makeup);
  }

  /**
   * Under the calendar-days rule: the days off from the day after counting starts to the N-th
   * calendar day, all counted; named when the week would work them, like {@link #daysSkipped}.
   */
  /** Names the calendar unless it is the national one, which every receipt assumes. */
  private static void onCalendar(WorkingCalendar cal, List<Item> items) {
    if (cal != WorkingCalendar.vietnam()) {
      items.add(new OnCalendar(cal.name(), cal.base().map(WorkingCalendar::name)));
    }
  }

  private static DaysOffCounted daysOffCounted(WorkingCalendar cal, Counting.Result r) {
    LocalDate from = local(cal, r.effectiveStart()).plusDays(1);
    LocalDate to = r.nominalDueDay();
    if (to.isBefore(from)) {
      return new DaysOffCounted(List.of(), 0);
    }
    // the same days daysSkipped finds; a make-up working Saturday is no rest day here either
    DaysSkipped days = daysSkipped(cal, from, to);
    return new DaysOffCounted(days.daysOff(), days.weeklyRestDays());
  }

  /** The N-th calendar day is not a working day: why, and where the due moves. */
  private static MovedToWorkingDay moved(WorkingCalendar cal, LocalDate nominal, LocalDate actual) {
    Optional<DayOff> off = cal.daysOff(nominal, nominal).stream().findFirst().map(DayOff::of);
    return new MovedToWorkingDay(nominal, actual, off);
  }

  private static ZonedDateTime zoned(WorkingCalendar cal, Instant t) {
    return t.atZone(cal.zone());
  }

  private static LocalDate local(WorkingCalendar cal, Instant t) {
    return LocalDate.ofInstant(t, cal.zone());
  }

  // ---------------------------------------------------------------- rendering

  static String render(Explanation x, Lang lang) {
    List<String> lines = new ArrayList<>();
    for (Item item : x.items()) {
      String line = line(item, x.standardDay(), lang);
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return String.join("\n", lines);
  }

  private static String line(Item item, Duration std, Lang lang) {
    boolean vi = lang == Lang.VI;
    if (item instanceof Received r) {
      return (vi ? "Tiếp nhận lúc " : "Received at ") + Texts.dateTime(r.at(), lang) + ".";
    } else if (item instanceof CountingStart c) {
      String at = Texts.dateTime(c.at(), lang);
      return switch (c.cause()) {
        case AS_RECEIVED ->
            vi ? "Thời hạn được tính từ lúc tiếp nhận." : "Counting starts at receipt.";
        case OUTSIDE_WORKING_TIME ->
            vi
                ? "Tiếp nhận ngoài giờ làm việc nên thời hạn được tính từ " + at + "."
                : "Received outside working hours: counting starts at " + at + ".";
        case AFTER_CUTOFF -> {
          String cut = c.intakeCutoff().map(Texts::time).orElse("?");
          yield vi
              ? "Tiếp nhận sau " + cut + " nên thời hạn được tính từ " + at + "."
              : "Received after the " + cut + " cut-off: counting starts at " + at + ".";
        }
      };
    } else if (item instanceof Counted c) {
      return counted(c, lang);
    } else if (item instanceof OnCalendar o) {
      String base =
          o.base()
              .map(b -> vi ? " (biến thể của lịch " + b + ")" : " (a variant of " + b + ")")
              .orElse("");
      return (vi ? "Tính theo lịch làm việc " : "Counted on the working calendar ")
          + o.name()
          + base
          + ".";
    } else if (item instanceof Paused p) {
      StringBuilder sb = new StringBuilder(vi ? "Tạm dừng từ " : "Paused from ");
      if (p.until().isEmpty()) {
        sb.setLength(0);
        sb.append(vi ? "Tạm dừng từ " : "Paused since ").append(Texts.dateTime(p.from(), lang));
      } else {
        sb.append(Texts.dateTime(p.from(), lang))
            .append(vi ? " đến " : " to ")
            .append(Texts.dateTime(p.until().get(), lang));
      }
      p.workingTime()
          .ifPresent(
              w ->
                  sb.append(" (")
                      .append(Texts.workingDuration(w, std, lang))
                      .append(vi ? " làm việc)" : " of working time)"));
      return sb.append(": ").append(p.reason()).append('.').toString();
    } else if (item instanceof Restarted r) {
      return vi
          ? "Tính lại từ đầu lúc "
              + Texts.dateTime(r.at(), lang)
              + "; thời hạn được tính lại từ "
              + Texts.dateTime(r.countingFrom(), lang)
              + "."
          : "Restarted with the whole time limit at "
              + Texts.dateTime(r.at(), lang)
              + "; counting again from "
              + Texts.dateTime(r.countingFrom(), lang)
              + ".";
    } else if (item instanceof Extended e) {
      String base =
          vi
              ? "Gia hạn thêm "
                  + Texts.limit(e.extension(), lang)
                  + " lúc "
                  + Texts.dateTime(e.at(), lang)
                  + ": "
                  + e.reason()
              : "Extended by "
                  + Texts.limit(e.extension(), lang)
                  + " at "
                  + Texts.dateTime(e.at(), lang)
                  + ": "
                  + e.reason();
      if (!e.counted()) {
        base +=
            vi
                ? " (không còn tính sau khi tính lại từ đầu)"
                : " (no longer counted after the restart)";
      }
      return base + ".";
    } else if (item instanceof DaysSkipped d) {
      return daysSkippedLine(d, lang);
    } else if (item instanceof DaysOffCounted d) {
      return daysOffCountedLine(d, lang);
    } else if (item instanceof MovedToWorkingDay m) {
      String why =
          m.dayOff()
              .map(off -> dayOffReason(off, lang))
              .orElse(vi ? "ngày nghỉ hằng tuần" : "a weekly rest day");
      return vi
          ? "Ngày cuối của thời hạn ("
              + Texts.date(m.nominal(), lang)
              + ") không phải ngày làm việc ("
              + why
              + ") nên hạn chuyển sang cuối ngày làm việc tiếp theo, "
              + Texts.date(m.actual(), lang)
              + "."
          : "The last day of the limit, "
              + Texts.date(m.nominal(), lang)
              + ", is not a working day ("
              + why
              + "): the due moves to the close of the next working day, "
              + Texts.date(m.actual(), lang)
              + ".";
    } else if (item instanceof ProvisionalYears p) {
      List<String> ys = p.years().stream().map(String::valueOf).toList();
      return vi
          ? "Ngày nghỉ năm "
              + Texts.joinAnd(ys, lang)
              + " là dự kiến, tính theo Bộ luật Lao động vì chưa có thông báo chính thức; hạn có"
              + " thể thay đổi khi lịch nghỉ được công bố."
          : "The days off of "
              + Texts.joinAnd(ys, lang)
              + " are provisional, computed from the Labour Code as no schedule has been"
              + " announced; the due may change when it is.";
    } else if (item instanceof Stopped s) {
      return (vi ? "Hoàn thành lúc " : "Finished at ") + Texts.dateTime(s.at(), lang) + ".";
    } else if (item instanceof Due d) {
      return (vi ? "Hạn giải quyết: " : "Due at ") + Texts.dateTime(d.at(), lang) + ".";
    } else if (item instanceof AwaitingResume a) {
      String left = Texts.workingDuration(a.remaining(), std, lang);
      return vi
          ? "Đang tạm dừng: hạn giải quyết được xác định khi tiếp tục, còn " + left + " làm việc."
          : "Paused: the due is set when the clock resumes, with "
              + left
              + " of working time left.";
    }
    throw new AssertionError(item);
  }

  private static String counted(Counted c, Lang lang) {
    boolean vi = lang == Lang.VI;
    String limit = Texts.limit(c.limit(), lang);
    String head = (vi ? "Thời hạn giải quyết: " : "Time limit: ") + limit + ", ";
    return switch (c.rule()) {
      case WORKING_TIME ->
          c.limit().unit() == TimeLimit.Unit.WORKING_HOURS
              ? head + (vi ? "tính theo giờ làm việc." : "counted as working time.")
              : head
                  + (vi
                      ? "tính theo giờ làm việc (1 ngày = "
                          + Texts.workingDuration(
                              c.standardDay(), c.standardDay().plusDays(1), lang)
                          + ")."
                      : "counted as working time (1 day = "
                          + Texts.workingDuration(
                              c.standardDay(), c.standardDay().plusDays(1), lang)
                          + ").");
      case END_OF_DAY -> {
        long n = c.limit().amount().setScale(0, RoundingMode.CEILING).longValueExact();
        String rounded =
            c.limit().amount().scale() > 0
                ? (vi
                    ? " (phần lẻ ngày được làm tròn lên " + n + " ngày)"
                    : " (the fraction is rounded up to " + n + (n == 1 ? " day)" : " days)"))
                : "";
        yield head
            + (vi
                ? (n == 0
                        ? "kết thúc vào cuối ngày tiếp nhận"
                        : "tính từ ngày làm việc tiếp theo ngày tiếp nhận, kết thúc vào cuối ngày làm"
                            + " việc thứ "
                            + n)
                    + rounded
                    + " (Điều 147, 148 Bộ luật Dân sự)."
                : (n == 0
                        ? "ending at the close of the day of receipt"
                        : "counted from the working day after receipt, ending at the close of"
                            + " working day "
                            + n)
                    + rounded
                    + " (Civil Code arts. 147, 148).");
      }
      case CALENDAR_DAYS ->
          head
              + (vi
                  ? "tính theo ngày lịch, kết thúc vào cuối ngày cuối cùng; nếu ngày đó là ngày"
                      + " nghỉ thì kết thúc vào cuối ngày làm việc tiếp theo (Điều 147, 148 Bộ"
                      + " luật Dân sự)."
                  : "counted in calendar days, ending at the close of the last day; a last day"
                      + " that is not a working day moves to the close of the next working day"
                      + " (Civil Code arts. 147, 148).");
    };
  }

  /** The reason a day is off: its holiday's Vietnamese name, or the calendar's text. */
  private static String dayOffReason(DayOff off, Lang lang) {
    boolean vi = lang == Lang.VI;
    if (off.reason().isBlank()) {
      return vi ? "ngày nghỉ" : "day off";
    }
    Optional<String> basis = basis(off, lang);
    if (vi) {
      return off.observance()
          .map(o -> basis.isPresent() ? holidayWithBasis(o, basis.get()) : o.vietnameseName())
          .orElse(off.reason());
    }
    return off.reason() + basis.map(b -> "; " + b).orElse("");
  }

  private static Optional<String> basis(DayOff off, Lang lang) {
    List<String> bases =
        off.observance().stream()
            .flatMap(o -> o.holidays().stream())
            .map(h -> lang == Lang.VI ? h.legalBasis() : h.englishLegalBasis())
            .flatMap(Optional::stream)
            .distinct()
            .toList();
    return bases.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", bases));
  }

  /**
   * " (Ngày Văn hóa Việt Nam, Nghị quyết 28/2026/QH16)" for a holiday outside the Labour Code,
   * which names itself and its law as the receipt slip shows it; "" for any other day.
   */
  private static String withBasis(DayOff off, Lang lang) {
    Optional<String> basis = basis(off, lang);
    if (basis.isEmpty() || off.observance().isEmpty()) {
      return "";
    }
    Observance o = off.observance().get();
    return " ("
        + (lang == Lang.VI
            ? holidayWithBasis(o, basis.get())
            : o.englishName() + ", " + basis.get())
        + ")";
  }

  private static String holidayWithBasis(Observance o, String basis) {
    String name =
        o.part() == Observance.Part.HOLIDAY
            ? o.holidays().stream().map(Holiday::vietnameseName).collect(Collectors.joining(" và "))
            : o.vietnameseName();
    return name + ", " + basis;
  }

  /** "Monday 16 February 2026 (reason), … and 2 weekly rest days" as list items. */
  private static List<String> dayOffParts(List<DayOff> daysOff, int weeklyRestDays, Lang lang) {
    boolean vi = lang == Lang.VI;
    List<String> parts = new ArrayList<>();
    for (DayOff off : daysOff) {
      parts.add(Texts.date(off.date(), lang) + " (" + dayOffReason(off, lang) + ")");
    }
    if (weeklyRestDays > 0) {
      parts.add(
          weeklyRestDays
              + (vi
                  ? " ngày nghỉ hằng tuần"
                  : weeklyRestDays == 1 ? " weekly rest day" : " weekly rest days"));
    }
    return parts;
  }

  private static String daysOffCountedLine(DaysOffCounted d, Lang lang) {
    boolean vi = lang == Lang.VI;
    List<String> parts = dayOffParts(d.daysOff(), d.weeklyRestDays(), lang);
    if (parts.isEmpty()) {
      return vi ? "Không có ngày nghỉ nào trong thời hạn." : "No days off within the limit.";
    }
    return (vi
            ? "Thời hạn tính theo ngày lịch nên các ngày nghỉ trong thời hạn vẫn được tính: "
            : "Calendar days count every day, so the days off within the limit are counted: ")
        + Texts.joinAnd(parts, lang)
        + ".";
  }

  private static String daysSkippedLine(DaysSkipped d, Lang lang) {
    boolean vi = lang == Lang.VI;
    List<String> parts = dayOffParts(d.daysOff(), d.weeklyRestDays(), lang);
    String line;
    if (parts.isEmpty()) {
      line = vi ? "Không có ngày nghỉ nào trong thời hạn." : "No days off in between.";
    } else {
      line = (vi ? "Không tính: " : "Not counted: ") + Texts.joinAnd(parts, lang) + ".";
    }
    if (!d.makeupWorkingDays().isEmpty()) {
      List<String> m = new ArrayList<>();
      for (LocalDate day : d.makeupWorkingDays()) {
        m.add(Texts.date(day, lang));
      }
      line +=
          (vi ? " Tính cả ngày làm bù: " : " Counted as make-up working days: ")
              + Texts.joinAnd(m, lang)
              + ".";
    }
    return line;
  }

  /** "1 May" within the due's year, "1 May 2027" otherwise. */
  private static String dayOrDate(LocalDate d, int year, Lang lang) {
    return d.getYear() == year ? Texts.dayMonth(d, lang) : Texts.shortDate(d, lang);
  }

  static String summary(Explanation x, Lang lang) {
    boolean vi = lang == Lang.VI;
    List<Item> items = x.items();
    int lastRestart = -1;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Restarted) {
        lastRestart = i;
      }
    }
    Counted counted = x.items(Counted.class).get(0);
    ZonedDateTime from =
        lastRestart >= 0
            ? ((Restarted) items.get(lastRestart)).countingFrom()
            : x.items(CountingStart.class).get(0).at();
    List<String> parts = new ArrayList<>();
    parts.add(
        Texts.limit(counted.limit(), lang)
            + (vi ? " từ " : " from ")
            + Texts.shortDateTime(from, lang)
            + (lastRestart >= 0 ? (vi ? " (tính lại từ đầu)" : " (restarted)") : ""));
    ZonedDateTime dueAt = null;
    for (int i = lastRestart + 1; i < items.size(); i++) {
      Item item = items.get(i);
      if (item instanceof Paused p) {
        if (p.until().isEmpty()) {
          parts.add(
              (vi ? "tạm dừng từ " : "paused since ")
                  + Texts.shortDateTime(p.from(), lang)
                  + " ("
                  + p.reason()
                  + ")");
        } else {
          parts.add(
              (vi ? "tạm dừng " : "paused ")
                  + Texts.workingDuration(
                      p.workingTime().orElse(Duration.ZERO), x.standardDay(), lang)
                  + " ("
                  + p.reason()
                  + ")");
        }
      } else if (item instanceof Extended e && e.counted()) {
        parts.add(
            (vi ? "gia hạn " : "extended by ")
                + Texts.limit(e.extension(), lang)
                + " ("
                + e.reason()
                + ")");
      } else if (item instanceof Due d) {
        dueAt = d.at();
      }
    }
    int year = dueAt != null ? dueAt.getYear() : -1;
    for (DaysOffCounted offCounted : x.items(DaysOffCounted.class)) {
      if (!offCounted.daysOff().isEmpty() || offCounted.weeklyRestDays() > 0) {
        parts.add(vi ? "tính cả ngày nghỉ" : "days off included");
      }
    }
    for (MovedToWorkingDay m : x.items(MovedToWorkingDay.class)) {
      String basis = m.dayOff().map(off -> withBasis(off, lang)).orElse("");
      parts.add(
          vi
              ? "ngày cuối " + dayOrDate(m.nominal(), year, lang) + basis + " là ngày nghỉ"
              : "the last day, " + dayOrDate(m.nominal(), year, lang) + basis + ", is a day off");
    }
    for (DaysSkipped skipped : x.items(DaysSkipped.class)) {
      if (!skipped.daysOff().isEmpty()) {
        List<String> days = new ArrayList<>();
        for (DayOff off : skipped.daysOff()) {
          days.add(dayOrDate(off.date(), year, lang) + withBasis(off, lang));
        }
        parts.add((vi ? "không tính " : "skipping ") + Texts.joinAnd(days, lang));
      }
    }
    String head = String.join(", ", parts);
    if (dueAt != null) {
      return head + (vi ? ": hạn " : ": due ") + Texts.shortDateTime(dueAt, lang);
    }
    AwaitingResume a = x.items(AwaitingResume.class).get(0);
    return head
        + (vi ? ": đang tạm dừng, còn " : ": paused, ")
        + Texts.workingDuration(a.remaining(), x.standardDay(), lang)
        + (vi ? "" : " left");
  }
}
