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
package io.github.motcua.calendar;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A special day as a calendar applies it: the public {@link SpecialDay} plus, for a working day,
 * its periods ({@code null}: the make-up periods of the calendar that applies it, so a variant with
 * another week works a base calendar's make-up Saturday with its own make-up periods).
 */
record DatedDay(SpecialDay day, List<WorkingPeriod> periods) {
  DatedDay {
    requireNonNull(day, "day");
    if (periods != null) {
      if (!day.isWorking()) {
        throw new IllegalArgumentException("a day off has no working periods: " + day.date());
      }
      periods = List.copyOf(periods);
    }
  }

  static DatedDay of(SpecialDay day) {
    return new DatedDay(day, null);
  }
}
