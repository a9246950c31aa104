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

import static io.github.motcua.engine.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.spi.WorklistCursor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineValuesTest {
  @Test
  void dossierNumbersFollowThePatternAndCountPerAgencyAndYear() {
    DossierNumberPattern p = DossierNumberPattern.of("{agency}/{yy}{MM}/{seq:4}-{procedure}");
    LocalDate d = LocalDate.of(2026, 3, 2);
    assertThat(p.format("W01", "1.004227", d, 7)).isEqualTo("W01/2603/0007-1.004227");
    assertThat(p.sequenceKey("W01", "1.004227", d)).isEqualTo("W01/1.004227/2026-3");
    assertThat(DossierNumberPattern.DEFAULT.format("W01", "x", d, 123))
        .isEqualTo("W01-2026-000123");
    assertThat(DossierNumberPattern.of("{agency}-{seq}").sequenceKey("W01", "x", d))
        .isEqualTo("W01");
    assertThat(DossierNumberPattern.of("{seq:2}").format("a", "b", d, 12345)).isEqualTo("12345");
  }

  @Test
  void malformedNumberPatternsAreRefusedSayingWhatIsAllowed() {
    assertThatThrownBy(() -> DossierNumberPattern.of("{agency}-{year}-{seq}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown placeholder '{year}'")
        .hasMessageContaining("allowed: {agency}");
    assertThatThrownBy(() -> DossierNumberPattern.of("{agency}"))
        .hasMessageContaining("exactly one {seq}");
    assertThatThrownBy(() -> DossierNumberPattern.of("{seq}{seq}")).hasMessageContaining("found 2");
    assertThatThrownBy(() -> DossierNumberPattern.of("{seq")).hasMessageContaining("not closed");
  }

  @Test
  void dueSoonThresholdsCountWorkingTimeBeforeTheDueInstant() {
    WorkingCalendar cal = WorkingCalendar.vietnam();
    Instant due = at(3, 4, 9, 0); // Wednesday
    assertThat(DueSoonThreshold.workingDays(1).dueSoonAt(cal, due, Duration.ZERO))
        .isEqualTo(at(3, 3, 9, 0));
    assertThat(DueSoonThreshold.workingHours(2).dueSoonAt(cal, due, Duration.ZERO))
        .isEqualTo(at(3, 3, 16, 30));
    assertThat(DueSoonThreshold.percentOfBudget(25).dueSoonAt(cal, due, Duration.ofHours(16)))
        .isEqualTo(at(3, 3, 14, 30));
    assertThat(DueSoonThreshold.workingDays(0).dueSoonAt(cal, due, Duration.ZERO)).isEqualTo(due);
  }

  @Test
  void worklistCursorsRoundTripAsTokensAndRejectGarbage() {
    WorklistCursor c = new WorklistCursor(Instant.parse("2026-03-02T02:00:00.5Z"), "d~1", "s2");
    WorklistCursor noDue = new WorklistCursor(Instant.MAX, "d2", "s1");
    assertThat(WorklistCursor.parse(noDue.token())).isEqualTo(noDue);
    // ids holding the separator or the escape character round-trip too
    assertThat(WorklistCursor.parse(c.token())).isEqualTo(c);
    for (String id : List.of("~", "%", "%7E", "%25", "a~b%c~", "~~%%")) {
      WorklistCursor odd = new WorklistCursor(c.urgencyKey(), id, "s" + id);
      assertThat(WorklistCursor.parse(odd.token())).isEqualTo(odd);
    }
    assertThat(new WorklistCursor(c.urgencyKey(), "d1", "s2").token()).endsWith("~d1~s2");
    assertThat(WorklistCursor.parse(new WorklistCursor(c.urgencyKey(), "d1", "s2").token()))
        .isEqualTo(new WorklistCursor(c.urgencyKey(), "d1", "s2"));
    assertThat(c.compareTo(noDue)).isNegative();
    assertThatThrownBy(() -> WorklistCursor.parse("nonsense"))
        .isInstanceOf(io.github.motcua.spi.InvalidCursorException.class)
        .hasMessageContaining("malformed");
  }
}
