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

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * motcua on the module path, as a host built with JPMS runs it: {@code motcua-core} and {@code
 * motcua-persistence-jdbc} are named modules ({@code module-info.java}), and a named module hides
 * the resources in its package-named folders from other modules. The store's Flyway scripts, the
 * bundled holiday schedules and the procedure format's JSON Schema must still be readable.
 */
class ModulePathTest {
  /**
   * The jars (or class folders) the store needs at run time, picked from this test's class path.
   */
  private static final List<String> RUNTIME =
      List.of(
          "motcua-core",
          "motcua-persistence-jdbc",
          "flyway-",
          "jooq-",
          "r2dbc-spi",
          "reactive-streams",
          "h2-",
          "guava-",
          "failureaccess",
          "jackson-",
          "snakeyaml",
          "slf4j-api",
          "jspecify",
          "checker-qual",
          "error_prone_annotations",
          "j2objc");

  private static boolean runtime(String entry) {
    Path p = Path.of(entry);
    if (p.endsWith(Path.of("core", "target", "classes"))
        || p.endsWith(Path.of("persistence-jdbc", "target", "classes"))) {
      return true;
    }
    String name = p.getFileName().toString();
    return name.endsWith(".jar")
        && !name.endsWith("-tests.jar") // the core's contract suites: the same packages again
        && RUNTIME.stream().anyMatch(name::startsWith);
  }

  @Test
  void theStoreMigratesAndTheCoreReadsItsResourcesOnTheModulePath() throws Exception {
    List<String> modulePath = new ArrayList<>();
    String testClasses = null;
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (runtime(e)) {
        modulePath.add(e);
      } else if (Path.of(e).endsWith(Path.of("examples", "target", "test-classes"))) {
        testClasses = e;
      }
    }
    assertThat(testClasses).as("this module's test classes on the class path").isNotNull();
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                String.join(File.pathSeparator, modulePath),
                "--add-modules",
                "io.github.motcua.persistence.jdbc,com.h2database",
                "-cp",
                testClasses,
                ModulePathMain.class.getName())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains("module io.github.motcua.persistence.jdbc")
        .contains("store true")
        .contains("calendar 2026-02-23")
        .contains("schema true");
  }
}
