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

import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.RemainingTime;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.engine.DossierStatistics;
import io.github.motcua.engine.WorklistItem;
import io.github.motcua.examples.Options.BadArgument;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.spi.DossierStoreException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The city demo, the default command of the examples jar: simulates a month of a Da Nang-like city
 * ({@link CitySimulation}) and prints one officer's worklist, the explanation and history of one
 * dossier, and the month's on-time statistics ({@link CityReport}).
 *
 * <pre>
 * demo [--seed N] [--dossiers N] [--month 2026-04]
 *      [--data DIR | --jdbc-url URL [--user U] [--password P] | --in-memory] [--fresh]
 * </pre>
 *
 * <p>The dossiers are kept in the JDBC store ({@link DemoStore}): by default H2 in {@code
 * ./motcua-demo/motcua.mv.db} under the working directory. A run on a store that already holds the
 * city continues it with the next month (its open dossiers carried over, its timers firing); the
 * statistics are those of the month simulated, so they count the dossiers received in it and those
 * carried over, whichever run received them. {@code --fresh} drops the demo's tables first.
 *
 * <p>Prints no personal data: applicants are opaque references and never shown, officers are opaque
 * user ids.
 */
final class CityDemo {
  private static final Set<String> OPTIONS =
      Set.of("--seed", "--dossiers", "--month", "--data", "--jdbc-url", "--user", "--password");
  private static final Set<String> FLAGS = Set.of("--fresh", "--in-memory");
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm d/M/yyyy");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
  private static final int WIDTH = 110;

  private CityDemo() {}

  static void usage(PrintStream out) {
    out.println("usage: demo [--seed N] [--dossiers N] [--month 2026-04]");
    out.println(
        "            [--data DIR | --jdbc-url URL [--user U] [--password P] | --in-memory]"
            + " [--fresh]");
    out.println("  --seed      seed of the simulation's random choices; default 42");
    out.println(
        "  --dossiers  dossiers received in the month, 1 to "
            + CitySimulation.Settings.MAX_DOSSIERS
            + " (a quarter more in the two weeks before); default 300");
    out.println(
        "  --month     the month simulated, 2019-01 to 2030-12; default 2026-04, or the month after"
            + " the stored city's last");
    out.println(
        "  --data      the folder of the demo's H2 database (motcua.mv.db); default ./"
            + DemoStore.DEFAULT_DIR
            + " under the working directory. It is kept: a second run continues the city with"
            + " the next month");
    out.println(
        "  --jdbc-url  run on PostgreSQL or MariaDB instead, e.g."
            + " jdbc:postgresql://127.0.0.1:5432/motcua (tables "
            + DemoStore.PREFIX
            + "*), with --user and --password");
    out.println("  --in-memory keep the dossiers in memory only (nothing is kept)");
    out.println(
        "  --fresh     start over: drop the demo's tables (" + DemoStore.PREFIX + "*) first");
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    CitySimulation.Settings settings;
    Map<String, String> opts;
    try {
      opts = Options.parse(args, OPTIONS, FLAGS);
      if (opts.containsKey("--help")) {
        usage(out);
        return 0;
      }
      checkStoreOptions(opts);
      settings = settings(opts);
    } catch (BadArgument e) {
      err.println("demo: " + e.getMessage());
      usage(err);
      return 2;
    }
    try (DemoStore store = open(opts)) {
      CitySimulation.StoredCity stored =
          CitySimulation.StoredCity.read(store.store(), WorkingCalendar.vietnam().zone());
      if (!stored.isEmpty()) {
        YearMonth next = stored.lastMonth().orElseThrow().plusMonths(1);
        if (!opts.containsKey("--month")) {
          settings = withMonth(settings, next);
        } else if (settings.month().isBefore(next)) {
          err.println(
              "demo: the city stored in "
                  + store.description()
                  + " already has "
                  + stored.lastMonth().get()
                  + "; simulated time only moves forward: give --month "
                  + next
                  + " or later, leave --month out to continue with "
                  + next
                  + ", or add --fresh to start over");
          return 2;
        }
      }
      print(CityReport.of(CitySimulation.run(settings, store.store(), stored)), store, out);
      return 0;
    } catch (BadArgument e) {
      err.println("demo: " + e.getMessage());
      return 2;
    } catch (DossierStoreException e) {
      err.println("demo: the dossier store failed: " + e.getMessage());
      return 1;
    }
  }

