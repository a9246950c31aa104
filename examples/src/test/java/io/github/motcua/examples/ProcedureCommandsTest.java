package io.github.motcua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcedureCommandsTest {
  private final CommandLine cli = new CommandLine();

  @Test
  void validateAcceptsTheRealProceduresAndShowsTheirWorstCase() {
    List<String> args = new ArrayList<>(List.of("validate"));
    RealProceduresTest.FILES.forEach(f -> args.add(RealProceduresTest.DIR.resolve(f).toString()));
    assertThat(cli.run(args.toArray(String[]::new))).isEqualTo(0);
    assertThat(cli.out())
        .contains("birth-registration.yaml: valid, procedure 1.001193 v1")
        .contains("worst case 14 working days of the legal 15 working days (15 working days)")
        .contains("of the legal 0 working days (2 hours)");
  }

  @Test
  void validatePrintsProblemsWithPathsAndFails(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(RealProceduresTest.DIR.resolve("birth-registration.yaml"))
            .replace("to: hand-over", "to: nowhere")
            .replace("budget: 0.5 working hours", "budget: half an hour"));
    assertThat(cli.run("validate", bad.toString())).isEqualTo(1);
    assertThat(cli.out())
        .contains("bad.yaml: invalid")
        .contains("error at steps[0].budget: 'half an hour' is not a time limit")
        .contains("error at actions[2].to: action 'approve' leads to 'nowhere'");
  }

  @Test
  void validateNeedsFilesAndReportsUnreadableOnes(@TempDir Path dir) {
    assertThat(cli.run("validate")).isEqualTo(2);
    assertThat(cli.err()).contains("usage: validate FILE...");
    assertThat(cli.run("validate", dir.resolve("missing.yaml").toString())).isEqualTo(1);
    assertThat(cli.err()).contains("missing.yaml: cannot be read");
  }

  @Test
  void diagramPrintsMermaid() {
    int code =
        cli.run(
            "diagram",
            RealProceduresTest.DIR.resolve("construction-permit-private-house.yaml").toString());
    assertThat(code).isEqualTo(0);
    assertThat(cli.out())
        .startsWith("flowchart TD\n")
        .contains("subgraph b0[\"Consult the bodies concerned · parallel, join all\"]")
        .contains("floors ≥ 3 or heritageZone = true");
  }

  @Test
  void diagramOfAnInvalidFileFails(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"code\": 1}");
    assertThat(cli.run("diagram", bad.toString())).isEqualTo(1);
    assertThat(cli.err()).contains("bad.json: invalid").contains("error at code");
    assertThat(cli.out()).isEmpty();
    assertThat(cli.run("diagram")).isEqualTo(2);
  }
}
