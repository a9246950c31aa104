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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Proves the stored state consistent without the engine's code: it reads the store's tables with
 * plain SQL, parses the JSON of snapshots and events with Jackson's tree model only, and replays
 * each dossier's events with its own small state machine (which step instances are active, at which
 * step and agency, and the status), independent of {@code Transition}, {@code DossierJson} and the
 * store's SQL. What it proves, per dossier: the version equals the number of events and the events
 * are numbered 1..n; the snapshot's status and active step instances (id, step, agency) equal the
 * replay; the row's version and status columns equal the snapshot; the worklist rows ({@code
 * active_step}) are exactly the snapshot's active steps (instance, agency, staff role). Across
 * dossiers: an idempotency key is carried by at most one event, and every key row points at the
 * event it recorded. What it does not prove: clocks and due instants (it does not recompute working
 * time), attributes and the undo snapshot inside the dossier.
 */
final class Checker {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One stored event, as the checker sees it. */
  record Event(String dossierId, long seq, JsonNode payload) {
    String type() {
      return payload.path("type").asText();
    }

    String detail(String key) {
      JsonNode v = payload.path("details").get(key);
      return v == null ? null : v.asText();
    }

    String instance() {
      JsonNode v = payload.get("stepInstanceId");
      return v == null ? null : v.asText();
    }
  }

  /** What the tables hold, read once. */
  static final class Tables {
    final Map<String, JsonNode> snapshots = new TreeMap<>();
    final Map<String, Long> rowVersions = new HashMap<>();
    final Map<String, String> rowStatus = new HashMap<>();
    final Map<String, List<Event>> events = new TreeMap<>();
    final Map<String, Set<String>> worklist = new HashMap<>();
    final Map<String, String[]> keys = new HashMap<>();
    final Map<String, Boolean> nextTimerPending = new HashMap<>();

    int eventCount() {
      return events.values().stream().mapToInt(List::size).sum();
    }
  }

  private final List<String> problems = new ArrayList<>();