  private static CitySimulation.Settings withMonth(CitySimulation.Settings s, YearMonth month)
      throws BadArgument {
    try {
      return new CitySimulation.Settings(s.seed(), s.dossiers(), month);
    } catch (IllegalArgumentException e) {
      throw new BadArgument(
          "the stored city cannot be continued: " + e.getMessage() + "; add --fresh to start over");
    }
  }

  /** Refuses store options that contradict each other. */
  static void checkStoreOptions(Map<String, String> opts) throws BadArgument {
    if (opts.containsKey("--in-memory")) {
      for (String other : List.of("--data", "--jdbc-url", "--fresh")) {
        if (opts.containsKey(other)) {
          throw new BadArgument(
              "--in-memory keeps nothing, so " + other + " makes no sense with it");
        }
      }
    }
    if (opts.containsKey("--data") && opts.containsKey("--jdbc-url")) {
      throw new BadArgument("--data (an H2 folder) and --jdbc-url (a server) exclude each other");
    }
    if (!opts.containsKey("--jdbc-url")
        && (opts.containsKey("--user") || opts.containsKey("--password"))) {
      throw new BadArgument("--user and --password go with --jdbc-url");
    }
  }

  /** Opens the store the options name: H2 in a folder by default. */
  static DemoStore open(Map<String, String> opts) {
    boolean fresh = opts.containsKey("--fresh");
    if (opts.containsKey("--in-memory")) {
      return DemoStore.inMemory();
    }
    if (opts.containsKey("--jdbc-url")) {
      return DemoStore.server(
          opts.get("--jdbc-url"),
          opts.getOrDefault("--user", ""),
          opts.getOrDefault("--password", ""),
          fresh);
    }
    return DemoStore.h2(Path.of(opts.getOrDefault("--data", DemoStore.DEFAULT_DIR)), fresh);
  }

