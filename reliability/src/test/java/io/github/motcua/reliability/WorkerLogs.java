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
package io.github.motcua.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The workers' JSON-lines logs: what each attempted and what came back, checked against the tables
 * (every refusal typed and without effect, every committed key once, every repeat answered with the
 * first result, nothing of a rolled-back transaction stored) and summed up for the report.
 */
final class WorkerLogs {
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<JsonNode> lines = new ArrayList<>();
  int truncated;

  static WorkerLogs read(List<Path> files) throws IOException {
    WorkerLogs logs = new WorkerLogs();
    for (Path f : files) {
      if (!Files.exists(f)) {
        continue;
      }
      for (String s : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        try {
          JsonNode line = JSON.readTree(s);
          if (!line.path("op").asText().equals("ready")) {
            logs.lines.add(line);
          }
        } catch (IOException e) {
          logs.truncated++; // the line a SIGKILL cut short
        }
      }
    }
    return logs;
  }

  /** Checks the logged outcomes against the tables; returns the problems. */
  List<String> check(Checker.Tables t) {
    List<String> problems = new ArrayList<>();
    Map<String, String> eventOfKey = new java.util.HashMap<>();
    t.events
        .values()
        .forEach(
            es ->
                es.forEach(
                    e -> {
                      String k = e.detail("idempotencyKey");
                      if (k != null) {
                        eventOfKey.put(k, e.dossierId() + "@" + e.seq());
                      }
                    }));
    Map<String, Long> firstVersion = new java.util.HashMap<>();
    for (JsonNode l : lines) {
      String op = l.path("op").asText();
      String out = l.path("out").asText();
      String key = l.path("k").asText("");
      if (out.equals("error")) {
        problems.add(
            "untyped failure of "
                + op
                + ": "
                + l.path("kind").asText()
                + " "
                + l.path("msg").asText());
      }
      if (op.equals("perform") && out.equals("committed")) {
        firstVersion.put(key, l.path("nv").asLong());
        if (!eventOfKey.containsKey(key)) {
          problems.add("committed command " + key + " left no event");
        }
      }
      if (out.equals("refused") && !op.equals("reusedKey") && !key.isEmpty()) {
        if (eventOfKey.containsKey(key) || t.keys.containsKey(key)) {
          problems.add(
              "refused command "
                  + key
                  + " ("
                  + l.path("kind").asText()
                  + ") changed "
                  + eventOfKey.get(key));
        }
      }
      if (op.equals("rollback")
          && !key.isEmpty()
          && (eventOfKey.containsKey(key) || t.keys.containsKey(key))) {
        problems.add("rolled-back command " + key + " is stored");
      }
      if (out.equals("refused")
          && l.path("kind").asText().equals("StaleDossierVersionException")
          && l.path("actual").asLong() == l.path("ev").asLong()) {
        problems.add("stale refusal of " + key + " at the version expected");
      }
      if (op.equals("stale") && out.equals("committed")) {
        problems.add("a command at an old version was accepted: " + key);
      }
      if (op.equals("reusedKey") && (out.equals("committed"))) {
        problems.add("a reused key with another payload took effect: " + key);
      }
    }
    for (JsonNode l : lines) {
      if (l.path("op").asText().equals("repeat")) {
        String key = l.path("k").asText();
        String out = l.path("out").asText();
        if (out.equals("committed")) {
          problems.add("a repeated key took effect twice: " + key);
        } else if (out.equals("replayed")
            && firstVersion.containsKey(key)
            && firstVersion.get(key) != l.path("nv").asLong()) {
          problems.add("a repeat of " + key + " answered another result");
        } else if (out.equals("refused")) {
          problems.add(
              "a repeat of " + key + " by the same actor was refused: " + l.path("kind").asText());
        }
      }
    }
    return problems;
  }

  /** The load figures: attempted, committed, refused by kind, per second, latencies. */
  String summary(double seconds) {
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<String, Integer> refusals = new TreeMap<>();
    Map<String, List<Long>> latencies = new TreeMap<>();
    int conflicts = 0;
    int retries = 0;
    for (JsonNode l : lines) {
      String op = l.path("op").asText();
      String out = l.path("out").asText();
      outcomes.merge(out, 1, Integer::sum);
      if (out.equals("refused") || out.equals("storeError")) {
        refusals.merge(out + ":" + l.path("kind").asText(), 1, Integer::sum);
      }
      if (l.path("kind").asText().equals("StaleDossierVersionException")
          || l.path("kind").asText().equals("IdempotencyKeyConflictException")) {
        conflicts++;
      }
      if (op.equals("repeat")) {
        retries++;
      }
      if (l.has("ns")) {
        latencies.computeIfAbsent(op, k -> new ArrayList<>()).add(l.path("ns").asLong());
      }
    }
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            "attempted %d in %.1f s (%.0f/s); outcomes %s; conflicts %d (%.1f/s); retries %d (%.1f/s);"
                + " truncated lines %d%n",
            lines.size(),
            seconds,
            lines.size() / seconds,
            outcomes,
            conflicts,
            conflicts / seconds,
            retries,
            retries / seconds,
            truncated));
    b.append("refused/failed by kind: ").append(refusals).append('\n');
    latencies.forEach(
        (op, ns) -> {
          long[] a = ns.stream().mapToLong(Long::longValue).toArray();
          Arrays.sort(a);
          b.append(
              String.format(
                  "  %-9s n=%6d p50 %6.1f ms  p99 %6.1f ms%n",
                  op,
                  a.length,
                  a[a.length / 2] / 1e6,
                  a[Math.min(a.length - 1, (int) (a.length * 0.99))] / 1e6));
        });
    return b.toString();
  }
}
