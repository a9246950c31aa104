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
package io.github.motcua.examples.spring;

import io.github.motcua.agency.Actor;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.engine.PerformResult;
import io.github.motcua.engine.Receipt;
import io.github.motcua.engine.SubmitCommand;
import io.github.motcua.engine.WorklistPage;
import io.github.motcua.spi.WorklistCursor;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host's use cases. {@link #perform} shows the point of the example: the transition and the
 * host's own row ({@code agency_note}) are written in one Spring transaction, so both commit or
 * both roll back.
 */
@Service
class DossierService {
  /** The household business registration (thủ tục 2.000720). */
  static final String HOUSEHOLD_BUSINESS = "2.000720";

  private final DossierEngine engine;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  DossierService(DossierEngine engine, JdbcTemplate jdbc, Clock clock) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Performs an action and records the officer's note on it in the host's table, in the caller's
   * transaction or a new one. A replayed command (same idempotency key) writes no second note.
   */
  @Transactional
  public PerformResult perform(PerformCommand command, Optional<String> note) {
    PerformResult result = engine.perform(command);
    if (!result.replayed()) {
      Actor actor = command.actor();
      jdbc.update(
          "INSERT INTO agency_note (dossier_id, dossier_version, agency_id, user_id, action_id,"
              + " note, written_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          result.dossier().id(),
          result.version(),
          actor.agencyId(),
          actor.userId(),
          command.actionId(),
          note.orElse(null),
          Timestamp.from(clock.instant()));
    }
    return result;
  }

  /** Submits a household business registration received at the centre. */
  @Transactional
  public Receipt submitHouseholdBusiness(String applicantRef, Actor receivedBy, long capital) {
    return engine.submit(
        SubmitCommand.builder(HOUSEHOLD_BUSINESS, applicantRef)
            .receivedBy(receivedBy)
            .attribute("capital", capital)
            .bind("centre", ExampleAgencies.CENTRE)
            .bind("registrar", ExampleAgencies.REGISTRAR)
            .build());
  }

  /** A page of a staff role's worklist in an agency, most urgent first. */
  public WorklistPage worklist(
      String agencyId, String staffRole, Optional<WorklistCursor> after, int limit) {
    return engine.worklist(agencyId, staffRole, Optional.empty(), after, limit);
  }
}