  static CitySimulation.Settings settings(Map<String, String> opts) throws BadArgument {
    CitySimulation.Settings d = CitySimulation.Settings.defaults();
    long seed = d.seed();
    int dossiers = d.dossiers();
    YearMonth month = d.month();
    if (opts.containsKey("--seed")) {
      try {
        seed = Long.parseLong(opts.get("--seed"));
      } catch (NumberFormatException e) {
        throw new BadArgument("--seed '" + opts.get("--seed") + "' is not a whole number");
      }
    }
    if (opts.containsKey("--dossiers")) {
      try {
        dossiers = Integer.parseInt(opts.get("--dossiers"));
      } catch (NumberFormatException e) {
        throw new BadArgument("--dossiers '" + opts.get("--dossiers") + "' is not a whole number");
      }
    }
    if (opts.containsKey("--month")) {
      try {
        month = YearMonth.parse(opts.get("--month"));
      } catch (DateTimeParseException e) {
        throw new BadArgument(
            "--month '" + opts.get("--month") + "' is not a month; write 2026-04");
      }
    }
    try {
      return new CitySimulation.Settings(seed, dossiers, month);
    } catch (IllegalArgumentException e) {
      throw new BadArgument(e.getMessage());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Printing

  static void print(CityReport r, DemoStore store, PrintStream out) {
    CitySimulation sim = r.simulation();
    ZoneId zone = sim.calendar().zone();
    YearMonth month = sim.settings().month();
    CitySimulation.Tally t = sim.tally();
    String monthName =
        month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
            + " "
            + month.getYear();
    out.println(
        "motcua city demo: a Da Nang-like city, "
            + monthName
            + ", seed "
            + sim.settings().seed()
            + " (fake clock)");
    out.println("Store (nơi lưu hồ sơ): " + store.description());
    CitySimulation.StoredCity stored = sim.stored();
    if (!stored.isEmpty()) {
      out.println(
          "  continues the city stored there: "
              + stored.dossiers()
              + " dossiers received up to "
              + stored.lastMonth().orElseThrow()
              + ", "
              + stored.open().size()
              + " of them still open and carried over; demo --fresh starts over");
    } else if (store.durable()) {
      out.println(
          "  a new city, kept there: the next run continues it with "
              + month.plusMonths(1)
              + "; demo --fresh starts over");
    }
    out.println();
    out.println(
        "City (thành phố): 1 city People's Committee, 3 districts (quận) with 2 wards (phường)"
            + " each,");
    out.println("  3 land registration office branches, 3 culture offices, 1 tax sub-department");
    out.println("Procedures (thủ tục hành chính), read from procedures/*.yaml in the jar:");
    for (String code :
        List.of(
            CitySimulation.BIRTH,
            CitySimulation.HOUSEHOLD,
            CitySimulation.PERMIT,
            CitySimulation.LAND)) {
      Procedure p = sim.catalog().latest(code).orElseThrow();
      out.println(
          "  "
              + p.code()
              + " v"
              + p.version()
              + "  "
              + p.name()
              + ": "
              + p.timeLimit()
              + ", "
              + p.countingRule().name().toLowerCase(Locale.ROOT).replace('_', '-')
              + p.intakeCutoff().map(c -> ", cut-off " + c).orElse(""));
    }
    out.println();
    out.println(
        "Simulated "
            + at(sim.start(), zone)
            + " to "
            + at(sim.end(), zone)
            + " on the fake clock; the engine's timers fired every morning at 07:00.");
    Table summary = new Table("", "");
    summary.numeric(1, 1);
    summary.row("dossiers received (hồ sơ tiếp nhận)", Integer.toString(t.submitted));
    summary.row("  of them in " + monthName, Integer.toString(t.submittedInMonth));
    summary.row("  at the counter (trực tiếp)", Integer.toString(t.counter));
    summary.row("  online (trực tuyến), at any hour", Integer.toString(t.online));
    summary.row("  on a working day after 15:00", Integer.toString(t.afterThreePm));
    summary.row("actions performed (thao tác)", Integer.toString(t.transitions));
    summary.row("supplement requests (yêu cầu bổ sung)", Integer.toString(t.supplementRequests));
    summary.row(
        "payment notices (thông báo nghĩa vụ tài chính)", Integer.toString(t.paymentNotices));
    summary.row(
        "extensions with a letter of apology (gia hạn, phiếu xin lỗi)",
        Integer.toString(t.extensions));
    summary.row("rejections (từ chối)", Integer.toString(t.rejections));
    summary.row(
        "parallel consultations (lấy ý kiến song song)", Integer.toString(t.consulted.size()));
    summary.row("dossiers stopped by the timers (dừng xử lý)", Integer.toString(t.automaticStops));
    summary.row("timer runs / due-soon warnings", t.timerRuns + " / " + t.dueSoonMarks);
    summary.row("overdue marks (quá hạn)", Integer.toString(t.overdueMarks));
    summary.row(
        "appointment dates that skip a holiday (ngày nghỉ lễ)",
        Integer.toString(r.holidayDossiers()));
    if (!t.refusals.isEmpty()) {
      summary.row("commands the engine refused", Integer.toString(t.refusals.size()));
    }
    summary.print(out, "  ", false);
    if (!r.daysOffSkipped().isEmpty()) {
      out.println(
          "  Holidays and days off in lieu skipped: "
              + r.daysOffSkipped().stream().map(CityDemo::day).collect(Collectors.joining(", ")));
    }
    if (!t.refusals.isEmpty()) {
      out.println("  First refusal: " + t.refusals.get(0));
    }

    printWorklist(r, out, zone);
    printExplanation(r, out, zone);
    printStatistics(r, out, monthName);
  }

  private static void printWorklist(CityReport r, PrintStream out, ZoneId zone) {
    CitySimulation sim = r.simulation();
    out.println();
    out.println(
        "1. Worklist (danh sách hồ sơ cần xử lý) of "
            + City.roleName(r.worklistRole())
            + ", "
            + shortName(sim.city().name(r.worklistAgency()))
            + " ["
            + r.worklistAgency()
            + "]");
    out.println(
        "   at "
            + at(sim.end(), zone)
            + ", most urgent first: first page, "
            + r.worklist().items().size()
            + " of "
            + r.worklistTotal());
    Table table =
        new Table(
            "Số hồ sơ (number)",
            "Thủ tục (procedure)",
            "Bước (step)",
            "Hạn (due)",
            "Còn lại (left)");
    for (WorklistItem item : r.worklist().items()) {
      Dossier d = item.dossier();
      Procedure p = sim.engine().procedureOf(d);
      table.row(
          d.number(),
          p.code() + " " + english(p.name()),
          item.stepName(),
          item.step().dueAt().map(x -> at(x, zone)).orElse("-"),
          item.remaining()
              .map(CityDemo::remaining)
              .orElse("chờ công dân (waiting for the applicant)"));
    }
    table.print(out, "   ");
  }

  private static String remaining(RemainingTime left) {
    return left.render(VI) + " (" + left.render(Locale.ENGLISH) + ")";
  }

  private static void printExplanation(CityReport r, PrintStream out, ZoneId zone) {
    CitySimulation sim = r.simulation();
    Dossier d = r.explained();
    Procedure p = sim.engine().procedureOf(d);
    out.println();
    out.println(
        "2. Appointment date (ngày hẹn trả kết quả) of dossier "
            + d.number()
            + ", "
            + p.code()
            + " "
            + english(p.name())
            + ", received "
            + (d.channel() == Channel.ONLINE ? "online by " : "at the counter of ")
            + shortName(sim.city().name(d.receivingAgencyId())));
    wrap(out, "   ", r.explanation().summary(VI));
    wrap(out, "   ", r.explanation().summary(Locale.ENGLISH));
    out.println();
    for (String line : r.explanation().render(Locale.ENGLISH).split("\n")) {
      wrap(out, "   ", line);
    }
    out.println();
    out.println("   History (nhật ký xử lý), " + r.history().size() + " events, oldest first:");
    Table table =
        new Table("#", "At (lúc)", "Event (sự kiện)", "Step / action", "By (người)", "Due (hạn)");
    for (DossierEvent e : r.history()) {
      String where =
          e.stepId().orElse("")
              + e.actionId().map(a -> (e.stepId().isPresent() ? " > " : "") + a).orElse("");
      if (where.isEmpty() && (e.type() == EventType.DUE_SOON || e.type() == EventType.OVERDUE)) {
        where = "(the dossier)";
      }
      String due = "";
      if (isClockChange(e)) {
        due =
            e.previousDue().map(x -> at(x, zone)).orElse("-")
                + " → "
                + e.newDue().map(x -> at(x, zone)).orElse("-");
      }
      table.row(
          Long.toString(e.sequence()),
          at(e.at(), zone),
          label(e.type()),
          where,
          e.userId().orElse(""),
          due);
      e.comment().ifPresent(c -> table.note("\"" + c + "\""));
      e.detail(DossierEvent.DETAIL_EXPLANATION).ifPresent(table::note);
    }
    table.print(out, "   ");
  }

  private static boolean isClockChange(DossierEvent e) {
    return switch (e.type()) {
      case SUBMITTED, PAUSED, RESUMED, EXTENDED, COMPLETED, UNDONE -> true;
      default -> false;
    };
  }

  private static String label(EventType type) {
    return switch (type) {
      case SUBMITTED -> "submitted (tiếp nhận)";
      case STEP_ENTERED -> "step entered (chuyển bước)";
      case STEP_CANCELLED -> "step cancelled (hủy bước)";
      case ACTION_PERFORMED -> "action (thao tác)";
      case PAUSED -> "paused (tạm dừng)";
      case RESUMED -> "resumed (tiếp tục)";
      case EXTENDED -> "extended (gia hạn)";
      case DUE_SOON -> "due soon (sắp đến hạn)";
      case OVERDUE -> "overdue (quá hạn)";
      case COMPLETED -> "completed (kết thúc)";
      case UNDONE -> "undone (hoàn tác)";
      case AGENCY_CHANGED -> "agency changed (chuyển cơ quan)";
      case ATTRIBUTES_CHANGED -> "attributes corrected (sửa thông tin)";
      case DOCUMENT_ATTACHED -> "document attached (đính kèm giấy tờ)";
      case STEP_CLAIMED -> "claimed (nhận xử lý)";
      case STEP_RELEASED -> "released (trả lại)";
      case STEP_REASSIGNED -> "reassigned (phân công lại)";
      case STEP_TRANSFERRED -> "transferred (chuyển xử lý)";
      case STEP_RETURNED_TO_POOL -> "returned to the pool (trả về danh sách chung)";
    };
  }

  private static void printStatistics(CityReport r, PrintStream out, String monthName) {
    CitySimulation sim = r.simulation();
    out.println();
    out.println(
        "3. On-time statistics (thống kê tình hình giải quyết hồ sơ), "
            + monthName
            + ", by receiving agency and procedure:");
    Table table =
        new Table(
            "Agency (cơ quan)",
            "Procedure",
            "Recv",
            "Carr",
            "NotDue",
            "Over",
            "Wait",
            "Early",
            "OnTime",
            "Late",
            "Rate",
            "By status code");
    table.numeric(2, 10);
    for (DossierStatistics s : r.rows()) {
      String agency = s.scope().receivingAgencyId().orElseThrow();
      String code = s.scope().procedureCode().orElseThrow();
      statRow(
          table,
          shortName(sim.city().name(agency)),
          code + " " + english(sim.catalog().latest(code).orElseThrow().name()),
          s);
    }
    table.rule();
    statRow(table, "All agencies (tổng)", "all procedures", r.total());
    table.print(out, "   ");
    out.println(
        "   Recv received in the month (tiếp nhận trong kỳ); Carr carried over (tồn kỳ trước);"
            + " unfinished at the end:");
    out.println(
        "   NotDue not yet due (đang giải quyết, trong hạn), Over overdue (quá hạn), Wait waiting"
            + " for the applicant (chờ bổ sung, nộp tiền);");
    out.println(
        "   finished in the month: Early (trước hạn), OnTime (đúng hạn), Late (trễ hạn); Rate ="
            + " (early + on time) / finished;");
    out.println(
        "   By status code: dossiers per national portal status code (mã trạng thái, Cổng Dịch vụ"
            + " công quốc gia), see below.");
    out.println();
    out.println("   National status codes, all agencies:");
    Table codes = new Table("Code", "Status (trạng thái)", "Dossiers");
    codes.numeric(0, 0);
    codes.numeric(2, 2);
    for (Map.Entry<Integer, Long> e :
        new java.util.TreeMap<>(r.total().byPortalCode()).entrySet()) {
      codes.row(
          Integer.toString(e.getKey()),
          statusName(DossierStatus.ofPortalCode(e.getKey())),
          Long.toString(e.getValue()));
    }
    codes.print(out, "   ");
  }

  private static void statRow(Table table, String agency, String procedure, DossierStatistics s) {
    table.row(
        agency,
        procedure,
        Long.toString(s.received()),
        Long.toString(s.carriedOver()),
        Long.toString(s.inProgressNotDue()),
        Long.toString(s.inProgressOverdue()),
        Long.toString(s.waitingForApplicant()),
        Long.toString(s.finishedEarly()),
        Long.toString(s.finishedOnTime()),
        Long.toString(s.finishedLate()),
        s.onTimeRate().isPresent()
            ? String.format(Locale.ROOT, "%.1f%%", 100 * s.onTimeRate().getAsDouble())
            : "-",
        new java.util.TreeMap<>(s.byPortalCode())
            .entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(" ")));
  }

  static String statusName(DossierStatus s) {
    return switch (s) {
      case NEWLY_REGISTERED -> "mới đăng ký (newly registered)";
      case RECEIVED -> "được tiếp nhận (received)";
      case NOT_ACCEPTED -> "không được tiếp nhận (not accepted, rejected)";
      case PROCESSING -> "đang xử lý (processing)";
      case SUPPLEMENT_REQUESTED -> "yêu cầu bổ sung (supplement requested)";
      case FINANCIAL_OBLIGATION_REQUESTED -> "nghĩa vụ tài chính (payment requested)";
      case WITHDRAWN -> "rút hồ sơ (withdrawn)";
      case STOPPED -> "dừng xử lý (stopped)";
      case RESULT_READY -> "đã xử lý xong (result ready)";
      case RESULT_RETURNED -> "đã trả kết quả (result returned)";
    };
  }

  /** Prints text in lines of at most {@link #WIDTH} characters, each after the indent. */
  static void wrap(PrintStream out, String indent, String text) {
    StringBuilder line = new StringBuilder(indent);
    int first = indent.length();
    String continuation = indent + "  ";
    for (String word : text.split(" ")) {
      if (line.length() > first && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line = new StringBuilder(continuation);
        first = continuation.length();
      }
      if (line.length() > first) {
        line.append(' ');
      }
      line.append(word);
    }
    out.println(line);
  }

  private static String at(Instant instant, ZoneId zone) {
    return AT.format(instant.atZone(zone));
  }

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** "Đăng ký khai sinh (birth registration)" gives "birth registration". */
  static String english(String name) {
    int open = name.lastIndexOf(" (");
    return open >= 0 && name.endsWith(")") ? name.substring(open + 2, name.length() - 1) : name;
  }

  /** "UBND quận Hải Châu (district People's Committee)" gives "UBND quận Hải Châu". */
  static String shortName(String name) {
    int open = name.lastIndexOf(" (");
    return open >= 0 ? name.substring(0, open) : name;
  }

  /** A plain text table: columns as wide as their widest cell, notes under a row. */
  private static final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] right;
    private final int columns;

