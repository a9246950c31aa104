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
import io.github.motcua.deadline.RemainingTime;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.engine.PerformResult;
import io.github.motcua.engine.WorklistItem;
import io.github.motcua.engine.WorklistPage;
import io.github.motcua.spi.WorklistCursor;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two endpoints: perform an action on a dossier, and read a page of a worklist with the time each
 * step has left. The officer is named by three request headers, a stand-in for the host's
 * authentication (in a real application, the principal's user id, agency and roles):
 *
 * <ul>
 *   <li>{@code X-User}: the user id
 *   <li>{@code X-Agency}: the agency the user works for
 *   <li>{@code X-Roles}: the user's staff roles, comma-separated
 * </ul>
 *
 * The answers carry ids, numbers, statuses and instants only, never the applicant's reference.
 * Refusals are answered as {@code application/problem+json} by {@link ProblemResponses}.
 */
@RestController
class DossierController {
  private final DossierService service;

  DossierController(DossierService service) {
    this.service = service;
  }

  /** The body of a perform request. */
  record PerformRequest(Long expectedVersion, String comment, String note) {}

  /** An event the transition recorded. */
  record EventView(long sequence, String type) {}

  /** A step the dossier is at after the transition. */
  record StepView(String stepInstanceId, String stepId, String agencyId, String staffRole) {}

  /** The dossier after the transition. */
  record PerformResponse(
      String dossierId,
      String number,
      long version,
      String status,
      boolean replayed,
      List<EventView> events,
      List<StepView> activeSteps) {}

  /** One step waiting in a worklist, with the dossier version an action on it is sent with. */
  record WorklistItemView(
      String dossierId,
      String number,
      long version,
      String procedureCode,
      String stepInstanceId,
      String stepId,
      String stepName,
      String assignee,
      Instant dueAt,
      Long workingMinutesLeft,
      boolean overdue,
      String timeLeft) {}

  /** A worklist page and the cursor of the next one (null on the last page). */
  record WorklistView(List<WorklistItemView> items, String nextCursor) {}

  @PostMapping("/dossiers/{dossierId}/actions/{actionId}")
  PerformResponse perform(
      @PathVariable("dossierId") String dossierId,
      @PathVariable("actionId") String actionId,
      @RequestHeader("X-User") String user,
      @RequestHeader("X-Agency") String agency,
      @RequestHeader("X-Roles") String roles,
      @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody PerformRequest body) {
    if (body.expectedVersion() == null) {
      throw new IllegalArgumentException(
          "expectedVersion is required: the dossier version the officer saw");
    }
    if (body.note() != null && body.note().length() > 500) {
      throw new IllegalArgumentException(
          "note is too long: " + body.note().length() + " characters; at most 500");
    }
    PerformCommand.Builder command =
        PerformCommand.builder(
            dossierId, actionId, actor(user, agency, roles), body.expectedVersion());
    if (idempotencyKey != null) {
      command.idempotencyKey(idempotencyKey);
    }
    if (body.comment() != null) {
      command.comment(body.comment());
    }
    PerformResult result = service.perform(command.build(), Optional.ofNullable(body.note()));
    Dossier d = result.dossier();
    return new PerformResponse(
        d.id(),
        d.number(),
        d.version(),
        d.status().name(),
        result.replayed(),
        result.events().stream().map(e -> new EventView(e.sequence(), e.type().name())).toList(),
        d.activeSteps().stream()
            .map(s -> new StepView(s.id(), s.stepId(), s.agencyId(), s.staffRole()))
            .toList());
  }

  @GetMapping("/worklist")
  WorklistView worklist(
      @RequestParam("agency") String agency,
      @RequestParam("role") String role,
      @RequestParam(name = "cursor", required = false) String cursor,
      @RequestParam(name = "limit", defaultValue = "20") int limit,
      Locale locale) {
    WorklistPage page =
        service.worklist(
            agency, role, Optional.ofNullable(cursor).map(WorklistCursor::parse), limit);
    List<WorklistItemView> items = page.items().stream().map(item -> view(item, locale)).toList();
    return new WorklistView(items, page.next().map(WorklistCursor::token).orElse(null));
  }

  private static WorklistItemView view(WorklistItem item, Locale locale) {
    Optional<RemainingTime> left = item.remaining();
    return new WorklistItemView(
        item.dossier().id(),
        item.dossier().number(),
        item.dossier().version(),
        item.dossier().procedureCode(),
        item.step().id(),
        item.step().stepId(),
        item.stepName(),
        item.step().assignee().orElse(null),
        item.step().dueAt().orElse(null),
        left.map(r -> r.workingTime().toMinutes()).orElse(null),
        left.map(RemainingTime::isOverdue).orElse(false),
        left.map(r -> r.render(locale)).orElse("waiting for the applicant"));
  }

  private static Actor actor(String user, String agency, String roles) {
    if (user.isBlank() || agency.isBlank()) {
      throw new IllegalArgumentException("the X-User and X-Agency headers cannot be blank");
    }
    String[] list =
        Arrays.stream(roles.split(","))
            .map(String::trim)
            .filter(r -> !r.isEmpty())
            .toArray(String[]::new);
    if (list.length == 0) {
      throw new IllegalArgumentException(
          "the X-Roles header names no role; give the staff roles, comma-separated");
    }
    return Actor.of(user.trim(), agency.trim(), list);
  }
}
