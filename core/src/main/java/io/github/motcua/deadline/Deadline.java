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

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.motcua.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A due instant (hạn giải quyết, ngày hẹn trả) computed from a receipt, a time limit and a counting
 * policy on a working calendar, with its {@link Explanation}. Immutable and thread-safe; the
 * explanation is computed on first use.
 *
 * <p>Obtain one from {@link DeadlineCalculator#compute}. A running dossier keeps its due in a
 * {@link DeadlineClock}, not in a {@code Deadline}: the clock can pause, extend and re-project.
 */
public final class Deadline {
  private final WorkingCalendar calendar;
  private final Instant received;
  private final TimeLimit limit;
  private final CountingPolicy policy;
  private final Counting.Result result;
  private final Supplier<Explanation> explanation;

  Deadline(
      WorkingCalendar calendar,
      Instant received,
      TimeLimit limit,
      CountingPolicy policy,
      Counting.Result result) {
    this.calendar = calendar;
    this.received = received;
    this.limit = limit;
    this.policy = policy;
    this.result = result;
    this.explanation = Suppliers.memoize(() -> Explaining.deadline(this));
  }

  WorkingCalendar calendar() {
    return calendar;
  }

  Counting.Result result() {
    return result;
  }

  /**
   * Returns the instant the dossier was received.
   *
   * @return the receipt instant
   */
  public Instant received() {
    return received;
  }

  /**
   * Returns the instant counting starts: the receipt itself in working time, else the next working
   * period, or after an intake cut-off the next working day's opening.
   *
   * @return the effective start
   */
  public Instant effectiveStart() {
    return result.effectiveStart();
  }

  /**
   * Returns why counting starts at {@link #effectiveStart()}.
   *
   * @return the cause
   */
  public StartCause startCause() {
    return result.cause();
  }

  /**
   * Returns the time limit counted.
   *
   * @return the limit
   */
  public TimeLimit limit() {
    return limit;
  }

  /**
   * Returns the counting policy.
   *
   * @return the policy
   */
  public CountingPolicy policy() {
    return policy;
  }

  /**
   * Returns the rule that counted the limit (see {@link CountingPolicy#appliedRule(TimeLimit)}).
   *
   * @return the applied rule
   */
  public CountingRule appliedRule() {
    return result.appliedRule();
  }

  /**
   * Returns the due instant.
   *
   * @return the due instant
   */
  public Instant due() {
    return result.due();
  }

  /**
   * Returns the due instant in the calendar's zone, as printed on a receipt slip.
   *
   * @return the local due date and time
   */
  public ZonedDateTime dueLocal() {
    return result.due().atZone(calendar.zone());
  }

  /**
   * Returns the calendar's zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return calendar.zone();
  }

  /**
   * Returns the working time between the effective start and the due instant: the budget a {@link
   * DeadlineClock} started at the same receipt consumes.
   *
   * @return the working-time budget
   */
  public Duration workingBudget() {
    return result.budget();
  }

  /**
   * Returns why the due instant is what it is.
   *
   * @return the explanation
   */
  public Explanation explanation() {
    return explanation.get();
  }

  @Override
  public String toString() {
    return "Deadline[received "
        + received
        + ", "
        + limit
        + " by "
        + result.appliedRule()
        + ", start "
        + result.effectiveStart()
        + ", due "
        + result.due()
        + "]";
  }

  static Deadline of(
      WorkingCalendar calendar, Instant received, TimeLimit limit, CountingPolicy policy) {
    requireNonNull(calendar, "calendar");
    requireNonNull(received, "received");
    requireNonNull(limit, "limit");
    requireNonNull(policy, "policy");
    return new Deadline(
        calendar, received, limit, policy, Counting.count(calendar, received, limit, policy));
  }
}
