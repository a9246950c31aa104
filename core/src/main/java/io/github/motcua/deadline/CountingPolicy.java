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
package io.github.motcua.deadline;

import static java.util.Objects.requireNonNull;

import java.time.LocalTime;
import java.util.Optional;

/**
 * How a procedure counts its time limits: a {@link CountingRule} and an optional intake cut-off
 * (giờ tiếp nhận cuối ngày), such as 15:00, after which a dossier received on a working day counts
 * from the next working day's opening. "After" is strict: with a 15:00 cut-off, a dossier received
 * at 15:00 sharp counts at once, one received at 15:00:01 from the next working day. On a day that
 * is not a working day the cut-off plays no part: counting starts at the next working period.
 *
 * <p>Which rule actually applies depends on the unit of the limit as well (see {@link
 * #appliedRule(TimeLimit)}): a limit in working hours is always counted as working time, and a
 * limit in calendar days always by the calendar-days rule, because each has only one sound reading.
 * A limit in working days is counted by {@link CountingRule#WORKING_TIME} or {@link
 * CountingRule#END_OF_DAY}; the {@link CountingRule#CALENDAR_DAYS} rule refuses it.
 *
 * @param rule the counting rule
 * @param intakeCutoff the local time after which a dossier received on a working day counts from
 *     the next working day, if the procedure has one
 */
public record CountingPolicy(CountingRule rule, Optional<LocalTime> intakeCutoff) {
  /**
   * Validates.
   *
   * @param rule the counting rule
   * @param intakeCutoff the intake cut-off, if any
   */
  public CountingPolicy {
    requireNonNull(rule, "rule");
    requireNonNull(intakeCutoff, "intakeCutoff");
  }

  /**
   * Returns a policy with a rule and no intake cut-off.
   *
   * @param rule the counting rule
   * @return the policy
   */
  public static CountingPolicy of(CountingRule rule) {
    return new CountingPolicy(rule, Optional.empty());
  }

  /**
   * Returns a policy with a rule and an intake cut-off.
   *
   * @param rule the counting rule
   * @param intakeCutoff the local time after which a dossier counts from the next working day
   * @return the policy
   */
  public static CountingPolicy of(CountingRule rule, LocalTime intakeCutoff) {
    return new CountingPolicy(rule, Optional.of(requireNonNull(intakeCutoff, "intakeCutoff")));
  }

  /**
   * Returns this policy with an intake cut-off.
   *
   * @param cutoff the local time after which a dossier counts from the next working day
   * @return a new policy
   */
  public CountingPolicy withIntakeCutoff(LocalTime cutoff) {
    return new CountingPolicy(rule, Optional.of(requireNonNull(cutoff, "cutoff")));
  }

  /**
   * Returns this policy without an intake cut-off.
   *
   * @return a new policy
   */
  public CountingPolicy withoutIntakeCutoff() {
    return new CountingPolicy(rule, Optional.empty());
  }

  /**
   * Returns the rule that counts a given limit under this policy: {@link CountingRule#WORKING_TIME}
   * for working hours, {@link CountingRule#CALENDAR_DAYS} for calendar days, and this policy's rule
   * for working days.
   *
   * @param limit the time limit
   * @return the rule applied to it
   * @throws IncompatibleTimeLimitException if the limit is in working days and the rule is {@link
   *     CountingRule#CALENDAR_DAYS}
   */
  public CountingRule appliedRule(TimeLimit limit) {
    requireNonNull(limit, "limit");
    return switch (limit.unit()) {
      case WORKING_HOURS -> CountingRule.WORKING_TIME;
      case CALENDAR_DAYS -> CountingRule.CALENDAR_DAYS;
      case WORKING_DAYS -> {
        if (rule == CountingRule.CALENDAR_DAYS) {
          throw new IncompatibleTimeLimitException(
              limit,
              rule,
              "a limit in working days cannot be counted by the calendar-days rule; allowed: a"
                  + " limit in calendar days, or the working-time or end-of-day rule");
        }
        yield rule;
      }
    };
  }

  @Override
  public String toString() {
    return rule + intakeCutoff.map(c -> ", cut-off " + c).orElse("");
  }
}
