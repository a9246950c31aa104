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
    assertThat(cli.err()).contains("missing.yaml: does not exist");
  }

  @Test
  void helpIsAnOptionNotAFileName(@TempDir Path dir) throws Exception {
    for (String command : List.of("validate", "diagram")) {
      for (String help : List.of("--help", "-h")) {
        cli.reset();
        assertThat(cli.run(command, help)).as(command + " " + help).isEqualTo(0);
        assertThat(cli.out()).startsWith("usage: " + command + " FILE");
        assertThat(cli.err()).isEmpty();
      }
      cli.reset();
      assertThat(cli.run(command, "--colour")).isEqualTo(2);
      assertThat(cli.err()).contains("unknown option '--colour'");
    }
    // After --, a file may be named like an option.
    Files.copy(RealProceduresTest.DIR.resolve("birth-registration.yaml"), dir.resolve("--help"));
    cli.reset();
    assertThat(cli.run("validate", "--", dir.resolve("--help").toString())).isEqualTo(0);
    assertThat(cli.out()).contains("--help: valid, procedure 1.001193");
  }

  @Test
  void validateEscapesControlCharactersFromTheFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("esc.yaml");
    Files.writeString(
        bad,
        Files.readString(RealProceduresTest.DIR.resolve("birth-registration.yaml"))
            + "\"\\e]0;owned\\a\\e[2J\": 1\n");
    assertThat(cli.run("validate", bad.toString())).isEqualTo(1);
    assertThat(cli.out())
        .doesNotContain("\u001b")
        .doesNotContain("\u0007")
        .contains("unknown key '\\u001B]0;owned\\u0007\\u001B[2J'");
    cli.reset();
    assertThat(cli.run("diagram", bad.toString())).isEqualTo(1);
    assertThat(cli.err()).doesNotContain("\u001b").contains("\\u001B[2J");
  }

  @Test
  void aFileThatIsNotThereOrNotAFileIsSaidPlainly(@TempDir Path dir) {
    assertThat(cli.run("diagram", dir.resolve("missing.yaml").toString())).isEqualTo(1);
    assertThat(cli.err()).contains("missing.yaml: does not exist").doesNotContain("cannot be read");
    cli.reset();
    assertThat(cli.run("validate", dir.toString())).isEqualTo(1);
    assertThat(cli.err()).contains("is a directory");
  }

  @Test
  void diagramPrintsMermaid() {
    int code =
        cli.run(
            "diagram",
            RealProceduresTest.DIR.resolve("construction-permit-private-house.yaml").toString());
    assertThat(code).isEqualTo(0);
    assertThat(cli.out())
        .startsWith("---\ntitle: \"Cấp giấy phép xây dựng nhà ở riêng lẻ (construction permit,")
        .contains("\n---\nflowchart TD\n")
        .contains("time limit 15 working days")
        .contains("Result returned to the applicant")
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
