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
  private static CityReport report;
  private static String defaultOutput;

  @BeforeAll
  static void runTheDefaultDemoOnce() {
    String[] outErr = run("demo", "--in-memory");
    assertThat(outErr[1]).isEmpty();
    defaultOutput = outErr[0];
    report = CityReport.of(CitySimulation.run(CitySimulation.Settings.defaults()));
  }

  private static CityReport.Period lastPeriod() {
    return report.periods().get(report.periods().size() - 1);
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
  void theJarWithoutArgumentsRunsTheCityDemoAndPrintsItsThreeParts() {
    assertThat(defaultOutput)
        .startsWith("motcua city demo: a Da Nang-like city, April 2026, seed 42")
        .contains("1. Worklist (danh sách hồ sơ cần xử lý)")
        .contains("2. Appointment date (ngày hẹn trả kết quả) of dossier")
        .contains("History (nhật ký xử lý)")
        .contains("3. On-time statistics")
        .contains("All agencies (tổng)")
        .containsPattern("(còn|quá) \\d+ (ngày|giờ|phút)");
    assertThat(run("demo", "--in-memory")[0]).isEqualTo(defaultOutput);
    assertThat(run("demo", "--help")[0])
        .contains("--seed")
        .contains("--month")
        .contains("default ./motcua-demo under the working directory")
        .contains("--fresh")
        .contains("--jdbc-url")
        .contains("--in-memory");
  }

  @Test
  void theSameSeedGivesTheSameOutputAndAnotherSeedAnotherMonth() {
    String[] a = run("demo", "--in-memory", "--seed", "7", "--dossiers", "120");
    String[] b = run("demo", "--seed=7", "--in-memory", "--dossiers=120");
    String[] c = run("demo", "--seed", "8", "--dossiers", "120", "--in-memory");
    assertThat(a[2]).isEqualTo("0");
    assertThat(a[0]).isEqualTo(b[0]).contains("seed 7").isNotEqualTo(c[0]);
  }

  @Test
  void anotherMonthIsSimulatedOnItsOwnCalendar() {
    String[] out = run("demo", "--in-memory", "--month", "2026-02", "--dossiers", "80");
    assertThat(out[2]).isEqualTo("0");
    // Tết 2026 falls in February: appointment dates skip its days off
    assertThat(out[0])
        .contains("February 2026")
        .contains("Simulated 00:00 18/1/2026")
        .containsPattern("appointment dates that skip a holiday \\(ngày nghỉ lễ\\) +[1-9]")
        .containsPattern("Holidays and days off in lieu skipped: .*17/2/2026");
  }

  @Test
  void badOptionsAreRefusedWithWhatIsAllowed() {
    String[] zero = run("demo", "--dossiers", "0");
    assertThat(zero[2]).isEqualTo("2");
    assertThat(zero[1]).contains("the number of dossiers must be 1 to 20000; got 0");
    assertThat(run("demo", "--month", "2026-13")[1]).contains("'2026-13' is not a month");
    assertThat(run("demo", "--month", "2040-01")[1]).contains("2019 to 2030");
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
  void theMonthHasEveryKindOfCaseTheDemoPromisesAndTheEngineRefusedNothing() {
    CitySimulation.Tally t = report.simulation().tally();
    assertThat(t.refusals).isEmpty();
    assertThat(t.submitted).isEqualTo(375);
    assertThat(t.submittedInPeriod).isEqualTo(300);
    assertThat(t.counter).isPositive();
    assertThat(t.online).isPositive();
    assertThat(t.afterThreePm).isPositive();
    assertThat(t.supplementRequests).isPositive();
    assertThat(t.paymentNotices).isPositive();
    assertThat(t.extensions).isPositive();
    assertThat(t.rejections).isPositive();
    assertThat(t.consulted).isNotEmpty();
    assertThat(t.overdueMarks).isPositive();
    assertThat(t.timerRuns).isEqualTo(45);
    assertThat(report.holidayDossiers()).isPositive();
    assertThat(report.daysOffSkipped())
        .contains(
            java.time.LocalDate.of(2026, 4, 27),
            java.time.LocalDate.of(2026, 4, 30),
            java.time.LocalDate.of(2026, 5, 1));

    List<Dossier> dossiers = report.simulation().dossiers();
    assertThat(dossiers).hasSize(375);
    // the timers fired each morning: some due-soon or overdue event was made by the system at 07:00
    assertThat(
            dossiers.stream()
                .flatMap(d -> report.simulation().engine().history(d.id()).stream())
                .filter(e -> e.type() == EventType.OVERDUE))
        .allMatch(e -> e.userId().equals(Optional.of("system")));
  }

  @Test
  void theWorklistIsOrderedMostUrgentFirstAndPrintedInThatOrder() {
    List<WorklistItem> items = report.worklistItems();
    assertThat(items).hasSize(CityReport.PAGE);
    assertThat(report.worklistTotal()).isGreaterThanOrEqualTo(items.size());
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
    for (DossierStatistics s : lastPeriod().rows()) {
      addsUp(s);
    }
    DossierStatistics total = lastPeriod().total();
    addsUp(total);
    assertThat(total.received()).isEqualTo(300);
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
      assertThat(lastPeriod().rows().stream().mapToLong(column).sum())
          .isEqualTo(column.applyAsLong(total));
    }
    assertThat(total.finishedLate()).isPositive();
    assertThat(total.finishedEarly()).isPositive();
    assertThat(total.finishedOnTime()).isPositive();
    assertThat(total.carriedOver()).isPositive();

    // the same figures counted from the audit trail, event by event
    Instant from = report.simulation().periodFrom();
    Instant to = report.simulation().end();
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
      if (completed.isPresent() && !completed.get().at().isBefore(from)) {
        assertThat(completed.get().at()).isBefore(to);
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
