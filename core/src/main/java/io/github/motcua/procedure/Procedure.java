package io.github.motcua.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A procedure (thủ tục hành chính): a versioned definition of steps, actions and time limits that
 * every agency follows for one kind of dossier. Immutable and thread-safe; built with {@link
 * #builder()} or read from YAML or JSON, and always validated.
 */
public final class Procedure {
  private final String code;
  private final int version;
  private final LocalDate effectiveFrom;
  private final String name;
  private final TimeLimit timeLimit;
  private final CountingRule countingRule;
  private final Optional<LocalTime> intakeCutoff;
  private final SupplementPolicy supplementPolicy;
  private final ExtensionPolicy extensionPolicy;
  private final ImmutableList<AttributeDeclaration> attributes;
  private final ImmutableList<AgencyRole> agencyRoles;
  private final ImmutableList<Step> steps;
  private final ImmutableList<ParallelBlock> parallelBlocks;
  private final ImmutableList<Action> actions;
  private final String startStep;
  private final ImmutableMap<String, Step> stepsById;

  private Procedure(Builder b) {
    this.code = b.code;
    this.version = b.version;
    this.effectiveFrom = b.effectiveFrom;
    this.name = b.name;
    this.timeLimit = b.timeLimit;
    this.countingRule = b.countingRule;
    this.intakeCutoff = Optional.ofNullable(b.intakeCutoff);
    this.supplementPolicy = b.supplementPolicy;
    this.extensionPolicy = b.extensionPolicy;
    this.attributes = ImmutableList.copyOf(b.attributes);
    this.agencyRoles = ImmutableList.copyOf(b.agencyRoles);
    this.steps = ImmutableList.copyOf(b.steps);
    this.parallelBlocks = ImmutableList.copyOf(b.parallelBlocks);
    this.actions = ImmutableList.copyOf(b.actions);
    this.startStep = b.startStep != null ? b.startStep : steps.get(0).id();
    ImmutableMap.Builder<String, Step> byId = ImmutableMap.builder();
    steps.forEach(s -> byId.put(s.id(), s));
    this.stepsById = byId.buildKeepingLast();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the national code, e.g. {@code 1.004227}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the version, increasing with each amendment of the same code.
   *
   * @return the version
   */
  public int version() {
    return version;
  }

  /**
   * Returns the date from which this version is in force.
   *
   * @return the effective date
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * Returns the procedure's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the legal time limit (thời hạn giải quyết) of the whole procedure.
   *
   * @return the time limit
   */
  public TimeLimit timeLimit() {
    return timeLimit;
  }

  /**
   * Returns how the time limit is counted.
   *
   * @return the counting rule
   */
  public CountingRule countingRule() {
    return countingRule;
  }

  /**
   * Returns the intake cut-off: a dossier received after it counts from the next working period.
   *
   * @return the cut-off, if any
   */
  public Optional<LocalTime> intakeCutoff() {
    return intakeCutoff;
  }

  /**
   * Returns the supplement policy.
   *
   * @return the policy
   */
  public SupplementPolicy supplementPolicy() {
    return supplementPolicy;
  }

  /**
   * Returns the extension policy.
   *
   * @return the policy
   */
  public ExtensionPolicy extensionPolicy() {
    return extensionPolicy;
  }

  /**
   * Returns the declared dossier attributes.
   *
   * @return the declarations
   */
  public List<AttributeDeclaration> attributes() {
    return attributes;
  }

  /**
   * Returns the agency roles.
   *
   * @return the roles
   */
  public List<AgencyRole> agencyRoles() {
    return agencyRoles;
  }

  /**
   * Returns the steps, in declaration order.
   *
   * @return the steps
   */
  public List<Step> steps() {
    return steps;
  }

  /**
   * Returns the parallel blocks.
   *
   * @return the blocks
   */
  public List<ParallelBlock> parallelBlocks() {
    return parallelBlocks;
  }

  /**
   * Returns the actions, in declaration order.
   *
   * @return the actions
   */
  public List<Action> actions() {
    return actions;
  }

  /**
   * Returns the id of the step a new dossier enters (by default the first step declared).
   *
   * @return the start step id
   */
  public String startStep() {
    return startStep;
  }

  /**
   * Finds a step by id.
   *
   * @param id the step id
   * @return the step, if declared
   */
  public Optional<Step> step(String id) {
    return Optional.ofNullable(stepsById.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the actions available at a step, in declaration order.
   *
   * @param stepId the step id
   * @return the actions
   */
  public List<Action> actionsFrom(String stepId) {
    requireNonNull(stepId, "stepId");
    List<Action> out = new ArrayList<>();
    for (Action a : actions) {
      if (a.from().contains(stepId)) {
        out.add(a);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Procedure[" + code + " v" + version + ", " + name + "]";
  }

  /** Builds a {@link Procedure}. Not thread-safe. */
  public static final class Builder {
    private String code;
    private int version = 1;
    private LocalDate effectiveFrom;
    private String name;
    private TimeLimit timeLimit;
    private CountingRule countingRule = CountingRule.WORKING_TIME;
    private LocalTime intakeCutoff;
    private SupplementPolicy supplementPolicy = SupplementPolicy.DEFAULT;
    private ExtensionPolicy extensionPolicy = ExtensionPolicy.DEFAULT;
    private final List<AttributeDeclaration> attributes = new ArrayList<>();
    private final List<AgencyRole> agencyRoles = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<ParallelBlock> parallelBlocks = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private String startStep;

    private Builder() {}

    /**
     * Sets the national code.
     *
     * @param code the code
     * @return this builder
     */
    public Builder code(String code) {
      this.code = requireNonNull(code, "code");
      return this;
    }

    /**
     * Sets the version (default 1).
     *
     * @param version the version, positive
     * @return this builder
     */
    public Builder version(int version) {
      this.version = version;
      return this;
    }

    /**
     * Sets the date from which the version is in force.
     *
     * @param effectiveFrom the date
     * @return this builder
     */
    public Builder effectiveFrom(LocalDate effectiveFrom) {
      this.effectiveFrom = requireNonNull(effectiveFrom, "effectiveFrom");
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the legal time limit and how it is counted.
     *
     * @param timeLimit the time limit
     * @param countingRule the counting rule
     * @return this builder
     */
    public Builder timeLimit(TimeLimit timeLimit, CountingRule countingRule) {
      this.timeLimit = requireNonNull(timeLimit, "timeLimit");
      this.countingRule = requireNonNull(countingRule, "countingRule");
      return this;
    }

    /**
     * Sets the intake cut-off.
     *
     * @param cutoff the local time after which a dossier counts from the next working period
     * @return this builder
     */
    public Builder intakeCutoff(LocalTime cutoff) {
      this.intakeCutoff = requireNonNull(cutoff, "cutoff");
      return this;
    }

    /**
     * Sets the supplement policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder supplementPolicy(SupplementPolicy policy) {
      this.supplementPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the extension policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder extensionPolicy(ExtensionPolicy policy) {
      this.extensionPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Declares an attribute.
     *
     * @param attribute the declaration
     * @return this builder
     */
    public Builder attribute(AttributeDeclaration attribute) {
      attributes.add(requireNonNull(attribute, "attribute"));
      return this;
    }

    /**
     * Declares an agency role.
     *
     * @param role the role
     * @return this builder
     */
    public Builder agencyRole(AgencyRole role) {
      agencyRoles.add(requireNonNull(role, "role"));
      return this;
    }

    /**
     * Declares a step.
     *
     * @param step the step
     * @return this builder
     */
    public Builder step(Step step) {
      steps.add(requireNonNull(step, "step"));
      return this;
    }

    /**
     * Declares a parallel block.
     *
     * @param block the block
     * @return this builder
     */
    public Builder parallelBlock(ParallelBlock block) {
      parallelBlocks.add(requireNonNull(block, "block"));
      return this;
    }

    /**
     * Declares an action.
     *
     * @param action the action
     * @return this builder
     */
    public Builder action(Action action) {
      actions.add(requireNonNull(action, "action"));
      return this;
    }

    /**
     * Sets the step a new dossier enters (default: the first step declared).
     *
     * @param stepId the step id
     * @return this builder
     */
    public Builder startStep(String stepId) {
      this.startStep = requireNonNull(stepId, "stepId");
      return this;
    }

    /**
     * Validates and builds the procedure.
     *
     * @return the procedure
     * @throws IllegalStateException if a required field is missing (SKELETON: full validation with
     *     every problem and its path replaces this)
     */
    public Procedure build() {
      if (code == null || name == null || timeLimit == null || effectiveFrom == null) {
        throw new IllegalStateException("code, name, time limit and effective date are required");
      }
      if (steps.isEmpty()) {
        throw new IllegalStateException("a procedure needs at least one step");
      }
      return new Procedure(this);
    }
  }
}
