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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.motcua.agency.Actor;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.EventType;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.engine.PerformResult;
import io.github.motcua.engine.TimerRun;
import io.github.motcua.testing.SettableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** The example application on H2, through its REST endpoints, transactions and timer runner. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MotcuaExampleApplicationTest {
  /** Monday 2 March 2026, 09:00 in Vietnam. */
  static final SettableClock CLOCK =
      SettableClock.at(
          LocalDateTime.of(2026, 3, 2, 9, 0).atZone(SettableClock.VIETNAM).toInstant());

  private static final Actor OFFICER =
      Actor.of("officer-1", ExampleAgencies.CENTRE, "one-stop-officer");

  @TestConfiguration(proxyBeanMethods = false)
  static class TestClock {
    @Bean
    @Primary
    Clock testClock() {
      return CLOCK;
    }
  }

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired DossierService service;
  @Autowired DossierEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired TimerRunnerLifecycle timers;

  private Dossier submit() {
    return service
        .submitHouseholdBusiness("test-applicant-" + System.nanoTime(), OFFICER, 50_000_000L)
        .dossier();
  }

  private int notes(String dossierId) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM agency_note WHERE dossier_id = ?", Integer.class, dossierId);
  }

  private ResultActions perform(
      String dossierId, String action, Actor actor, long expectedVersion, String key)
      throws Exception {
    var request =
        post("/dossiers/{id}/actions/{action}", dossierId, action)
            .header("X-User", actor.userId())
            .header("X-Agency", actor.agencyId())
            .header("X-Roles", String.join(",", actor.roles()))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"expectedVersion\": " + expectedVersion + ", \"note\": \"checked\"}");
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return mvc.perform(request);
  }

  @Test
  void anActionPerformedThroughRestMovesTheDossierAndWritesOneNote() throws Exception {
    Dossier d = submit();
    String key = d.id() + "/forward";
    perform(d.id(), "forward", OFFICER, d.version(), key)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dossierId").value(d.id()))
        .andExpect(jsonPath("$.replayed").value(false))
        .andExpect(jsonPath("$.activeSteps[0].stepId").value("examine"))
        .andExpect(jsonPath("$.activeSteps[0].agencyId").value(ExampleAgencies.REGISTRAR))
        .andExpect(jsonPath("$.activeSteps[0].staffRole").value("specialist"));
    long after = engine.get(d.id()).version();
    assertThat(after).isGreaterThan(d.version());
    assertThat(notes(d.id())).isEqualTo(1);

    // the same request again: replayed, no second transition, no second note
    perform(d.id(), "forward", OFFICER, d.version(), key)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.replayed").value(true))
        .andExpect(jsonPath("$.version").value(after));
    assertThat(engine.get(d.id()).version()).isEqualTo(after);
    assertThat(notes(d.id())).isEqualTo(1);

    // the same key on another command: refused, nothing written
    Actor specialist = Actor.of("spec-1", ExampleAgencies.REGISTRAR, "specialist");
    perform(d.id(), "propose", specialist, after, key)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:motcua:problem:idempotency-key-conflict"));
    assertThat(engine.get(d.id()).version()).isEqualTo(after);
    assertThat(notes(d.id())).isEqualTo(1);
  }

  @Test
  void aWorklistIsReadPageByPageWithTheTimeLeft() throws Exception {
    Set<String> mine = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      mine.add(submit().id());
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request =
          get("/worklist")
              .param("agency", ExampleAgencies.CENTRE)
              .param("role", "one-stop-officer")
              .param("limit", "2")
              .header("Accept-Language", "en");
      if (cursor != null) {
        request.param("cursor", cursor);
      }
      String body =
          mvc.perform(request)
              .andExpect(status().isOk())
              .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
              .andReturn()
              .getResponse()
              .getContentAsString();
      JsonNode page = json.readTree(body);
      assertThat(page.get("items").size()).isBetween(0, 2);
      for (JsonNode item : page.get("items")) {
        seen.add(item.get("dossierId").asText());
        if (mine.contains(item.get("dossierId").asText())) {
          assertThat(item.get("stepId").asText()).isEqualTo("receive");
          assertThat(item.get("version").asLong())
              .isEqualTo(engine.get(item.get("dossierId").asText()).version());
          assertThat(item.get("workingMinutesLeft").asLong()).isPositive();
          assertThat(item.get("overdue").asBoolean()).isFalse();
          assertThat(item.get("timeLeft").asText()).endsWith(" left");
          assertThat(item.has("applicantRef")).isFalse();
        }
      }
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
      pages++;
    } while (cursor != null && pages < 1000);
    assertThat(pages).isGreaterThanOrEqualTo(2);
    assertThat(seen).doesNotHaveDuplicates().containsAll(mine);
  }

  @Test
  void theTransitionAndTheHostsRowRollBackTogether() {
    Dossier d = submit();
    // the host fails after the service call: neither the transition nor the note stays
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      PerformResult r =
                          service.perform(
                              PerformCommand.builder(d.id(), "forward", OFFICER, d.version())
                                  .build(),
                              Optional.of("rolled back"));
                      assertThat(r.version()).isGreaterThan(d.version());
                      assertThat(notes(d.id())).isEqualTo(1);
                      throw new IllegalStateException("the host changes its mind");
                    }))
        .hasMessage("the host changes its mind");
    assertThat(engine.get(d.id()).version()).isEqualTo(d.version());
    assertThat(engine.history(d.id())).hasSize((int) d.version());
    assertThat(notes(d.id())).isZero();

    // the host's own insert fails after the transition: the transition is rolled back with it
    long next =
        transactions.execute(
            status -> {
              long v =
                  service
                      .perform(
                          PerformCommand.builder(d.id(), "forward", OFFICER, d.version()).build(),
                          Optional.empty())
                      .version();
              status.setRollbackOnly();
              return v;
            });
    jdbc.update(
        "INSERT INTO agency_note (dossier_id, dossier_version, agency_id, user_id, action_id,"
            + " written_at) VALUES (?, ?, 'elsewhere', 'someone', 'forward', CURRENT_TIMESTAMP)",
        d.id(),
        next);
    assertThatThrownBy(
            () ->
                service.perform(
                    PerformCommand.builder(d.id(), "forward", OFFICER, d.version()).build(),
                    Optional.of("clashes")))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(engine.get(d.id()).version()).isEqualTo(d.version());
    assertThat(notes(d.id())).isEqualTo(1);

    // and once the host's row is out of the way, both commit
    jdbc.update("DELETE FROM agency_note WHERE dossier_id = ?", d.id());
    service.perform(
        PerformCommand.builder(d.id(), "forward", OFFICER, d.version()).build(),
        Optional.of("committed"));
    assertThat(engine.get(d.id()).version()).isEqualTo(next);
    assertThat(notes(d.id())).isEqualTo(1);
  }

  @Test
  void theTimerRunnerMarksOverdueStepsAsTimePasses() throws Exception {
    assertThat(timers.isRunning()).isTrue();
    Dossier d = submit();
    String receive = d.activeSteps().get(0).id();
    // receive has a quarter of a working day; a day later it is overdue, and the runner (every
    // 20 ms in this test) marks it without anyone calling fireDueTimers
    Instant later = CLOCK.advance(Duration.ofDays(1));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    // the mark is visible once committed, the run's report a moment later, when the run ends
    while (overdueMarks(d.id(), receive) == 0 || !ranFrom(later)) {
      assertThat(System.nanoTime()).as("overdue marked within 30 s").isLessThan(deadline);
      Thread.sleep(10);
    }
    TimerRun run = timers.runner().lastRun().orElseThrow();
    assertThat(run.failure()).isEmpty();
    assertThat(overdueMarks(d.id(), receive)).isEqualTo(1);
  }

  private boolean ranFrom(Instant instant) {
    return timers.runner().lastRun().filter(r -> !r.firedUpTo().isBefore(instant)).isPresent();
  }

  private long overdueMarks(String dossierId, String stepInstanceId) {
    return engine.history(dossierId).stream()
        .filter(e -> e.type() == EventType.OVERDUE)
        .filter(e -> e.stepInstanceId().equals(Optional.of(stepInstanceId)))
        .count();
  }

  @Test
  void refusalsAreAnsweredAsProblemsWithTheRightStatus() throws Exception {
    Dossier d = submit();
    String problem = "application/problem+json";
    // a stale version
    perform(d.id(), "forward", OFFICER, d.version() - 1, null)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(problem))
        .andExpect(jsonPath("$.type").value("urn:motcua:problem:stale-dossier-version"))
        .andExpect(jsonPath("$.retryable").value(true));
    // an unknown dossier
    perform("no-such-dossier", "forward", OFFICER, 1, null)
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(problem))
        .andExpect(jsonPath("$.type").value("urn:motcua:problem:dossier-not-found"));
    // an officer without the step's role
    Actor specialist = Actor.of("spec-1", ExampleAgencies.REGISTRAR, "specialist");
    perform(d.id(), "forward", specialist, d.version(), null)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(problem))
        .andExpect(jsonPath("$.type").value("urn:motcua:problem:action-not-allowed"));
    // an action the step does not offer
    perform(d.id(), "approve", OFFICER, d.version(), null)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(problem))
        .andExpect(jsonPath("$.type").value("urn:motcua:problem:action-not-available"));
    // no officer named
    mvc.perform(
            post("/dossiers/{id}/actions/forward", d.id())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"expectedVersion\": 1}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(problem));
    // a malformed cursor
    mvc.perform(
            get("/worklist")
                .param("agency", ExampleAgencies.CENTRE)
                .param("role", "one-stop-officer")
                .param("cursor", "not-a-cursor"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(problem))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cursor")));
    // a page size out of range
    mvc.perform(
            get("/worklist")
                .param("agency", ExampleAgencies.CENTRE)
                .param("role", "one-stop-officer")
                .param("limit", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(problem))
        .andExpect(jsonPath("$.detail").value("page limit must be 1 to 1000; got 0"));
    // nothing was written by the refused requests
    assertThat(engine.get(d.id()).version()).isEqualTo(d.version());
    assertThat(notes(d.id())).isZero();
    // a reason the action requires is missing: the specialist asks for corrections without one
    perform(d.id(), "forward", OFFICER, d.version(), null).andExpect(status().isOk());
    Dossier examined = engine.get(d.id());
    perform(examined.id(), "ask-correction", specialist, examined.version(), null)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(problem))
        .andExpect(jsonPath("$.type").value("urn:motcua:problem:reason-required"))
        .andExpect(jsonPath("$.retryable").value(false));
    assertThat(engine.get(d.id()).version()).isEqualTo(examined.version());
    assertThat(notes(d.id())).isEqualTo(1);
  }
}
