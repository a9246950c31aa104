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
import io.github.motcua.dossier.EventType;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.DossierStatistics;
import io.github.motcua.engine.WorklistItem;
import io.github.motcua.engine.WorklistPage;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.spi.WorklistCursor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the demo prints, read from the engine once the simulated month is over: one officer's
 * worklist, the explanation and history of one dossier, the month's statistics.
 *
 * @param simulation the finished simulation
 * @param worklistAgency the agency of the worklist shown
 * @param worklistRole the staff role of the worklist shown
 * @param worklist the first page of that worklist, most urgent first
 * @param worklistTotal how many steps wait in that worklist in all
 * @param explained the dossier whose appointment date is explained
 * @param explanation the explanation of its appointment date
 * @param history its events, oldest first
 * @param rows the statistics per receiving agency and procedure that saw any dossier
 * @param total the statistics of every agency and procedure
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
    List<DossierStatistics> rows,
    DossierStatistics total,
    int holidayDossiers,
    List<LocalDate> daysOffSkipped) {

  /** The size of the worklist page shown. */
  static final int PAGE = 10;

  /**
   * Reads the report from a finished simulation. The worklist shown is the busiest of the city's
   * (agency, staff role) pairs at the end of the month: the most overdue steps, then the most
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
      int score = score(engine.history(d.id()), skipsHoliday);
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    if (best == null) {
      throw new IllegalStateException("the simulation received no dossier");
    }

    Instant from = sim.monthFrom();
    Instant to = sim.end();
    List<DossierStatistics> rows = new ArrayList<>();
    for (Agency a : sim.city().directory().agencies()) {
      for (String code : sim.catalog().codes().stream().sorted(order()).toList()) {
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
    return new CityReport(
        sim,
        agency,
        role,
        page,
        total,
        best,
        engine.explainDue(best.id()),
        engine.history(best.id()),
        rows,
        all,
        holiday,
        List.copyOf(skipped));
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

  /** Procedures in the order of the demo's files. */
  private static Comparator<String> order() {
    List<String> codes =
        List.of(
            CitySimulation.BIRTH,
            CitySimulation.HOUSEHOLD,
            CitySimulation.PERMIT,
            CitySimulation.LAND);
    return Comparator.comparingInt(
        c -> codes.indexOf(c) < 0 ? Integer.MAX_VALUE : codes.indexOf(c));
  }

  /**
   * How much a dossier's history has to show: extensions, supplement rounds, parallel steps, a
   * skipped holiday. The first dossier (by number) with the highest score is explained.
   */
  private static int score(List<DossierEvent> history, boolean skipsHoliday) {
    int score = skipsHoliday ? 3 : 0;
    boolean parallel = false;
    for (DossierEvent e : history) {
      if (e.type() == EventType.EXTENDED) {
        score += 4;
      } else if (e.type() == EventType.PAUSED || e.type() == EventType.RESUMED) {
        score += 2;
      } else if (e.type() == EventType.STEP_ENTERED
          && e.detail(DossierEvent.DETAIL_BLOCK).isPresent()) {
        parallel = true;
      }
    }
    return score + (parallel ? 1 : 0);
  }

  /** The worklist items, for tests. */
  List<WorklistItem> worklistItems() {
    return worklist.items();
  }
}
