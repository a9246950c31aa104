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
import java.io.UncheckedIOException;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The city demo, the default command of the examples jar: simulates Đà Nẵng ({@link City}) month by
 * month, by default the year 2025 across the reorganisation of 1 July 2025 ({@link
 * CitySimulation}), and prints one officer's worklist, the explanation and history of one dossier,
 * the history of a dossier moved by the reorganisation, and the on-time statistics of the months
 * before and after it ({@link CityReport}); it writes the Mermaid diagrams of every shipped
 * procedure version ({@link ProcedureDiagrams}). Progress goes to standard error ({@link
 * Progress}).
 *
 * <pre>
 * demo [--seed N] [--dossiers N] [--month 2025-01] [--months 12]
 *      [--data DIR | --jdbc-url URL [--user U] [--password P] | --in-memory] [--fresh]
 *      [--diagrams DIR]
 * </pre>
 *
 * <p>The dossiers are kept in the JDBC store ({@link DemoStore}): by default H2 in {@code
 * ./motcua-demo/motcua.mv.db} under the working directory. A run on a store that already holds the
 * city continues it with the months after the last stored one (its open dossiers carried over, its
 * timers firing); the statistics are those of the months simulated, so they count the dossiers
 * received in them and those carried over, whichever run received them. {@code --fresh} drops the
 * demo's tables first.
 *
 * <p>Prints no personal data: applicants are opaque references and never shown, officers are opaque
 * user ids.
 */
final class CityDemo {
  private static final Set<String> OPTIONS =
      Set.of(
          "--seed",
          "--dossiers",
          "--month",
          "--months",
          "--diagrams",
          "--data",
          "--jdbc-url",
          "--user",
          "--password");
  private static final Set<String> FLAGS = Set.of("--fresh", "--in-memory");
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm d/M/yyyy");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
  private static final int WIDTH = 110;

  private CityDemo() {}