    Table(String... header) {
      this.columns = header.length;
      this.right = new boolean[columns];
      rows.add(header);
    }

    void numeric(int from, int to) {
      for (int i = from; i <= to; i++) {
        right[i] = true;
      }
    }

    void row(String... cells) {
      rows.add(cells);
    }

    void rule() {
      rows.add(null);
    }

    void note(String text) {
      rows.add(new String[] {"\u0000" + text});
    }

    void print(PrintStream out, String indent) {
      print(out, indent, true);
    }

    void print(PrintStream out, String indent, boolean header) {
      int[] width = new int[columns];
      for (String[] row : rows) {
        if (row == null || row[0].startsWith("\u0000")) {
          continue;
        }
        for (int i = 0; i < columns; i++) {
          width[i] = Math.max(width[i], row[i].length());
        }
      }
      int total = 0;
      for (int w : width) {
        total += w + 2;
      }
      for (String[] row : header ? rows : rows.subList(1, rows.size())) {
        if (row == null) {
          out.println(indent + "-".repeat(Math.max(0, total - 2)));
          continue;
        }
        if (row[0].startsWith("\u0000")) {
          wrap(out, indent + "      ", row[0].substring(1));
          continue;
        }
        StringBuilder sb = new StringBuilder(indent);
        for (int i = 0; i < columns; i++) {
          String cell = row[i];
          String pad = " ".repeat(width[i] - cell.length());
          sb.append(right[i] ? pad + cell : cell + (i == columns - 1 ? "" : pad));
          if (i < columns - 1) {
            sb.append("  ");
          }
        }
        out.println(sb.toString().stripTrailing());
      }
    }
  }
}