  static Tables read(Db db, String prefix) throws SQLException, IOException {
    Tables t = new Tables();
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT id, dossier_version, status, snapshot, next_timer_at FROM "
                  + prefix
                  + "dossier")) {
        while (rs.next()) {
          String id = rs.getString(1);
          t.rowVersions.put(id, rs.getLong(2));
          t.rowStatus.put(id, rs.getString(3));
          t.snapshots.put(id, JSON.readTree(rs.getString(4)));
          t.nextTimerPending.put(id, rs.getObject(5) != null);
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT dossier_id, event_seq, payload FROM "
                  + prefix
                  + "dossier_event ORDER BY dossier_id, event_seq")) {
        while (rs.next()) {
          Event e = new Event(rs.getString(1), rs.getLong(2), JSON.readTree(rs.getString(3)));
          t.events.computeIfAbsent(e.dossierId(), k -> new ArrayList<>()).add(e);
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT dossier_id, instance_id, agency_id, staff_role FROM "
                  + prefix
                  + "active_step")) {
        while (rs.next()) {
          t.worklist
              .computeIfAbsent(rs.getString(1), k -> new TreeSet<>())
              .add(rs.getString(2) + "@" + rs.getString(3) + "/" + rs.getString(4));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT idem_key, dossier_id, from_version, to_version FROM "
                  + prefix
                  + "idempotency")) {
        while (rs.next()) {
          t.keys.put(
              rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
    }
    return t;
  }

  /** The replayed state of a dossier after some event. */
  private record State(Map<String, String> active, String status) {
    State copy() {
      return new State(new LinkedHashMap<>(active), status);
    }
  }

  /** Checks every dossier and key; returns the problems found (empty when consistent). */
  List<String> check(Tables t) {
    Map<String, Integer> keyUses = new HashMap<>();
    Map<String, Event> keyEvent = new HashMap<>();
    for (Map.Entry<String, JsonNode> en : t.snapshots.entrySet()) {
      String id = en.getKey();
      JsonNode snap = en.getValue();
      List<Event> events = t.events.getOrDefault(id, List.of());
      long version = t.rowVersions.get(id);
      if (version != events.size()) {
        problem(id, "version " + version + " but " + events.size() + " events");
      }
      if (snap.path("version").asLong() != version) {
        problem(id, "snapshot version " + snap.path("version").asLong() + ", row " + version);
      }
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        if (e.seq() != i + 1 || e.payload().path("sequence").asLong() != e.seq()) {
          problem(id, "event " + (i + 1) + " is numbered " + e.seq());
        }
        if (!id.equals(e.payload().path("dossierId").asText())) {
          problem(id, "event " + e.seq() + " names another dossier");
        }
        String key = e.detail("idempotencyKey");
        if (key != null) {
          keyUses.merge(key, 1, Integer::sum);
          keyEvent.put(key, e);
        }
      }
      State replayed = replay(id, events);
      if (replayed == null) {
        continue;
      }
      if (!Objects.equals(replayed.status(), snap.path("status").asText())) {
        problem(
            id,
            "snapshot status " + snap.path("status").asText() + ", replay " + replayed.status());
      }
      if (!Objects.equals(t.rowStatus.get(id), snap.path("status").asText())) {
        problem(
            id,
            "status column " + t.rowStatus.get(id) + ", snapshot " + snap.path("status").asText());
      }
      Map<String, String> snapSteps = new TreeMap<>();
      Set<String> snapWork = new TreeSet<>();
      for (JsonNode s : snap.path("activeSteps")) {
        snapSteps.put(
            s.path("id").asText(), s.path("stepId").asText() + "@" + s.path("agencyId").asText());
        snapWork.add(
            s.path("id").asText()
                + "@"
                + s.path("agencyId").asText()
                + "/"
                + s.path("staffRole").asText());
      }
      if (!snapSteps.equals(new TreeMap<>(replayed.active()))) {
        problem(id, "snapshot steps " + snapSteps + ", replay " + replayed.active());
      }
      Set<String> rows = t.worklist.getOrDefault(id, Set.of());
      if (!rows.equals(snapWork)) {
        problem(id, "worklist rows " + rows + ", snapshot " + snapWork);
      }
    }
    for (String id : t.events.keySet()) {
      if (!t.snapshots.containsKey(id)) {
        problem(id, "events without a dossier row");
      }
    }
    for (String id : t.worklist.keySet()) {
      if (!t.snapshots.containsKey(id)) {
        problem(id, "worklist rows without a dossier row");
      }
    }
    keyUses.forEach(
        (k, n) -> {
          if (n != 1) {
            problems.add("idempotency key " + k + " took effect " + n + " times");
          }
        });
    t.keys.forEach(
        (k, row) -> {
          Event e = keyEvent.get(k);
          if (e == null) {
            problems.add("idempotency key " + k + " recorded but no event carries it");
          } else if (!e.dossierId().equals(row[0]) || e.seq() != Long.parseLong(row[1]) + 1) {
            problems.add(
                "idempotency key "
                    + k
                    + " recorded for "
                    + row[0]
                    + "@"
                    + row[1]
                    + ", event at "
                    + e.dossierId()
                    + "@"
                    + e.seq());
          }
        });
    return problems;
  }

  /** The dossier's state replayed from its events by the checker's own rules. */
  private State replay(String id, List<Event> events) {
    List<State> after = new ArrayList<>();
    State s = new State(new LinkedHashMap<>(), null);
    for (Event e : events) {
      switch (e.type()) {
        case "SUBMITTED" -> s = new State(s.active(), e.detail("status"));
        case "STEP_ENTERED" -> {
          s.active()
              .put(
                  e.instance(), e.payload().path("stepId").asText() + "@" + e.detail("stepAgency"));
          s = new State(s.active(), e.detail("status"));
        }
        case "ACTION_PERFORMED", "STEP_CANCELLED" -> {
          if (s.active().remove(e.instance()) == null) {
            problem(id, "event " + e.seq() + " " + e.type() + " at inactive step " + e.instance());
            return null;
          }
        }
        case "COMPLETED" -> s = new State(s.active(), e.detail("status"));
        case "UNDONE" -> {
          long performed = Long.parseLong(e.detail("undoneSequence"));
          long actionSeq = -1;
          for (Event x : events) {
            if (x.seq() <= performed && x.type().equals("ACTION_PERFORMED")) {
              actionSeq = x.seq();
            }
          }
          if (actionSeq < 1) {
            problem(id, "undo at " + e.seq() + " of no action");
            return null;
          }
          State before =
              actionSeq == 1
                  ? new State(new LinkedHashMap<>(), null)
                  : after.get((int) actionSeq - 2);
          s = before.copy();
          if (!Objects.equals(s.status(), e.detail("status"))) {
            problem(
                id,
                "undo at "
                    + e.seq()
                    + " restores "
                    + e.detail("status")
                    + ", replay "
                    + s.status());
          }
        }
        default -> {}
      }
      after.add(s.copy());
    }
    return s;
  }

  private void problem(String dossierId, String what) {
    problems.add("dossier " + dossierId + ": " + what);
  }
}
