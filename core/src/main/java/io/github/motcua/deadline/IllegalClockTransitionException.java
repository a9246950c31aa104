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

import io.github.motcua.MotcuaException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A clock was asked for a transition its state does not allow (pausing a paused clock, resuming a
 * running one, anything on a stopped one), or for one dated before its last entry. Nothing changes.
 */
public final class IllegalClockTransitionException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient ClockState state;
  private final transient ClockEntry.Kind attempted;
  private final transient Instant at;
  private final transient Instant lastEntryAt;

  IllegalClockTransitionException(
      ClockState state, ClockEntry.Kind attempted, Instant at, Instant lastEntryAt) {
    super(message(state, attempted, at, lastEntryAt));
    this.state = state;
    this.attempted = attempted;
    this.at = at;
    this.lastEntryAt = lastEntryAt;
  }

  private static String message(
      ClockState state, ClockEntry.Kind attempted, Instant at, Instant lastEntryAt) {
    String verb = attempted.name().toLowerCase(Locale.ROOT);
    String st = state.name().toLowerCase(Locale.ROOT);
    if (state.allows(attempted)) {
      return "cannot "
          + verb
          + " the clock at "
          + at
          + ": that is before its last entry at "
          + lastEntryAt
          + "; entries must not go back in time";
    }
    Set<ClockEntry.Kind> allowed = state.allowed();
    return "cannot "
        + verb
        + " a "
        + st
        + " clock; allowed while "
        + st
        + ": "
        + (allowed.isEmpty()
            ? "nothing"
            : allowed.stream()
                .map(k -> k.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }

  /**
   * Returns the clock's state when the transition was refused.
   *
   * @return the state
   */
  public ClockState state() {
    return state;
  }

  /**
   * Returns the transition refused.
   *
   * @return the kind of entry attempted
   */
  public ClockEntry.Kind attempted() {
    return attempted;
  }

  /**
   * Returns the instant of the refused transition.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * Returns the instant of the clock's last entry.
   *
   * @return the instant
   */
  public Instant lastEntryAt() {
    return lastEntryAt;
  }
}
