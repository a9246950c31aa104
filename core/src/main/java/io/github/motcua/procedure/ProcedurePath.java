package io.github.motcua.procedure;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One way through a procedure found by {@link ProcedureVerifier}: from the start step to an ending
 * action (or, for a dead end, to the point where no action is left).
 *
 * @param actions the ids of the actions performed, in order; inside a parallel block that the path
 *     passes through its join, the block's branch actions are not listed (the block counts as a
 *     whole), while a path that ends inside a branch lists that branch's actions
 * @param steps the ids of the steps passed, in order, with the steps of a parallel block's branches
 *     in declaration order
 * @param agencyRoles the agency roles of those steps, first appearance first
 * @param staffRoles the staff roles of those steps, first appearance first
 * @param best the least working time counted against the legal time limit: step budgets while the
 *     clock runs (not while it is paused for the applicant), the longest stretch between restarts;
 *     a parallel block counts as the slowest branch (join all) or the fastest (join any)
 * @param worst the most working time counted against the legal time limit: as {@code best}, with
 *     every parallel block counted as its slowest branch
 * @param outcome how the path ends the dossier; empty for a dead end
 * @param unboundedLoop whether the path passes a loop without a bound, whose actions the verifier
 *     performed once only: the real worst case is unbounded
 * @param extended whether the path extends the due date (an action with {@link ClockEffect#EXTEND})
 */
public record ProcedurePath(
    List<String> actions,
    List<String> steps,
    List<String> agencyRoles,
    List<String> staffRoles,
    Duration best,
    Duration worst,
    Optional<Outcome> outcome,
    boolean unboundedLoop,
    boolean extended) {
  /**
   * Validates and copies.
   *
   * @param actions the action ids
   * @param steps the step ids
   * @param agencyRoles the agency roles
   * @param staffRoles the staff roles
   * @param best the best-case working time
   * @param worst the worst-case working time
   * @param outcome the outcome, empty for a dead end
   * @param unboundedLoop whether it passes an unbounded loop
   * @param extended whether it extends the due date
   */
  public ProcedurePath {
    actions = List.copyOf(actions);
    steps = List.copyOf(steps);
    agencyRoles = List.copyOf(agencyRoles);
    staffRoles = List.copyOf(staffRoles);
    requireNonNull(best, "best");
    requireNonNull(worst, "worst");
    requireNonNull(outcome, "outcome");
  }

  /**
   * Returns whether the path ends the dossier (and is not a dead end).
   *
   * @return true when it has an outcome
   */
  public boolean isComplete() {
    return outcome.isPresent();
  }

  /**
   * Returns the path as its steps joined by arrows, with the ending: {@code receive → appraise →
   * approve ⇒ RESULT_READY}.
   *
   * @return the description
   */
  public String describe() {
    return String.join(" → ", steps)
        + outcome.map(o -> " ⇒ " + o).orElse(" ⇒ (dead end)")
        + (actions.isEmpty() ? "" : " by actions " + String.join(", ", actions));
  }
}
