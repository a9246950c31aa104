package io.github.motcua.deadline;

import io.github.motcua.MotcuaException;

/**
 * A time limit cannot be used where it was given: a limit in working days under the calendar-days
 * rule, or an extension in calendar days. The message says what is allowed.
 */
public final class IncompatibleTimeLimitException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient TimeLimit limit;
  private final transient CountingRule rule;

  /**
   * Creates the exception.
   *
   * @param limit the limit refused
   * @param rule the counting rule in force
   * @param problem what is wrong and what is allowed
   */
  public IncompatibleTimeLimitException(TimeLimit limit, CountingRule rule, String problem) {
    super("time limit " + limit + " under rule " + rule + ": " + problem);
    this.limit = limit;
    this.rule = rule;
  }

  /**
   * Returns the limit refused.
   *
   * @return the limit
   */
  public TimeLimit limit() {
    return limit;
  }

  /**
   * Returns the counting rule in force.
   *
   * @return the rule
   */
  public CountingRule rule() {
    return rule;
  }
}
