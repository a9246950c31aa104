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

import static io.github.motcua.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.motcua.agency.Actor;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The on-time indicator of Decision 766/QĐ-TTg, indicator 2.1. */
class OnTimeIndicatorTest {
  private final SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
  private final DossierEngine engine =
      DossierEngine.builder()
          .catalog(ProcedureCatalog.of(land()))
          .agencies(directory())
          .clock(clock)
          .build();

  private Dossier act(Dossier d, String action, Actor actor, String comment) {
    PerformCommand.Builder b = PerformCommand.builder(d.id(), action, actor, d.version());
    if (comment != null) {
      b.comment(comment);
    }
    return engine.perform(b.build()).dossier();
  }

  private Dossier submit(String applicant) {
    return engine.submit(landSubmission(applicant).build()).dossier();
  }

  @Test
  void inProgressWithinTimeCountsAndLateOrTwiceSupplementedDoesNot() {
    Instant from = at(3, 1, 0, 0);
    // 1. rejected at once, on time
    Dossier rejected = act(submit("a1"), "forward", OFFICER, null);
    act(rejected, "reject", SPECIALIST, "papers not valid");
    // 2. in progress, not yet late at the end of the period
    submit("a2");
    // 3. asked to supplement twice: late whatever its dates
    Dossier twice = act(submit("a3"), "forward", OFFICER, null);
    twice = act(twice, "request-supplement", SPECIALIST, "missing plan");
    twice = act(twice, "supplied", OFFICER, null);
    twice = act(twice, "request-supplement", SPECIALIST, "missing deed");
    twice = act(twice, "supplied", OFFICER, null);
    // 4. received before the period ends and late by its end (10 working days pass)
    Dossier late = submit("a4");
    clock.advance(Duration.ofDays(20));
    Instant to = clock.instant();
    assertThat(late.dueAt().orElseThrow()).isBefore(to);

    OnTimeIndicator x =
        engine.onTimeIndicator(new StatisticsScope(Optional.of(DESK), Optional.empty(), from, to));
    // a2's own 10 working days also ran out by then: only the rejection is on time
    assertThat(x.handled()).isEqualTo(4);
    assertThat(x.onTime() + x.late()).isEqualTo(4);
    assertThat(x.late()).isEqualTo(3);
    assertThat(x.ratio()).isEqualTo(0.25);
    assertThat(x.score()).isCloseTo(5.0, within(1e-9));

    // at an earlier end, the dossiers in progress are still within time; the twice-supplemented
    // one is late regardless
    Instant early = at(3, 3, 9, 0);
    OnTimeIndicator e =
        engine.onTimeIndicator(
            new StatisticsScope(Optional.of(DESK), Optional.empty(), from, early));
    assertThat(e.handled()).isEqualTo(4);
    assertThat(e.late()).isEqualTo(1);
    assertThat(e.score()).isCloseTo(15.0, within(1e-9));
  }

  @Test
  void nothingHandledIsFullMarks() {
    OnTimeIndicator x =
        engine.onTimeIndicator(
            new StatisticsScope(
                Optional.of(DESK), Optional.empty(), at(1, 1, 0, 0), at(2, 1, 0, 0)));
    assertThat(x.handled()).isZero();
    assertThat(x.score()).isEqualTo(OnTimeIndicator.MAX_POINTS);
  }
}
