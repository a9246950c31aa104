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

import io.github.motcua.agency.Agency;
import io.github.motcua.deadline.Explanation;
import io.github.motcua.deadline.RemainingTime;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.DossierStatistics;
import io.github.motcua.engine.WorklistItem;
import io.github.motcua.engine.WorklistPage;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.spi.WorklistCursor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the demo prints, read from the engine once the simulated months are over: one officer's
 * worklist, the explanation and history of one dossier, the history of a dossier moved by a
 * reorganisation, the statistics of each period.
 *
 * @param simulation the finished simulation
 * @param worklistAgency the agency of the worklist shown
 * @param worklistRole the staff role of the worklist shown
 * @param worklist the first page of that worklist, most urgent first
 * @param worklistTotal how many steps wait in that worklist in all
 * @param explained the dossier whose appointment date is explained
 * @param explanation the explanation of its appointment date
 * @param history its events, oldest first
 * @param moved a dossier received under the district structure and moved by the reorganisation of 1
 *     July 2025 (its competent agency changed), if the simulated time crosses it
 * @param movedHistory that dossier's events, oldest first; empty without one
 * @param periods the statistics' periods: the simulated months, cut at each reorganisation
 * @param holidayDossiers how many dossiers' appointment dates skip a named day off
 * @param daysOffSkipped the named days off those appointment dates skip, in order
 */
record CityReport(
    CitySimulation simulation,
    String worklistAgency,
    String worklistRole,
    WorklistPage worklist,
    int worklistTotal,
    Dossier explained,
    Explanation explanation,
    List<DossierEvent> history,
    Optional<Dossier> moved,
    List<DossierEvent> movedHistory,
    List<Period> periods,
    int holidayDossiers,
    List<LocalDate> daysOffSkipped) {

  /**
   * The statistics of one period.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @param rows the statistics per receiving agency and procedure that saw any dossier
   * @param total the statistics of every agency and procedure
   */
  record Period(Instant from, Instant to, List<DossierStatistics> rows, DossierStatistics total) {}

  /** The size of the worklist page shown. */
  static final int PAGE = 10;

  /**
   * Reads the report from a finished simulation. The worklist shown is the busiest of the city's
   * (agency, staff role) pairs at the end of the simulation: the most overdue steps, then the most
   * steps, then the first in directory order.
   */
  static CityReport of(CitySimulation sim) {
    DossierEngine engine = sim.engine();
    String agency = null;
    String role = null;
    int total = -1;
    int overdue = -1;
    for (Agency a : sim.city().directory().agencies()) {
      for (String r : sim.city().roles(a.id())) {
        List<WorklistItem> items = all(engine, a.id(), r);
        int late =
            (int)
                items.stream()
                    .filter(i -> i.remaining().filter(RemainingTime::isOverdue).isPresent())
                    .count();
        if (late > overdue || (late == overdue && items.size() > total)) {
          agency = a.id();
          role = r;
          total = items.size();
          overdue = late;
        }
      }
    }
    if (agency == null) {
      throw new IllegalStateException("the city has no officers");
    }
    WorklistPage page = engine.worklist(agency, role, PAGE);

    List<Dossier> dossiers = sim.dossiers();
    Dossier best = null;
    int bestScore = -1;
    Dossier moved = null;
    int holiday = 0;
    SortedSet<LocalDate> skipped = new TreeSet<>();
    for (Dossier d : dossiers) {
      Explanation x = d.clock().explain(sim.calendar());
      boolean skipsHoliday = false;
      for (Explanation.DaysSkipped s : x.items(Explanation.DaysSkipped.class)) {
        for (Explanation.DayOff off : s.daysOff()) {
          skipsHoliday = true;
          skipped.add(off.date());
        }
      }
      if (skipsHoliday) {
        holiday++;
      }
      int score = score(d, skipsHoliday);
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
      if (isMovedExample(d) && (moved == null || (!moved.isFinished() && d.isFinished()))) {
        moved = d;
      }
    }
    if (best == null) {
      throw new IllegalStateException("the simulation received no dossier");
    }

    List<Instant> cuts = new ArrayList<>();
    cuts.add(sim.periodFrom());
    sim.city().directory().reorganisations().stream()
        .map(r -> r.effectiveAt())
        .filter(at -> at.isAfter(sim.periodFrom()) && at.isBefore(sim.end()))
        .distinct()
        .sorted()
        .forEach(cuts::add);
    cuts.add(sim.end());
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.size(); i++) {
      periods.add(period(sim, dossiers, cuts.get(i), cuts.get(i + 1)));
    }
    return new CityReport(
        sim,
        agency,
        role,
        page,
        total,
        best,
        engine.explainDue(best.id()),
        engine.history(best.id()),
        Optional.ofNullable(moved),
        moved == null ? List.of() : engine.history(moved.id()),
        List.copyOf(periods),
        holiday,
        List.copyOf(skipped));
  }

  /**
   * Whether a dossier shows the reorganisation: its competent agency changed. The first by number
   * is shown, a finished one preferred: it shows the dossier finishing under its pinned version.
   */
  private static boolean isMovedExample(Dossier d) {
    return !d.competenceChanges().isEmpty();
  }

  /**
   * The statistics of a period: a row per receiving agency and procedure with a dossier received in
   * it or carried over into it (the pairs are found in the dossiers already read, so that the
   * engine is asked only for rows that are shown), in directory and procedure order.
   */
  private static Period period(
      CitySimulation sim, List<Dossier> dossiers, Instant from, Instant to) {
    DossierEngine engine = sim.engine();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Dossier d : dossiers) {
      if (d.receivedAt().isBefore(to) && d.finishedAt().filter(f -> f.isBefore(from)).isEmpty()) {
        seen.add(d.receivingAgencyId() + "\u0000" + d.procedureCode());
      }
    }
    List<DossierStatistics> rows = new ArrayList<>();
    for (Agency a : sim.city().directory().agencies()) {
      for (String code :
          sim.catalog().codes().stream().sorted(CityDemo.procedureOrder()).toList()) {
        if (!seen.contains(a.id() + "\u0000" + code)) {
          continue;
        }
        DossierStatistics s =
            engine.statistics(
                new StatisticsScope(Optional.of(a.id()), Optional.of(code), from, to));
        if (s.received() + s.carriedOver() > 0) {
          rows.add(s);
        }
      }
    }
    DossierStatistics all =
        engine.statistics(new StatisticsScope(Optional.empty(), Optional.empty(), from, to));
    return new Period(from, to, List.copyOf(rows), all);
  }

  private static List<WorklistItem> all(DossierEngine engine, String agency, String role) {
    List<WorklistItem> items = new ArrayList<>();
    Optional<WorklistCursor> cursor = Optional.empty();
    do {
      WorklistPage p = engine.worklist(agency, role, Optional.empty(), cursor, 1000);
      items.addAll(p.items());
      cursor = p.next();
    } while (cursor.isPresent());
    return items;
  }

  /**
   * How much a dossier's history has to show: extensions, supplement rounds, parallel steps, a
   * skipped holiday (read from the dossier, not its history, which would cost a query per dossier).
   * The first dossier (by number) with the highest score is explained.
   */
  private static int score(Dossier d, boolean skipsHoliday) {
    int score = skipsHoliday ? 3 : 0;
    score += 4 * d.extensions() + 4 * d.supplementRounds();
    return score + (d.joinedBranches().isEmpty() ? 0 : 1);
  }

  /** The worklist items, for tests. */
  List<WorklistItem> worklistItems() {
    return worklist.items();
  }
}
