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

import java.util.EnumSet;
import java.util.Set;

/**
 * The state of a {@link DeadlineClock}, with the transitions each state allows, in one place.
 *
 * <pre>
 *            pause               stop
 *  RUNNING ---------&gt; PAUSED ---------&gt; STOPPED
 *     ^  |  &lt;---------                     ^
 *     |  |  resume / restart              |
 *     |  +--------------------------------+  stop
 *     +-- extend, restart (stays RUNNING); extend keeps PAUSED paused
 * </pre>
 */
public enum ClockState {
  /** Counting working time. */
  RUNNING(
      EnumSet.of(
          ClockEntry.Kind.PAUSE,
          ClockEntry.Kind.RESTART,
          ClockEntry.Kind.EXTEND,
          ClockEntry.Kind.STOP)),
  /** Not counting, e.g. while the applicant supplements the dossier. */
  PAUSED(
      EnumSet.of(
          ClockEntry.Kind.RESUME,
          ClockEntry.Kind.RESTART,
          ClockEntry.Kind.EXTEND,
          ClockEntry.Kind.STOP)),
  /** Finished; no transition is allowed. */
  STOPPED(EnumSet.noneOf(ClockEntry.Kind.class));

  private final Set<ClockEntry.Kind> allowed;

  ClockState(Set<ClockEntry.Kind> allowed) {
    this.allowed = allowed;
  }

  /**
   * Returns the entries this state accepts next.
   *
   * @return the allowed kinds, possibly empty; unmodifiable
   */
  public Set<ClockEntry.Kind> allowed() {
    return java.util.Collections.unmodifiableSet(allowed);
  }

  /**
   * Returns whether this state accepts an entry.
   *
   * @param kind the kind of entry
   * @return true if allowed
   */
  public boolean allows(ClockEntry.Kind kind) {
    return allowed.contains(kind);
  }

  /**
   * Returns the state after an allowed entry.
   *
   * @param kind the kind of entry, allowed in this state
   * @return the next state
   * @throws IllegalArgumentException if {@code kind} is not allowed here
   */
  ClockState after(ClockEntry.Kind kind) {
    if (!allows(kind)) {
      throw new IllegalArgumentException(kind + " not allowed in " + this);
    }
    return switch (kind) {
      case PAUSE -> PAUSED;
      case RESUME, RESTART -> RUNNING;
      case EXTEND -> this;
      case STOP -> STOPPED;
      case START -> throw new IllegalArgumentException("START only begins a clock");
    };
  }
}
