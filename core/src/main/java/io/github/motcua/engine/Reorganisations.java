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
package io.github.motcua.engine;

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Reorganisation;
import io.github.motcua.dossier.CompetenceChange;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.spi.StatisticsScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the dossiers in flight on a reorganisation's effective instant to the successor agencies,
 * for {@link DossierEngine#reorganise}: every binding, active step and the competent agency that
 * names a predecessor is re-pointed, in one change per dossier with one {@link
 * EventType#AGENCY_CHANGED} event naming the reorganisation, its legal basis and the moves. Clocks
 * and due dates stay as they were; the receiving agency stays (it is a fact of the receipt); the
 * competent agency's move is kept on the dossier ({@link Dossier#competenceChanges()}) so that
 * statistics of earlier periods still count the agency competent then. A dossier that names no
 * predecessor is left alone, so a second run changes nothing and an interrupted run resumes where
 * it stopped. Stateless; thread-safe.
 */
final class Reorganisations {
  private static final Logger LOG = LoggerFactory.getLogger(Reorganisations.class);

  /**
   * Chooses the successor of a predecessor for one dossier; for a split, by the dossier's place.
   */
  @FunctionalInterface
  interface Chooser {
    String successor(Dossier dossier, String predecessor, Reorganisation r);
  }

  private final EngineContext ctx;

  Reorganisations(EngineContext ctx) {
    this.ctx = ctx;
  }

  ReorganisationReport reorganise(Reorganisation r, Actor actor, SuccessorChooser chooser) {
    if (ctx.now().isBefore(r.effectiveAt())) {
      throw new ReorganisationRefusedException(
          r.id(),
          "reorganisation '"
              + r.id()
              + "' takes effect at "
              + r.effectiveAt()
              + "; its dossiers can be moved from then on, not at "
              + ctx.now());
    }
    // the dossiers in flight at the effective instant and still open: ids first, so that no store
    // cursor stays open while dossiers change
    List<String> ids = new ArrayList<>();
    ctx.store.forEachInScope(
        new StatisticsScope(Optional.empty(), Optional.empty(), r.effectiveAt(), ctx.now()),
        d -> {
          if (d.finishedAt().isEmpty()) {
            ids.add(d.id());
          }
        });
    int moved = 0;
    int unchanged = 0;
    int retried = 0;
    for (String id : ids) {
      for (int attempt = 0; ; attempt++) {
        try {
          boolean did =
              EngineContext.withDossier(
                  id, () -> ctx.inTransaction(() -> moveOne(id, r, actor, chooser)));
          if (did) {
            moved++;
          } else {
            unchanged++;
          }
          break;
        } catch (StaleDossierVersionException e) {
          if (attempt >= 5) {
            throw e;
          }
          retried++;
        }
      }
    }
    LOG.debug(
        "reorganisation {}: {} dossiers moved, {} unchanged, {} retried",
        r.id(),
        moved,
        unchanged,
        retried);
    return new ReorganisationReport(moved, unchanged, retried);
  }

  private boolean moveOne(String id, Reorganisation r, Actor actor, SuccessorChooser chooser) {
    Dossier d = ctx.get(id);
    EngineContext.loaded(d);
    if (d.finishedAt().isPresent()) {
      return false;
    }
    Map<String, String> moves = new LinkedHashMap<>();
    for (String agency : agenciesOf(d)) {
      if (r.predecessors().contains(agency)) {
        String to;
        try {
          to = chooser.successor(d, agency, r);
        } catch (RuntimeException e) {
          throw new ReorganisationRefusedException(
              r.id(),
              "reorganisation '"
                  + r.id()
                  + "': the successor chooser failed for agency '"
                  + agency
                  + "' on dossier '"
                  + d.id()
                  + "'",
              e);
        }
        if (to == null || !r.successors().contains(to)) {
          throw new ReorganisationRefusedException(
              r.id(),
              "reorganisation '"
                  + r.id()
                  + "': the successor chosen for agency '"
                  + agency
                  + "' on dossier '"
                  + d.id()
                  + "' is '"
                  + to
                  + "'; the successors are "
                  + r.successors());
        }
        moves.put(agency, to);
      }
    }
    if (moves.isEmpty()) {
      return false;
    }
    Map<String, String> bindings = new LinkedHashMap<>();
    d.bindings().forEach((role, agency) -> bindings.put(role, moves.getOrDefault(agency, agency)));
    List<StepInstance> steps = new ArrayList<>();
    for (StepInstance s : d.activeSteps()) {
      steps.add(moves.containsKey(s.agencyId()) ? s.withAgency(moves.get(s.agencyId())) : s);
    }
    Instant now = ctx.now();
    Dossier.Builder b =
        d.toBuilder()
            .version(d.version() + 1)
            .bindings(bindings)
            .activeSteps(steps)
            // an undo would bring back agencies that no longer exist
            .undo(Optional.empty());
    String competent = d.competentAgencyId();
    if (moves.containsKey(competent)) {
      List<CompetenceChange> changes = new ArrayList<>(d.competenceChanges());
      changes.add(new CompetenceChange(r.effectiveAt(), competent, moves.get(competent), r.id()));
      b.competentAgencyId(moves.get(competent)).competenceChanges(changes);
    }
    Dossier next = b.build();
    List<String> pairs = new ArrayList<>();
    moves.forEach((from, to) -> pairs.add(from + "→" + to));
    DossierEvent ev =
        DossierEvent.builder(d.id(), d.version() + 1, EventType.AGENCY_CHANGED, now)
            .actor(actor.userId(), actor.agencyId())
            .detail(DossierEvent.DETAIL_REORGANISATION, r.id())
            .detail(DossierEvent.DETAIL_LEGAL_BASIS, r.legalBasis())
            .detail(DossierEvent.DETAIL_AGENCY_MOVES, String.join(", ", pairs))
            .detail(DossierEvent.DETAIL_STATUS, d.status().name())
            .build();
    ctx.store(d.version(), next, List.of(ev), Optional.empty());
    return true;
  }

  /** Every agency a dossier names: its bindings, its active steps and its competent agency. */
  private static TreeSet<String> agenciesOf(Dossier d) {
    TreeSet<String> out = new TreeSet<>(d.bindings().values());
    d.activeSteps().forEach(s -> out.add(s.agencyId()));
    out.add(d.competentAgencyId());
    return out;
  }
}
