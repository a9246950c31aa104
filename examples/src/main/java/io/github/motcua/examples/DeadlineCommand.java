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
package io.github.motcua.examples;

import io.github.motcua.MotcuaException;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.CountingPolicy;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.DeadlineCalculator;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.examples.Options.BadArgument;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The deadline tool: prints the due date of a time limit counted from a receipt on the Vietnamese
 * public-sector calendar, with its explanation.
 *
 * <pre>
 * deadline --received 2026-04-24T16:10 --limit "15 working days"
 *          [--rule working-time|end-of-day|calendar-days] [--cutoff 15:00] [--lang vi|en]
 * </pre>
 */
final class DeadlineCommand {
  private static final Set<String> OPTIONS =
      Set.of("--received", "--limit", "--rule", "--cutoff", "--lang");

  private DeadlineCommand() {}

  static void usage(PrintStream out) {
    out.println(
        "usage: deadline --received 2026-04-24T16:10 --limit \"15 working days\""
            + " [--rule working-time|end-of-day|calendar-days] [--cutoff 15:00] [--lang vi|en]");
    out.println("  --received  when the dossier was received, local time in Asia/Ho_Chi_Minh");
    out.println("              (2026-04-24T16:10) or with an offset (2026-04-24T16:10+07:00)");
    out.println("  --limit     '15 working days', '0.5 working days', '4 working hours',");
    out.println(
        "              '30 calendar days' (or '15 ngày làm việc', '4 giờ làm việc', '30 ngày')");
    out.println("  --rule      how days are counted; default working-time");
    out.println(
        "  --cutoff    intake cut-off: received later on a working day counts from the next");
    out.println("  --lang      language of the explanation; default en");
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Map<String, String> opts = Options.parse(args, OPTIONS);
      if (opts.containsKey("--help")) {
        usage(out);
        return 0;
      }
      WorkingCalendar calendar = WorkingCalendar.vietnam();
      Instant received = received(require(opts, "--received"), calendar);
      TimeLimit limit;
      try {
        limit = TimeLimit.parse(require(opts, "--limit"));
      } catch (MotcuaException e) {
        throw new BadArgument("--limit: " + e.getMessage());
      }
      CountingPolicy policy = CountingPolicy.of(rule(opts.getOrDefault("--rule", "working-time")));
      if (opts.containsKey("--cutoff")) {
        policy = policy.withIntakeCutoff(cutoff(opts.get("--cutoff")));
      }
      Locale locale = lang(opts.getOrDefault("--lang", "en"));
      Deadline d;
      try {
        d = DeadlineCalculator.on(calendar).compute(received, limit, policy);
      } catch (MotcuaException e) {
        throw new BadArgument(e.getMessage());
      }
      out.println(d.explanation().summary(locale));
      out.println();
      out.println(d.explanation().render(locale));
      return 0;
    } catch (BadArgument e) {
      err.println("deadline: " + e.getMessage());
      usage(err);
      return 2;
    }
  }

  private static String require(Map<String, String> opts, String name) throws BadArgument {
    String v = opts.get(name);
    if (v == null) {
      throw new BadArgument(name + " is required");
    }
    return v;
  }

  private static Instant received(String text, WorkingCalendar calendar) throws BadArgument {
    try {
      return LocalDateTime.parse(text).atZone(calendar.zone()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e2) {
        throw new BadArgument(
            "--received '"
                + text
                + "' is not a date and time; write 2026-04-24T16:10 (local time in "
                + calendar.zone()
                + ") or 2026-04-24T16:10+07:00");
      }
    }
  }

  private static CountingRule rule(String text) throws BadArgument {
    return switch (text) {
      case "working-time" -> CountingRule.WORKING_TIME;
      case "end-of-day" -> CountingRule.END_OF_DAY;
      case "calendar-days" -> CountingRule.CALENDAR_DAYS;
      default ->
          throw new BadArgument(
              "--rule '"
                  + text
                  + "' is not a rule; allowed: working-time, end-of-day, calendar-days");
    };
  }

  private static LocalTime cutoff(String text) throws BadArgument {
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadArgument("--cutoff '" + text + "' is not a time of day; write it as 15:00");
    }
  }

  private static Locale lang(String text) throws BadArgument {
    return switch (text) {
      case "vi" -> Locale.forLanguageTag("vi");
      case "en" -> Locale.ENGLISH;
      default -> throw new BadArgument("--lang '" + text + "' is not supported; allowed: vi, en");
    };
  }
}
