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
package io.github.motcua.procedure;

import static java.util.Objects.requireNonNull;

import io.github.motcua.deadline.TimeLimit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An action (thao tác): a named transition an actor performs at a step: forward, approve, return
 * for rework, request a supplement, reject.
 *
 * @param id the action id, unique in the procedure
 * @param name a readable name
 * @param from the steps at which the action is available
 * @param to the target: a step id, a parallel block id, or {@link #JOIN} from inside a branch;
 *     empty when the action ends the dossier
 * @param allowedRoles the staff roles that may perform it, in declaration order
 * @param guard a condition on the dossier's attributes, if any
 * @param clockEffect what the action does to the clock
 * @param outcome how the dossier ends, when the action ends it
 * @param reasonRequired whether the actor must give a reason
 * @param undoable whether the same actor may undo it while the next step has not acted
 * @param maxRounds how many times the action may be performed on one dossier, when bounded (for
 *     actions that loop back, such as a return for rework)
 * @param automaticAfter when present, the engine's timers perform the action on their own once the
 *     dossier has waited this long at a {@code from} step (a dossier waiting too long for the
 *     applicant is stopped)
 */
public record Action(
    String id,
    String name,
    List<String> from,
    Optional<String> to,
    Set<String> allowedRoles,
    Optional<Guard> guard,
    ClockEffect clockEffect,
    Optional<Outcome> outcome,
    boolean reasonRequired,
    boolean undoable,
    OptionalInt maxRounds,
    Optional<TimeLimit> automaticAfter) {

  /** The target of an action that completes a branch of a parallel block. */
  public static final String JOIN = "join";

  /**
   * Validates and copies.
   *
   * @param id the action id
   * @param name a readable name
   * @param from the steps at which it is available
   * @param to the target, empty when it ends the dossier
   * @param allowedRoles the staff roles allowed
   * @param guard the guard, if any
   * @param clockEffect the clock effect
   * @param outcome the outcome, when it ends the dossier
   * @param reasonRequired whether a reason is required
   * @param undoable whether it may be undone
   * @param maxRounds the bound on repetitions, if any
   * @param automaticAfter the wait after which timers perform it, if any
   */
  public Action {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    from = List.copyOf(from);
    requireNonNull(to, "to");
    allowedRoles = orderedCopy(allowedRoles);
    requireNonNull(guard, "guard");
    requireNonNull(clockEffect, "clockEffect");
    requireNonNull(outcome, "outcome");
    requireNonNull(maxRounds, "maxRounds");
    requireNonNull(automaticAfter, "automaticAfter");
  }

  private static Set<String> orderedCopy(Set<String> roles) {
    Set<String> copy = new LinkedHashSet<>();
    for (String r : roles) {
      copy.add(requireNonNull(r, "allowedRoles element"));
    }
    return Collections.unmodifiableSet(copy);
  }

  /**
   * Returns whether performing the action ends the dossier.
   *
   * @return true when it has an outcome
   */
  public boolean endsDossier() {
    return outcome.isPresent();
  }

  /**
   * Returns whether the engine's timers may perform the action on their own.
   *
   * @return true when {@link #automaticAfter()} is present
   */
  public boolean isAutomatic() {
    return automaticAfter.isPresent();
  }

  /**
   * Returns whether the action completes a branch of a parallel block.
   *
   * @return true when the target is {@link #JOIN}
   */
  public boolean joins() {
    return to.isPresent() && to.get().equals(JOIN);
  }

  /**
   * Returns a builder for an action. The name defaults to the id, the clock effect to {@link
   * ClockEffect#NONE}; no guard, no outcome, no bound on rounds.
   *
   * @param id the action id
   * @return the builder
   */
  public static Builder builder(String id) {
    return new Builder(requireNonNull(id, "id"));
  }

  /**
   * Returns a builder holding this action's fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.name = name;
    b.from = new ArrayList<>(from);
    b.to = to.orElse(null);
    b.allowedRoles = new LinkedHashSet<>(allowedRoles);
    b.guard = guard.orElse(null);
    b.clockEffect = clockEffect;
    b.outcome = outcome.orElse(null);
    b.reasonRequired = reasonRequired;
    b.undoable = undoable;
    b.maxRounds = maxRounds.isPresent() ? maxRounds.getAsInt() : null;
    b.automaticAfter = automaticAfter.orElse(null);
    return b;
  }

  /**
   * Builds an {@link Action}. Not thread-safe. References (steps, roles, attributes) and the rules
   * that tie fields together are checked when the procedure is built, with the action's path.
   */
  public static final class Builder {
    private String id;
    private String name;
    private List<String> from = new ArrayList<>();
    private String to;
    private Set<String> allowedRoles = new LinkedHashSet<>();
    private Guard guard;
    private ClockEffect clockEffect = ClockEffect.NONE;
    private Outcome outcome;
    private boolean reasonRequired;
    private boolean undoable;
    private Integer maxRounds;
    private TimeLimit automaticAfter;

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Sets the id.
     *
     * @param id the action id, unique in the procedure
     * @return this builder
     */
    public Builder id(String id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the readable name (default: the id).
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the steps at which the action is available, replacing any set before.
     *
     * @param stepIds the step ids
     * @return this builder
     */
    public Builder from(String... stepIds) {
      return from(Arrays.asList(stepIds));
    }

    /**
     * Sets the steps at which the action is available, replacing any set before.
     *
     * @param stepIds the step ids
     * @return this builder
     */
    public Builder from(List<String> stepIds) {
      List<String> copy = new ArrayList<>();
      for (String s : requireNonNull(stepIds, "stepIds")) {
        copy.add(requireNonNull(s, "stepIds element"));
      }
      this.from = copy;
      return this;
    }

    /**
     * Sets the target: a step id, a parallel block id, or {@link Action#JOIN}.
     *
     * @param target the target
     * @return this builder
     */
    public Builder to(String target) {
      this.to = requireNonNull(target, "target");
      return this;
    }

    /**
     * Makes the action complete the branch of a parallel block it is performed in.
     *
     * @return this builder
     */
    public Builder toJoin() {
      this.to = JOIN;
      return this;
    }

    /**
     * Sets the staff roles allowed to perform the action, replacing any set before.
     *
     * @param roles the staff roles
     * @return this builder
     */
    public Builder allowedRoles(String... roles) {
      return allowedRoles(Arrays.asList(roles));
    }

    /**
     * Sets the staff roles allowed to perform the action, replacing any set before.
     *
     * @param roles the staff roles
     * @return this builder
     */
    public Builder allowedRoles(Collection<String> roles) {
      Set<String> copy = new LinkedHashSet<>();
      for (String r : requireNonNull(roles, "roles")) {
        copy.add(requireNonNull(r, "roles element"));
      }
      this.allowedRoles = copy;
      return this;
    }

    /**
     * Sets the guard.
     *
     * @param guard the condition on the dossier's attributes
     * @return this builder
     */
    public Builder guard(Guard guard) {
      this.guard = requireNonNull(guard, "guard");
      return this;
    }

    /**
     * Sets the clock effect (default {@link ClockEffect#NONE}).
     *
     * @param effect the effect
     * @return this builder
     */
    public Builder clockEffect(ClockEffect effect) {
      this.clockEffect = requireNonNull(effect, "effect");
      return this;
    }

    /**
     * Makes the action end the dossier with an outcome; an ending action has no target.
     *
     * @param outcome the outcome
     * @return this builder
     */
    public Builder outcome(Outcome outcome) {
      this.outcome = requireNonNull(outcome, "outcome");
      return this;
    }

    /**
     * Sets whether the actor must give a reason.
     *
     * @param required whether a reason is required
     * @return this builder
     */
    public Builder reasonRequired(boolean required) {
      this.reasonRequired = required;
      return this;
    }

    /**
     * Sets whether the actor may undo the action while the next step has not acted.
     *
     * @param undoable whether it may be undone
     * @return this builder
     */
    public Builder undoable(boolean undoable) {
      this.undoable = undoable;
      return this;
    }

    /**
     * Bounds how many times the action may be performed on one dossier.
     *
     * @param rounds the bound, at least 1 (checked when the procedure is built)
     * @return this builder
     */
    public Builder maxRounds(int rounds) {
      this.maxRounds = rounds;
      return this;
    }

    /**
     * Lets the engine's timers perform the action once the dossier has waited this long.
     *
     * @param wait the wait at a {@code from} step
     * @return this builder
     */
    public Builder automaticAfter(TimeLimit wait) {
      this.automaticAfter = requireNonNull(wait, "wait");
      return this;
    }

    /**
     * Builds the action.
     *
     * @return the action
     */
    public Action build() {
      return new Action(
          id,
          name == null ? id : name,
          from,
          Optional.ofNullable(to),
          allowedRoles,
          Optional.ofNullable(guard),
          clockEffect,
          Optional.ofNullable(outcome),
          reasonRequired,
          undoable,
          maxRounds == null ? OptionalInt.empty() : OptionalInt.of(maxRounds),
          Optional.ofNullable(automaticAfter));
    }
  }
}
