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
package io.github.motcua.spi.contract;

import io.github.motcua.deadline.CountingPolicy;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.DeadlineClock;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.procedure.DossierStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the snapshots and events the store contract suite stores. Public so that a store's own
 * tests can use them too.
 */
public final class StoreFixtures {
  /** A fixed instant the fixtures count from: Monday 2 March 2026, 09:00 in Vietnam. */
  public static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

  private StoreFixtures() {}

  /**
   * Returns a step instance.
   *
   * @param id the instance id
   * @param agency the agency
   * @param role the staff role
   * @param due the due instant, or null for none
   * @return the instance
   */
  public static StepInstance step(String id, String agency, String role, Instant due) {
    return new StepInstance(
        id,
        "step-" + id,
        Optional.empty(),
        Optional.empty(),
        agency,
        role,
        Optional.empty(),
        T0,
        clock(TimeLimit.workingDays(1)),
        Optional.ofNullable(due),
        Optional.ofNullable(due).map(d -> d.minusSeconds(3600)),
        false,
        false);
  }

  /**
   * Returns a running clock started at {@link #T0}, counting working time.
   *
   * @param limit the limit
   * @return the clock
   */
  public static DeadlineClock clock(TimeLimit limit) {
    return DeadlineClock.start(limit, CountingPolicy.of(CountingRule.WORKING_TIME), T0, "u-1");
  }

  /**
   * Returns a new dossier at version 1 with one step.
   *
   * @param id the dossier id
   * @param step its active step
   * @return the snapshot
   */
  public static Dossier dossier(String id, StepInstance step) {
    return Dossier.builder()
        .id(id)
        .number("N-" + id)
        .procedure("1.000001", 2)
        .applicantRef("applicant-" + id)
        .receivingAgencyId("desk")
        .attributes(
            Map.of(
                "area",
                new BigDecimal("120.5"),
                "urban",
                true,
                "since",
                LocalDate.of(2020, 1, 2),
                "ward",
                "w1"))
        .bindings(Map.of("desk", "desk", "district", "d1"))
        .receivedAt(T0)
        .status(DossierStatus.RECEIVED)
        .version(1)
        .clock(clock(TimeLimit.workingDays(10)))
        .dueAt(Optional.of(T0.plusSeconds(86_400 * 10)))
        .activeSteps(List.of(step))
        .stepCounter(1)
        .nextTimerAt(step.dueSoonAt())
        .build();
  }

  /**
   * Returns the events that take a dossier from one version to another.
   *
   * @param dossierId the dossier
   * @param fromVersion the version before
   * @param count how many events
   * @return the events, numbered {@code fromVersion + 1} onwards
   */
  public static List<DossierEvent> events(String dossierId, long fromVersion, int count) {
    List<DossierEvent> out = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      out.add(
          DossierEvent.builder(
                  dossierId,
                  fromVersion + i,
                  fromVersion + i == 1 ? EventType.SUBMITTED : EventType.ACTION_PERFORMED,
                  T0.plusSeconds(fromVersion + i))
              .actor("u-" + i, "desk")
              .step("s1", "step-s1")
              .action("forward")
              .comment("ok")
              .due(T0, T0.plusSeconds(60))
              .detail(DossierEvent.DETAIL_ROUND, Integer.toString(i))
              .build());
    }
    return out;
  }

  /**
   * Returns the next snapshot of a dossier: a new version and new active steps.
   *
   * @param d the snapshot
   * @param newEvents how many events the change records
   * @param steps the new active steps
   * @return the snapshot
   */
  public static Dossier next(Dossier d, int newEvents, List<StepInstance> steps) {
    return d.toBuilder()
        .version(d.version() + newEvents)
        .status(DossierStatus.PROCESSING)
        .activeSteps(steps)
        .nextTimerAt(
            steps.stream()
                .map(StepInstance::dueSoonAt)
                .flatMap(Optional::stream)
                .min(Instant::compareTo))
        .build();
  }
}
