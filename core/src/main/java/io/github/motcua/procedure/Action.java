package io.github.motcua.procedure;

import static java.util.Objects.requireNonNull;

import io.github.motcua.deadline.TimeLimit;
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
 * @param allowedRoles the staff roles that may perform it
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
    allowedRoles = Set.copyOf(allowedRoles);
    requireNonNull(guard, "guard");
    requireNonNull(clockEffect, "clockEffect");
    requireNonNull(outcome, "outcome");
    requireNonNull(maxRounds, "maxRounds");
    requireNonNull(automaticAfter, "automaticAfter");
  }

  /**
   * Returns whether performing the action ends the dossier.
   *
   * @return true when it has an outcome
   */
  public boolean endsDossier() {
    return outcome.isPresent();
  }
}
