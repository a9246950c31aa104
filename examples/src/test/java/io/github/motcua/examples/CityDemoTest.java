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

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.deadline.Explanation;
import io.github.motcua.deadline.RemainingTime;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.engine.DossierStatistics;
import io.github.motcua.engine.WorklistItem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CityDemoTest {
  /** A small year: 40 dossiers a month, 2025, across the reorganisation of 1 July. */
  private static final String[] SMALL_YEAR = {"--in-memory", "--dossiers", "40"};

  private static CityReport report;
  private static String defaultOutput;
  private static String defaultErr;

  @BeforeAll
  static void runASmallYearOnce() {
    String[] outErr = run(args("demo"));
    assertThat(outErr[2]).isEqualTo("0");
    defaultOutput = outErr[0];
    defaultErr = outErr[1];
    report =
        CityReport.of(
            CitySimulation.run(
                new CitySimulation.Settings(42, 40, java.time.YearMonth.of(2025, 1), 12)));
  }

  private static String[] args(String command, String... more) {
    List<String> all = new java.util.ArrayList<>(List.of(command));
    all.addAll(List.of(SMALL_YEAR));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /** Runs the jar's main with arguments; returns stdout, stderr and the exit code. */
  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {
      out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), "" + code
    };
  }

  @Test
  void theDemoSimulatesTheYear2025ByDefaultAndPrintsItsParts() {
    assertThat(CitySimulation.Settings.defaults())
        .isEqualTo(
            new CitySimulation.Settings(
                42, CitySimulation.DEFAULT_DOSSIERS, java.time.YearMonth.of(2025, 1), 12));
    assertThat(defaultOutput)
        .startsWith("motcua city demo: Đà Nẵng, January to December 2025, seed 42")
        .contains("Simulated 00:00 18/12/2024 to 00:00 1/1/2026")
        .contains("1. Worklist (danh sách hồ sơ cần xử lý)")
        .contains("2. Appointment date (ngày hẹn trả kết quả) of dossier")
        .contains("History (nhật ký xử lý)")
        .contains("3. A dossier moved by the reorganisation of 1/7/2025")
        .contains(
            "4. On-time statistics (thống kê tình hình giải quyết hồ sơ), 1/1/2025 to 30/6/2025")
        .contains(
            "5. On-time statistics (thống kê tình hình giải quyết hồ sơ), 1/7/2025 to 31/12/2025")
        .contains("All agencies (tổng)")
        .containsPattern("(còn|quá) \\d+ (ngày|giờ|phút)");
    // every version of every procedure is listed, read from the jar's folder
    for (String file : CitySimulation.procedureFiles()) {
      assertThat(file).endsWith(".yaml");
    }
    assertThat(CitySimulation.procedureFiles()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(defaultOutput)
        .contains("1.001193 v1 from 1/12/2020")
        .contains("1.001193 v2 from 1/7/2025")
        .contains("1.003003 v2 from 1/7/2025");
    // not a terminal: one plain line per phase on standard error, no carriage return
    assertThat(defaultErr.lines()).isNotEmpty().allMatch(l -> l.startsWith("demo: "));
    assertThat(defaultErr).doesNotContain("\r").contains("demo: simulating 2025-01 to 2025-12");
    assertThat(run(args("demo"))[0]).isEqualTo(defaultOutput);
    assertThat(run("demo", "--help")[0])
        .contains("--seed")
        .contains("--month")
        .contains("--months")
        .contains("--diagrams")
        .contains("default ./motcua-demo under the working directory")
        .contains("a second run continues the city")
        .contains("--fresh")
        .contains("--jdbc-url")
        .contains("--in-memory");
  }

  @Test
  void theSameSeedGivesTheSameOutputAndAnotherSeedAnotherMonth() {
    String[] a = run("demo", "--in-memory", "--seed", "7", "--dossiers", "120", "--months", "1");
    String[] b = run("demo", "--seed=7", "--in-memory", "--dossiers=120", "--months=1");
    String[] c = run("demo", "--seed", "8", "--dossiers", "120", "--in-memory", "--months", "1");
    assertThat(a[2]).isEqualTo("0");
    assertThat(a[0]).isEqualTo(b[0]).contains("seed 7").isNotEqualTo(c[0]);
  }

  @Test
  void anotherMonthIsSimulatedOnItsOwnCalendar() {
    String[] out =
        run("demo", "--in-memory", "--month", "2026-02", "--months", "1", "--dossiers", "80");
    assertThat(out[2]).isEqualTo("0");
    // Tết 2026 falls in February: appointment dates skip its days off
    assertThat(out[0])
        .contains("February 2026")
        .contains("Simulated 00:00 18/1/2026")
        .doesNotContain("A dossier moved by the reorganisation")
        .containsPattern("appointment dates that skip a holiday \\(ngày nghỉ lễ\\) +[1-9]")
        .containsPattern("Holidays and days off in lieu skipped: .*17/2/2026");
  }

  @Test
  void badOptionsAreRefusedWithWhatIsAllowed() {
    String[] zero = run("demo", "--dossiers", "0");
    assertThat(zero[2]).isEqualTo("2");
    assertThat(zero[1]).contains("the number of dossiers per month must be 1 to 20000; got 0");
    assertThat(run("demo", "--months", "0")[1])
        .contains("the number of months must be 1 to 24; got 0");
    assertThat(run("demo", "--months", "x")[1]).contains("--months 'x' is not a whole number");
    assertThat(run("demo", "--month", "2026-13")[1]).contains("'2026-13' is not a month");
    assertThat(run("demo", "--month", "2040-01")[1]).contains("2019 to 2030");
    assertThat(run("demo", "--month", "2030-06")[1])
        .contains("2019 to 2030")
        .contains("2030-06 to 2031-05");
    assertThat(run("demo", "--seed", "x")[1]).contains("--seed 'x' is not a whole number");
    assertThat(run("demo", "--colour")[1]).contains("unknown argument '--colour'; allowed:");
    assertThat(run("demo", "--seed")[1]).contains("--seed needs a value");
    assertThat(run("demo", "--in-memory", "--fresh")[1])
        .contains("--in-memory keeps nothing, so --fresh makes no sense with it");
    assertThat(run("demo", "--fresh=yes")[1]).contains("--fresh takes no value");
    assertThat(run("demo", "--user", "x")[1]).contains("--user and --password go with --jdbc-url");
    assertThat(run("demo", "--data", "x", "--jdbc-url", "jdbc:h2:mem:x")[1])
        .contains("exclude each other");
  }

  @Test
  void theYearHasEveryKindOfCaseTheDemoPromisesAndTheEngineRefusedNothing() {
    CitySimulation.Tally t = report.simulation().tally();
    assertThat(t.refusals).isEmpty();
    assertThat(t.submitted).isEqualTo(490);
    assertThat(t.submittedInPeriod).isEqualTo(480);
    assertThat(t.counter).isPositive();
    assertThat(t.online).isPositive();
    assertThat(t.afterThreePm).isPositive();
    assertThat(t.supplementRequests).isPositive();
    assertThat(t.paymentNotices).isPositive();
    assertThat(t.extensions).isPositive();
    assertThat(t.rejections).isPositive();
    assertThat(t.consulted).isNotEmpty();
    assertThat(t.overdueMarks).isPositive();
    // every morning from 18 December 2024 to 31 December 2025, and once at the end
    assertThat(t.timerRuns).isEqualTo(14 + 365 + 1);
    assertThat(t.reorganisations)
        .isEqualTo(report.simulation().city().directory().reorganisations().size());
    assertThat(t.movedByReorganisation).isPositive();
    assertThat(report.holidayDossiers()).isPositive();
    assertThat(report.daysOffSkipped())
        .contains(
            java.time.LocalDate.of(2025, 4, 30),
            java.time.LocalDate.of(2025, 5, 1),
            java.time.LocalDate.of(2025, 9, 2));

    List<Dossier> dossiers = report.simulation().dossiers();
    assertThat(dossiers).hasSize(490);
    // the timers fired each morning: some due-soon or overdue event was made by the system at 07:00
    assertThat(
            dossiers.stream()
                .flatMap(d -> report.simulation().engine().history(d.id()).stream())
                .filter(e -> e.type() == EventType.OVERDUE))
        .allMatch(e -> e.userId().equals(Optional.of("system")));
  }

  @Test
  void aYearAcrossTheFirstOfJuly2026TakesTheThirdPermitVersionAndRefusesNothing() {
    // what a second run of the default demo simulates: 2026, when the permit's v3 takes over and
    // asks at intake whether the site lies in a listed planning area
    CitySimulation sim =
        CitySimulation.run(
            new CitySimulation.Settings(42, 40, java.time.YearMonth.of(2026, 1), 12));
    assertThat(sim.tally().refusals).isEmpty();
    java.time.Instant v3From = java.time.Instant.parse("2026-06-30T17:00:00Z");
    List<Dossier> permits =
        sim.dossiers().stream()
            .filter(d -> d.procedureCode().equals(CitySimulation.PERMIT))
            .toList();
    assertThat(permits).filteredOn(d -> d.procedureVersion() == 3).isNotEmpty();
    assertThat(permits)
        .allSatisfy(
            d ->
                assertThat(d.procedureVersion())
                    .isEqualTo(d.receivedAt().isBefore(v3From) ? 2 : 3));
    assertThat(permits)
        .filteredOn(d -> d.procedureVersion() == 3)
        .allSatisfy(d -> assertThat(d.attributes()).containsKey("plannedArea"));
  }

  @Test
  void dossiersKeepTheVersionInForceAtReceiptAndTheAgenciesOfTheirTime() {
    CitySimulation sim = report.simulation();
    io.github.motcua.agency.AgencyDirectory directory = sim.city().directory();
    int otherCentre = 0;
    for (Dossier d : sim.dossiers()) {
      boolean before = d.receivedAt().isBefore(City.TWO_TIER);
      assertThat(d.procedureVersion()).as(d.number()).isEqualTo(before ? 1 : 2);
      // the receiving agency existed when the dossier was received; it never changes
      assertThat(directory.isValidAt(d.receivingAgencyId(), d.receivedAt())).isTrue();
      if (!before) {
        assertThat(directory.get(d.receivingAgencyId()).kind()).isEqualTo("service-centre");
        String commune =
            d.bindings()
                .get(d.procedureCode().equals(CitySimulation.HOUSEHOLD) ? "registrar" : "commune");
        assertThat(d.competentAgencyId()).isEqualTo(commune);
        if (!d.receivingAgencyId().equals(d.bindings().get("commune") + "-hcc")
            && d.bindings().containsKey("commune")) {
          otherCentre++;
        }
      }
      // an open dossier names only agencies that exist at the end
      if (!d.isFinished()) {
        for (String agency : d.bindings().values()) {
          assertThat(directory.isValidAt(agency, sim.end())).as(d.number() + " " + agency).isTrue();
        }
        d.activeSteps()
            .forEach(s -> assertThat(directory.isValidAt(s.agencyId(), sim.end())).isTrue());
      }
    }
    // receipt regardless of administrative boundary: another commune's or the provincial centre
    assertThat(otherCentre).isPositive();
  }

  @Test
  void aDossierInFlightOnTheFirstOfJulyMovesToTheNewAgenciesWithItsClockUnchanged() {
    Dossier d = report.moved().orElseThrow();
    assertThat(d.receivedAt()).isBefore(City.TWO_TIER);
    assertThat(d.procedureVersion()).isEqualTo(1);
    assertThat(d.competenceChanges()).isNotEmpty();
    assertThat(d.competenceChanges().get(0).at()).isEqualTo(City.TWO_TIER);
    List<DossierEvent> history = report.movedHistory();
    List<DossierEvent> moves =
        history.stream().filter(e -> e.type() == EventType.AGENCY_CHANGED).toList();
    assertThat(moves).isNotEmpty();
    for (DossierEvent e : moves) {
      assertThat(e.at()).isEqualTo(City.TWO_TIER);
      assertThat(e.previousDue()).isEmpty();
      assertThat(e.newDue()).isEmpty();
      assertThat(e.detail(DossierEvent.DETAIL_LEGAL_BASIS)).get().asString().contains("Nghị");
      assertThat(e.detail(DossierEvent.DETAIL_AGENCY_MOVES)).get().asString().contains("→");
    }
    // the clock is carried over: the first due date set after the move continues the last before
    Optional<Instant> dueBefore = Optional.empty();
    Optional<Instant> firstAfterPrevious = Optional.empty();
    boolean moved = false;
    java.util.Set<EventType> clockChanges =
        java.util.EnumSet.of(
            EventType.SUBMITTED, EventType.PAUSED, EventType.RESUMED, EventType.EXTENDED);
    boolean seenAfter = false;
    for (DossierEvent e : history) {
      if (e.type() == EventType.AGENCY_CHANGED) {
        moved = true;
      } else if (!moved && clockChanges.contains(e.type())) {
        dueBefore = e.newDue();
      } else if (moved && !seenAfter && clockChanges.contains(e.type())) {
        seenAfter = true;
        firstAfterPrevious = e.previousDue();
      }
    }
    if (seenAfter && dueBefore.isPresent()) {
      assertThat(firstAfterPrevious).isEqualTo(dueBefore);
    }
    assertThat(defaultOutput)
        .contains("agency changed (chuyển cơ quan)")
        .contains("legal basis (căn cứ): Nghị quyết")
        .contains("unchanged by the move");
  }

  @Test
  void statisticsBeforeTheFirstOfJulyShowTheDistrictAgenciesAndAfterItTheNewOnes() {
    io.github.motcua.agency.AgencyDirectory directory = report.simulation().city().directory();
    assertThat(report.periods()).hasSize(2);
    CityReport.Period before = report.periods().get(0);
    CityReport.Period after = report.periods().get(1);
    assertThat(before.to()).isEqualTo(City.TWO_TIER);
    assertThat(after.from()).isEqualTo(City.TWO_TIER);
    assertThat(before.rows())
        .isNotEmpty()
        .allMatch(
            s -> directory.validUntil(s.scope().receivingAgencyId().orElseThrow()).isPresent());
    assertThat(before.rows())
        .anyMatch(
            s ->
                directory
                    .get(s.scope().receivingAgencyId().orElseThrow())
                    .kind()
                    .equals("district"));
    // after it the new centres receive; the old agencies only carry over what they received before
    assertThat(after.rows())
        .anyMatch(
            s ->
                s.received() > 0
                    && directory
                        .validFrom(s.scope().receivingAgencyId().orElseThrow())
                        .isPresent());
    assertThat(after.rows())
        .filteredOn(
            s -> directory.validUntil(s.scope().receivingAgencyId().orElseThrow()).isPresent())
        .allMatch(s -> s.received() == 0 && s.carriedOver() > 0);
    assertThat(before.total().received() + after.total().received()).isEqualTo(480);
  }

  @Test
  void theDiagramsOfEveryShippedVersionAreWrittenWithAPageThatShowsThem(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path folder = dir.resolve("diagrams");
    String[] out =
        run(
            "demo",
            "--in-memory",
            "--dossiers",
            "5",
            "--months",
            "1",
            "--diagrams",
            folder.toString());
    assertThat(out[2]).isEqualTo("0");
    assertThat(out[0]).contains("Their Mermaid diagrams: " + folder.resolve("README.md"));
    checkDiagrams(folder);

    java.nio.file.Path other = dir.resolve("shipped");
    String[] shipped = run("diagram", "--shipped", other.toString());
    assertThat(shipped[2]).isEqualTo("0");
    assertThat(shipped[0])
        .contains("wrote " + CitySimulation.procedureFiles().size() + " diagrams");
    checkDiagrams(other);
    assertThat(run("diagram", "--shipped", "a", "b")[2]).isEqualTo("2");
  }

  private static void checkDiagrams(java.nio.file.Path folder) throws Exception {
    io.github.motcua.procedure.ProcedureCatalog catalog = CitySimulation.loadProcedures();
    int versions = 0;
    String page = java.nio.file.Files.readString(folder.resolve("README.md"));
    for (String code : catalog.codes()) {
      for (io.github.motcua.procedure.Procedure p : catalog.versions(code)) {
        versions++;
        java.nio.file.Path file = folder.resolve(code + "-v" + p.version() + ".mmd");
        String m = java.nio.file.Files.readString(file);
        assertThat(m)
            .startsWith("---\ntitle: \"")
            .contains("title: \"" + p.name() + " · " + code + " version ")
            .contains("version " + p.version() + ", from " + p.effectiveFrom())
            .containsPattern("counted in |due at the close of the working day of receipt")
            .contains("Result returned to the applicant")
            .doesNotContain("#40;10#41;");
        if (p.intakeCutoff().isPresent()) {
          assertThat(m).contains("received after 15:00: counted from the next working day");
        }
        if (code.equals(CitySimulation.HOUSEHOLD)) {
          // its supplement policy restarts the clock: the arrow back is labelled as a restart
          assertThat(m)
              .contains("↺ restart: the time limit counts again in full")
              .contains("supplement: the clock pauses, then restarts in full once supplied");
        }
        assertThat(page).contains("```mermaid\n" + m);
      }
    }
    assertThat(versions).isEqualTo(CitySimulation.procedureFiles().size());
    assertThat(page.split("```mermaid", -1)).hasSize(versions + 1);
  }

  @Test
  void theWorklistIsOrderedMostUrgentFirstAndPrintedInThatOrder() {
    List<WorklistItem> items = report.worklistItems();
    assertThat(items)
        .hasSize(Math.min(CityReport.PAGE, report.worklistTotal()))
        .hasSizeGreaterThan(1);
    for (int i = 1; i < items.size(); i++) {
      Instant before = items.get(i - 1).step().urgencyKey();
      Instant after = items.get(i).step().urgencyKey();
      assertThat(before).isBeforeOrEqualTo(after);
      Duration leftBefore = left(items.get(i - 1));
      Duration leftAfter = left(items.get(i));
      assertThat(leftBefore).isLessThanOrEqualTo(leftAfter);
    }
    assertThat(items.get(0).remaining())
        .hasValueSatisfying(r -> assertThat(r.isOverdue()).isTrue());
    int from = defaultOutput.indexOf("1. Worklist");
    int last = from;
    for (WorklistItem item : items) {
      int at = defaultOutput.indexOf(item.dossier().number(), from);
      assertThat(at).as(item.dossier().number()).isGreaterThan(last);
      last = at;
    }
    for (WorklistItem item : items) {
      assertThat(item.step().agencyId()).isEqualTo(report.worklistAgency());
      assertThat(item.step().staffRole()).isEqualTo(report.worklistRole());
    }
  }

  private static Duration left(WorklistItem item) {
    return item.remaining().map(RemainingTime::workingTime).orElse(Duration.ofDays(100_000));
  }

  @Test
  void theStatisticsAddUpRowByRowAndAgainstTheAuditTrail() {
    for (CityReport.Period period : report.periods()) {
      addsUp(period);
    }
  }

  private static void addsUp(CityReport.Period period) {
    for (DossierStatistics s : period.rows()) {
      addsUp(s);
    }
    DossierStatistics total = period.total();
    addsUp(total);
    for (ToLongFunction<DossierStatistics> column :
        List.<ToLongFunction<DossierStatistics>>of(
            DossierStatistics::received,
            DossierStatistics::carriedOver,
            DossierStatistics::inProgressNotDue,
            DossierStatistics::inProgressOverdue,
            DossierStatistics::waitingForApplicant,
            DossierStatistics::finishedEarly,
            DossierStatistics::finishedOnTime,
            DossierStatistics::finishedLate)) {
      assertThat(period.rows().stream().mapToLong(column).sum())
          .isEqualTo(column.applyAsLong(total));
    }
    assertThat(total.finishedLate()).isPositive();
    assertThat(total.finishedEarly()).isPositive();
    assertThat(total.finishedOnTime()).isPositive();
    assertThat(total.carriedOver()).isPositive();

    // the same figures counted from the audit trail, event by event
    Instant from = period.from();
    Instant to = period.to();
    long finished = 0;
    long late = 0;
    long carried = 0;
    for (Dossier d : report.simulation().dossiers()) {
      Optional<DossierEvent> completed =
          report.simulation().engine().history(d.id()).stream()
              .filter(e -> e.type() == EventType.COMPLETED)
              .findFirst();
      boolean finishedBefore = completed.filter(e -> e.at().isBefore(from)).isPresent();
      if (d.receivedAt().isBefore(from) && !finishedBefore) {
        carried++;
      }
      if (completed.isPresent()
          && !completed.get().at().isBefore(from)
          && completed.get().at().isBefore(to)) {
        finished++;
        if (completed
            .get()
            .detail(DossierEvent.DETAIL_TIMELINESS)
            .orElseThrow()
            .equals(Timeliness.LATE.name())) {
          late++;
        }
      }
    }
    assertThat(total.finished()).isEqualTo(finished);
    assertThat(total.finishedLate()).isEqualTo(late);
    assertThat(total.carriedOver()).isEqualTo(carried);
  }

  private static void addsUp(DossierStatistics s) {
    assertThat(s.finished()).isEqualTo(s.finishedEarly() + s.finishedOnTime() + s.finishedLate());
    assertThat(s.received() + s.carriedOver())
        .isEqualTo(
            s.inProgressNotDue() + s.inProgressOverdue() + s.waitingForApplicant() + s.finished());
    assertThat(s.byPortalCode().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(s.received() + s.carriedOver());
    if (s.finished() > 0) {
      assertThat(s.onTimeRate())
          .hasValue((s.finishedEarly() + s.finishedOnTime()) / (double) s.finished());
    } else {
      assertThat(s.onTimeRate()).isEmpty();
    }
  }

  @Test
  void theExplainedDossierHasClockChangesAndItsHistoryMatchesItsVersion() {
    Dossier d = report.explained();
    List<DossierEvent> history = report.history();
    assertThat(history).hasSize((int) d.version());
    assertThat(history)
        .anyMatch(e -> e.type() == EventType.PAUSED || e.type() == EventType.EXTENDED);
    if (d.dueAt().isPresent()) {
      assertThat(report.explanation().items(Explanation.Due.class))
          .singleElement()
          .satisfies(due -> assertThat(due.at().toInstant()).isEqualTo(d.dueAt().get()));
    }
    assertThat(defaultOutput).contains("of dossier " + d.number());
    // the explanation is printed line by line (long lines wrapped)
    for (String line : report.explanation().render(java.util.Locale.ENGLISH).split("\n")) {
      if (line.length() < 100) {
        assertThat(defaultOutput).contains("   " + line + System.lineSeparator());
      }
    }
  }

  @Test
  void theOutputShowsNoApplicantReference() {
    List<Dossier> dossiers = report.simulation().dossiers();
    assertThat(dossiers).allMatch(d -> d.applicantRef().matches("a-[0-9a-f]{8}"));
    for (Dossier d : dossiers) {
      assertThat(defaultOutput).doesNotContain(d.applicantRef());
    }
    // attribute values of the dossiers (dates of birth, land origin) are not printed either
    assertThat(defaultOutput).doesNotContain("birthDate").doesNotContain("inherited");
  }
}
