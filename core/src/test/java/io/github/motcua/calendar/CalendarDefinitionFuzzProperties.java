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
package io.github.motcua.calendar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Mutated definitions and schedules are either read or refused with {@link
 * CalendarDefinitionException}: never another exception type.
 */
@net.jqwik.api.lifecycle.AddLifecycleHook(io.github.motcua.fuzz.FuzzTries.class)
class CalendarDefinitionFuzzProperties {
  private static final String YAML =
      CalendarDefinitionTest.EXAMPLE.replace("  - file: vn-2027.csv\n", "");
  private static final String JSON = CalendarDefinition.fromYaml(YAML).toJson();
  private static final String CSV = AnnouncedScheduleTest.CSV_2027;
  private static final String ALPHABET =
      ":[]{}-,.'\"\n #0123456789abcdefghijklmnoptuvwxyzPTHM/&|>!*";

  static String mutate(String text, long seed, int edits) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(text);
    for (int i = 0; i < edits; i++) {
      int at = r.nextInt(sb.length() + 1);
      switch (r.nextInt(4)) {
        case 0 -> {
          if (at < sb.length()) {
            sb.deleteCharAt(at);
          }
        }
        case 1 -> sb.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        case 2 -> {
          if (at < sb.length()) {
            sb.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
          }
        }
        default -> {
          // Duplicate a random slice: repeated keys, nested structures, long lines.
          int from = r.nextInt(sb.length());
          int to = Math.min(sb.length(), from + r.nextInt(80));
          sb.insert(at, sb.substring(from, to));
        }
      }
    }
    return sb.toString();
  }

  private static void readOrRefuse(Runnable read) {
    try {
      read.run();
    } catch (CalendarDefinitionException expected) {
      // A refusal names the path and the problem; that is the point.
    }
  }

  @Property(tries = 400)
  void mutatedDefinitionsAreReadOrRefusedWithTheDefinitionException(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits) {
    for (String doc : List.of(YAML, JSON)) {
      String mutated = mutate(doc, seed, edits);
      readOrRefuse(() -> CalendarDefinition.fromYaml(mutated));
      readOrRefuse(() -> CalendarDefinition.fromJson(mutated));
    }
  }

  @Property(tries = 400)
  void mutatedSchedulesAreReadOrRefusedWithTheDefinitionException(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits) {
    String csv = mutate(CSV, seed, edits);
    readOrRefuse(
        () ->
            AnnouncedSchedule.readCsv(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "fuzz.csv"));
    String yaml = mutate(AnnouncedScheduleTest.YAML_2027, seed, edits);
    readOrRefuse(
        () ->
            AnnouncedSchedule.readYaml(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "fuzz.yaml"));
  }
}