  static void usage(PrintStream out) {
    out.println("usage: demo [--seed N] [--dossiers N] [--month 2025-01] [--months 12]");
    out.println(
        "            [--data DIR | --jdbc-url URL [--user U] [--password P] | --in-memory]"
            + " [--fresh] [--diagrams DIR]");
    out.println(
        "  Simulates Đà Nẵng month by month on a fake clock: by default the year 2025, across the"
            + " reorganisation");
    out.println(
        "  of 1 July 2025 (districts abolished, wards merged, dossiers in flight moved to the new"
            + " agencies).");
    out.println("  --seed      seed of the simulation's random choices; default 42");
    out.println(
        "  --dossiers  dossiers received per month, 1 to "
            + CitySimulation.Settings.MAX_DOSSIERS
            + " (a quarter of a month more in the two weeks before a new city); default "
            + CitySimulation.DEFAULT_DOSSIERS);
    out.println(
        "  --month     the first month simulated, 2019-01 to 2030-12; default 2025-01, or the month"
            + " after the stored city's last");
    out.println(
        "  --months    how many months are simulated, 1 to "
            + CitySimulation.Settings.MAX_MONTHS
            + "; default 12");
    out.println(
        "  --data      the folder of the demo's H2 database (motcua.mv.db); default ./"
            + DemoStore.DEFAULT_DIR
            + " under the working directory. It is kept: a second run continues the city with"
            + " the months after the last stored one (2026 after a default run)");
    out.println(
        "  --jdbc-url  run on PostgreSQL or MariaDB instead, e.g."
            + " jdbc:postgresql://127.0.0.1:5432/motcua (tables "
            + DemoStore.PREFIX
            + "*), with --user and --password");
    out.println("  --in-memory keep the dossiers in memory only (nothing is kept)");
    out.println(
        "  --fresh     start over: drop the demo's tables (" + DemoStore.PREFIX + "*) first");
    out.println(
        "  --diagrams  the folder the Mermaid diagrams of every shipped procedure version are"
            + " written to (<code>-v<n>.mmd and README.md); default the --data folder's"
            + " diagrams/, none with --in-memory or --jdbc-url unless given");
    out.println(
        "  Progress goes to standard error: a bar on a terminal, one line per phase otherwise.");
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
    Progress progress = Progress.on(err);
    try (DemoStore store = open(opts)) {
      progress.phase("reading the store: " + store.description());
      CitySimulation.StoredCity stored =
          CitySimulation.StoredCity.read(store.store(), WorkingCalendar.vietnam().zone());
      if (!stored.isEmpty()) {
        YearMonth next = stored.lastMonth().orElseThrow().plusMonths(1);
        if (!opts.containsKey("--month")) {
          settings = withMonth(settings, next);
        } else if (settings.month().isBefore(next)) {
          progress.end();
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
      CitySimulation sim = CitySimulation.run(settings, store.store(), stored, progress);
      progress.phase("reading the report from the engine");
      CityReport report = CityReport.of(sim);
      Optional<Path> diagrams = diagramFolder(opts);
      if (diagrams.isPresent()) {
        progress.phase("writing the procedure diagrams to " + diagrams.get());
        ProcedureDiagrams.write(sim.catalog(), diagrams.get());
      }
      progress.end();
      print(report, store, diagrams, out);
      progress.finish();
      return 0;
    } catch (UncheckedIOException e) {
      progress.end();
      err.println("demo: cannot write the diagrams: " + e.getCause().getMessage());
      return 1;
    } catch (BadArgument e) {
      progress.end();
      err.println("demo: " + e.getMessage());
      return 2;
    } catch (DossierStoreException e) {
      progress.end();
      err.println("demo: the dossier store failed: " + e.getMessage());
      return 1;
    }
  }

  private static CitySimulation.Settings withMonth(CitySimulation.Settings s, YearMonth month)
      throws BadArgument {
    try {
      return new CitySimulation.Settings(s.seed(), s.dossiers(), month, s.months());
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

  /**
   * The folder the diagrams are written to: {@code --diagrams}, else the H2 folder's {@code
   * diagrams/}; none for the other stores unless given.
   */
  static Optional<Path> diagramFolder(Map<String, String> opts) {
    if (opts.containsKey("--diagrams")) {
      return Optional.of(Path.of(opts.get("--diagrams")));
    }
    if (opts.containsKey("--in-memory") || opts.containsKey("--jdbc-url")) {
      return Optional.empty();
    }
    return Optional.of(
        Path.of(opts.getOrDefault("--data", DemoStore.DEFAULT_DIR)).resolve("diagrams"));
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
    int months = d.months();
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
    if (opts.containsKey("--months")) {
      try {
        months = Integer.parseInt(opts.get("--months"));
      } catch (NumberFormatException e) {
        throw new BadArgument("--months '" + opts.get("--months") + "' is not a whole number");
      }
    }
    try {
      return new CitySimulation.Settings(seed, dossiers, month, months);
    } catch (IllegalArgumentException e) {
      throw new BadArgument(e.getMessage());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Printing

  static void print(CityReport r, DemoStore store, Optional<Path> diagrams, PrintStream out) {
    CitySimulation sim = r.simulation();
    ZoneId zone = sim.calendar().zone();
    CitySimulation.Settings settings = sim.settings();
    YearMonth month = settings.month();
    CitySimulation.Tally t = sim.tally();
    String monthName = periodName(month, settings.lastMonth());
    out.println(
        "motcua city demo: Đà Nẵng, " + monthName + ", seed " + settings.seed() + " (fake clock)");
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
          "  a new city, kept there: the next run continues it from "
              + settings.lastMonth().plusMonths(1)
              + "; demo --fresh starts over");
    }
    out.println();
    out.println("City (thành phố Đà Nẵng), two structures in one effective-dated directory:");
    out.println(
        "  until 30/6/2025: the city People's Committee, 3 districts (quận Hải Châu, Thanh Khê,"
            + " Sơn Trà) with "
            + sim.city().wards().size()
            + " of their wards (phường),");
    out.println(
        "    a land registration office branch and a culture office per district, the tax"
            + " authority;");
    out.println(
        "  from 1/7/2025 00:00: "
            + sim.city().communes().size()
            + " wards, communes and a special zone (Hải Châu, Hòa Cường, Thanh Khê, An Hải, Sơn"
            + " Trà, ...),");
    out.println(
        "    each with its service centre, the provincial service centre, 4 departments, the land"
            + " registration office");
    out.println(
        "    and its 3 branches; "
            + sim.city().directory().reorganisations().size()
            + " reorganisations recorded (Nghị quyết 1659/NQ-UBTVQH15, Nghị quyết 202/2025/QH15)");
    out.println(
        "Procedures (thủ tục hành chính), every version read from procedures/*.yaml in the jar;"
            + " a dossier keeps the version in force when it was received:");
    List<String> codes = sim.catalog().codes().stream().sorted(procedureOrder()).toList();
    for (String code : codes) {
      for (Procedure p : sim.catalog().versions(code)) {
        out.println(
            "  "
                + p.code()
                + " v"
                + p.version()
                + " from "
                + day(p.effectiveFrom())
                + "  "
                + english(p.name())
                + ": "
                + p.timeLimit()
                + ", "
                + p.countingRule().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + p.intakeCutoff().map(c -> ", cut-off " + c).orElse(""));
      }
    }
    diagrams.ifPresent(
        d ->
            out.println(
                "  Their Mermaid diagrams: "
                    + d.resolve(ProcedureDiagrams.PAGE)
                    + " (one .mmd file per version)"));
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
    summary.row("  of them in " + monthName, Integer.toString(t.submittedInPeriod));
    if (t.reorganisations > 0) {
      summary.row(
          "dossiers moved by the reorganisation of 1/7/2025 (chuyển cơ quan)",
          Integer.toString(t.movedByReorganisation));
    }
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
    printMoved(r, out, zone);
    printStatistics(r, out, zone);
  }

  /** "January 2025", or "January to December 2025", or "December 2025 to January 2026". */
  static String periodName(YearMonth first, YearMonth last) {
    String a = first.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    String b = last.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    if (first.equals(last)) {
      return a + " " + first.getYear();
    }
    if (first.getYear() == last.getYear()) {
      return a + " to " + b + " " + last.getYear();
    }
    return a + " " + first.getYear() + " to " + b + " " + last.getYear();
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
    printHistory(r.history(), out, zone);
  }

  /** A dossier's events as a table, oldest first, with comments and details as notes. */
  private static void printHistory(List<DossierEvent> history, PrintStream out, ZoneId zone) {
    out.println("   History (nhật ký xử lý), " + history.size() + " events, oldest first:");
    Table table =
        new Table("#", "At (lúc)", "Event (sự kiện)", "Step / action", "By (người)", "Due (hạn)");
    for (DossierEvent e : history) {
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
      if (e.type() == EventType.AGENCY_CHANGED) {
        where = e.detail(DossierEvent.DETAIL_REORGANISATION).orElse("");
        due = "unchanged (không đổi)";
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
      e.detail(DossierEvent.DETAIL_AGENCY_MOVES).ifPresent(m -> table.note("moved (chuyển): " + m));
      e.detail(DossierEvent.DETAIL_LEGAL_BASIS)
          .ifPresent(l -> table.note("legal basis (căn cứ): " + l));
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

  private static void printMoved(CityReport r, PrintStream out, ZoneId zone) {
    if (r.moved().isEmpty()) {
      return;
    }
    CitySimulation sim = r.simulation();
    Dossier d = r.moved().get();
    Procedure p = sim.engine().procedureOf(d);
    out.println();
    out.println(
        "3. A dossier moved by the reorganisation of 1/7/2025 (sắp xếp đơn vị hành chính): "
            + d.number()
            + ", "
            + p.code()
            + " v"
            + p.version()
            + " "
            + english(p.name()));
    out.println(
        "   received "
            + at(d.receivedAt(), zone)
            + " by "
            + shortName(sim.city().name(d.receivingAgencyId()))
            + " ["
            + d.receivingAgencyId()
            + "]; competent then "
            + d.competenceChanges().get(0).fromAgencyId()
            + ", now "
            + shortName(sim.city().name(d.competentAgencyId()))
            + " ["
            + d.competentAgencyId()
            + "]");
    String dueThen = "no due date";
    for (DossierEvent e : r.movedHistory()) {
      if (e.type() == EventType.AGENCY_CHANGED) {
        break;
      }
      if (isClockChange(e)) {
        dueThen =
            e.newDue().map(x -> "due " + at(x, zone)).orElse("paused, waiting for the applicant,");
      }
    }
    out.println(
        "   it keeps its procedure version (v"
            + p.version()
            + ") and its clock: "
            + dueThen
            + " when moved, unchanged by the move; "
            + (d.isFinished()
                ? "finished " + d.finishedAt().map(x -> at(x, zone)).orElse("")
                : "still open"));
    printHistory(r.movedHistory(), out, zone);
  }

  private static void printStatistics(CityReport r, PrintStream out, ZoneId zone) {
    CitySimulation sim = r.simulation();
    int n = r.moved().isPresent() ? 4 : 3;
    for (CityReport.Period period : r.periods()) {
      out.println();
      out.println(
          n
              + ". On-time statistics (thống kê tình hình giải quyết hồ sơ), "
              + day(period.from().atZone(zone).toLocalDate())
              + " to "
              + day(period.to().atZone(zone).toLocalDate().minusDays(1))
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
      for (DossierStatistics s : period.rows()) {
        String agency = s.scope().receivingAgencyId().orElseThrow();
        String code = s.scope().procedureCode().orElseThrow();
        statRow(
            table,
            shortName(sim.city().name(agency)),
            code + " " + english(sim.catalog().latest(code).orElseThrow().name()),
            s);
      }
      table.rule();
      statRow(table, "All agencies (tổng)", "all procedures", period.total());
      table.print(out, "   ");
      n++;
    }
    out.println(
        "   Recv received in the period (tiếp nhận trong kỳ); Carr carried over (tồn kỳ trước);"
            + " unfinished at the end:");
    out.println(
        "   NotDue not yet due (đang giải quyết, trong hạn), Over overdue (quá hạn), Wait waiting"
            + " for the applicant (chờ bổ sung, nộp tiền);");
    out.println(
        "   finished in the period: Early (trước hạn), OnTime (đúng hạn), Late (trễ hạn); Rate ="
            + " (early + on time) / finished;");
    out.println(
        "   By status code: dossiers per national portal status code (mã trạng thái, Cổng Dịch vụ"
            + " công quốc gia), see below.");
    out.println();
    CityReport.Period last = r.periods().get(r.periods().size() - 1);
    out.println("   National status codes, all agencies, the last period:");
    Table codes = new Table("Code", "Status (trạng thái)", "Dossiers");
    codes.numeric(0, 0);
    codes.numeric(2, 2);
    for (Map.Entry<Integer, Long> e :
        new java.util.TreeMap<>(last.total().byPortalCode()).entrySet()) {
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

  /** The procedures in the order the demo lists them: as drawn by the simulation, then by code. */
  static java.util.Comparator<String> procedureOrder() {
    List<String> order =
        List.of(
            CitySimulation.BIRTH,
            CitySimulation.HOUSEHOLD,
            CitySimulation.PERMIT,
            CitySimulation.LAND);
    return java.util.Comparator.<String>comparingInt(
            c -> order.indexOf(c) < 0 ? Integer.MAX_VALUE : order.indexOf(c))
        .thenComparing(c -> c);
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
