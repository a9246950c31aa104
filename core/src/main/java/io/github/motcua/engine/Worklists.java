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

import io.github.motcua.deadline.RemainingTime;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.procedure.Step;
import io.github.motcua.spi.StepPage;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.spi.WorkItem;
import io.github.motcua.spi.WorklistCursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers the step queries of {@link DossierEngine}: an officer's worklist, the steps due soon and
 * overdue, a dossier's active steps, each turned into a {@link WorklistItem} with the step's name
 * and the working time it has left at the engine clock's now. Ordering and paging are the store's
 * ({@link StepQuery}). Stateless; thread-safe.
 */
final class Worklists {
  private final EngineContext ctx;

  Worklists(EngineContext ctx) {
    this.ctx = ctx;
  }

  List<WorklistItem> activeSteps(String dossierId) {
    Dossier d = ctx.get(dossierId);
    Instant now = ctx.clock.instant();
    List<WorklistItem> out = new ArrayList<>();
    for (StepInstance s : d.activeSteps()) {
      out.add(item(d, s, now));
    }
    return out;
  }

  WorklistPage worklist(
      String agencyId,
      String staffRole,
      Optional<String> userId,
      Optional<WorklistCursor> after,
      int limit) {
    StepQuery q = StepQuery.worklist(agencyId, staffRole, limit);
    if (userId.isPresent()) {
      q = q.forUser(userId.get());
    }
    if (after.isPresent()) {
      q = q.after(after.get());
    }
    return page(ctx.store.steps(q));
  }

  WorklistPage worklist(StepQuery q) {
    return page(ctx.store.steps(q));
  }

  WorklistPage dueSoon(Optional<String> agencyId, Optional<WorklistCursor> after, int limit) {
    StepQuery q = StepQuery.dueSoonBy(agencyId, ctx.clock.instant(), limit);
    return page(ctx.store.steps(after.map(q::after).orElse(q)));
  }

  WorklistPage overdue(Optional<String> agencyId, Optional<WorklistCursor> after, int limit) {
    StepQuery q = StepQuery.dueBefore(agencyId, ctx.clock.instant(), limit);
    return page(ctx.store.steps(after.map(q::after).orElse(q)));
  }

  private WorklistPage page(StepPage page) {
    Instant now = ctx.clock.instant();
    List<WorklistItem> items = new ArrayList<>(page.items().size());
    for (WorkItem it : page.items()) {
      items.add(item(it.dossier(), it.step(), now));
    }
    return new WorklistPage(items, page.next());
  }

  private WorklistItem item(Dossier d, StepInstance s, Instant now) {
    Step step = ctx.index(d).steps.get(s.stepId());
    Optional<RemainingTime> remaining =
        s.dueAt().isPresent()
            ? Optional.of(s.clock().remaining(ctx.calendarOf(s.agencyId()), now))
            : Optional.empty();
    return new WorklistItem(d, s, step == null ? s.stepId() : step.name(), remaining);
  }
}
