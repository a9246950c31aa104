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

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
  private final Optional<String> competentAgencyRole;
  private final SupplementPolicy supplementPolicy;
  private final ExtensionPolicy extensionPolicy;
  private final ImmutableList<AttributeDeclaration> attributes;
  private final ImmutableList<AgencyRole> agencyRoles;
  private final ImmutableList<Step> steps;
  private final ImmutableList<ParallelBlock> parallelBlocks;
  private final ImmutableList<Action> actions;
  private final String startStep;
  private final ImmutableMap<String, Step> stepsById;

  private final ImmutableMap<String, Action> actionsById;
  private final ImmutableMap<String, ParallelBlock> blocksById;
  private final ImmutableMap<String, ParallelBlock> blockOfStep;
  private final ImmutableMap<String, AgencyRole> rolesById;
  private final ImmutableMap<String, AttributeDeclaration> attributesByName;
  private final ImmutableListMultimap<String, Action> actionsByStep;
  private final ImmutableList<Problem> warnings;
  private final ValidationOptions validationOptions;

  /** Copies the builder's fields; tolerant of invalid content, which the validator reports. */
  private Procedure(Builder b, List<Problem> warnings) {
    this.code = b.code;
    this.version = b.version;
    this.effectiveFrom = b.effectiveFrom;
    this.name = b.name;
    this.timeLimit = b.timeLimit;
    this.countingRule = b.countingRule;
    this.intakeCutoff = Optional.ofNullable(b.intakeCutoff);
    this.competentAgencyRole = Optional.ofNullable(b.competentAgencyRole);
    this.supplementPolicy = b.supplementPolicy;
    this.extensionPolicy = b.extensionPolicy;
    this.attributes = ImmutableList.copyOf(b.attributes);
    this.agencyRoles = ImmutableList.copyOf(b.agencyRoles);
    this.steps = ImmutableList.copyOf(b.steps);
    this.parallelBlocks = ImmutableList.copyOf(b.parallelBlocks);
    this.actions = ImmutableList.copyOf(b.actions);
    this.startStep = b.startStep != null ? b.startStep : steps.isEmpty() ? "" : steps.get(0).id();
    this.stepsById = index(steps, Step::id);
    this.actionsById = index(actions, Action::id);
    this.blocksById = index(parallelBlocks, ParallelBlock::id);
    this.rolesById = index(agencyRoles, AgencyRole::id);
    this.attributesByName = index(attributes, AttributeDeclaration::name);
    Map<String, ParallelBlock> ofStep = new LinkedHashMap<>();
    for (ParallelBlock block : parallelBlocks) {
      for (ParallelBlock.Branch branch : block.branches()) {
        for (String stepId : branch.steps()) {
          ofStep.putIfAbsent(stepId, block);
        }
      }
    }
    this.blockOfStep = ImmutableMap.copyOf(ofStep);
    ImmutableListMultimap.Builder<String, Action> byStep = ImmutableListMultimap.builder();
    for (Action a : actions) {
      for (String f : new LinkedHashSet<>(a.from())) {
        byStep.put(f, a);
      }
    }
    this.actionsByStep = byStep.build();
    this.warnings = ImmutableList.copyOf(warnings);
    this.validationOptions = b.validationOptions;
  }

  /** Indexes by key, the first declaration winning (duplicates are reported by validation). */
  private static <T> ImmutableMap<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> m = new LinkedHashMap<>();
    for (T item : items) {
      String k = key.apply(item);
      if (k != null) {
        m.putIfAbsent(k, item);
      }
    }
    return ImmutableMap.copyOf(m);
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
   * Returns the agency role competent for a dossier (cơ quan có thẩm quyền giải quyết), when it
   * differs from the agency that receives it: since 1 July 2025 a provincial or commune Public
   * Administration Service Centre receives dossiers regardless of administrative boundary within
   * the province and hands them to the agency competent for the applicant's place (Decree
   * 118/2025/NĐ-CP). Empty: the agency of the start step, which receives the dossier, is competent.
   *
   * @return the competent agency role, if declared
   */
  public Optional<String> competentAgencyRole() {
    return competentAgencyRole;
  }

  /**
   * Returns the agency role competent for a dossier: {@link #competentAgencyRole()} if declared,
   * else the start step's agency role.
   *
   * @return the agency role id, or empty when the procedure has no steps
   */
  public Optional<String> competentRole() {
    if (competentAgencyRole.isPresent()) {
      return competentAgencyRole;
    }
    return step(startStep).map(Step::agencyRole);
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
   * @return the actions, empty for an unknown step
   */
  public List<Action> actionsFrom(String stepId) {
    return actionsByStep.get(requireNonNull(stepId, "stepId"));
  }

  /**
   * Returns whether an action requests a supplement (yêu cầu bổ sung), that is, whether performing
   * it uses one round of the {@link SupplementPolicy}: it pauses the clock ({@link
   * ClockEffect#PAUSE}) and leads to a step showing {@link DossierStatus#SUPPLEMENT_REQUESTED}, or
   * to a parallel block one of whose branches starts with such a step. Other pauses use no round,
   * such as the payment notice that leads to a step showing {@link
   * DossierStatus#FINANCIAL_OBLIGATION_REQUESTED}; nor does a pause that joins or ends the dossier.
   *
   * @param action an action of this procedure
   * @return true for a supplement request
   */
  public boolean requestsSupplement(Action action) {
    requireNonNull(action, "action");
    if (action.clockEffect() != ClockEffect.PAUSE || action.to().isEmpty()) {
      return false;
    }
    return entered(action.to().get()).stream()
        .anyMatch(st -> st.status() == DossierStatus.SUPPLEMENT_REQUESTED);
  }

  /** The steps a target enters: the step, or the first step of each branch of a block. */
  List<Step> entered(String target) {
    Step st = stepsById.get(target);
    if (st != null) {
      return List.of(st);
    }
    ParallelBlock block = blocksById.get(target);
    if (block == null) {
      return List.of();
    }
    List<Step> out = new ArrayList<>();
    for (ParallelBlock.Branch br : block.branches()) {
      if (!br.steps().isEmpty() && stepsById.containsKey(br.steps().get(0))) {
        out.add(stepsById.get(br.steps().get(0)));
      }
    }
    return out;
  }

  /**
   * Finds an action by id.
   *
   * @param id the action id
   * @return the action, if declared
   */
  public Optional<Action> action(String id) {
    return Optional.ofNullable(actionsById.get(requireNonNull(id, "id")));
  }

  /**
   * Finds a parallel block by id.
   *
   * @param id the block id
   * @return the block, if declared
   */
  public Optional<ParallelBlock> parallelBlock(String id) {
    return Optional.ofNullable(blocksById.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the parallel block a step belongs to (as a step of one of its branches).
   *
   * @param stepId the step id
   * @return the block, empty for a step outside every block
   */
  public Optional<ParallelBlock> enclosingBlock(String stepId) {
    return Optional.ofNullable(blockOfStep.get(requireNonNull(stepId, "stepId")));
  }

  /**
   * Returns the branch of a parallel block a step belongs to.
   *
   * @param stepId the step id
   * @return the branch, empty for a step outside every block
   */
  public Optional<ParallelBlock.Branch> enclosingBranch(String stepId) {
    requireNonNull(stepId, "stepId");
    ParallelBlock block = blockOfStep.get(stepId);
    if (block == null) {
      return Optional.empty();
    }
    return block.branches().stream().filter(br -> br.steps().contains(stepId)).findFirst();
  }

  /**
   * Finds an agency role by id.
   *
   * @param id the role id
   * @return the role, if declared
   */
  public Optional<AgencyRole> agencyRole(String id) {
    return Optional.ofNullable(rolesById.get(requireNonNull(id, "id")));
  }

  /**
   * Finds an attribute declaration by name.
   *
   * @param name the attribute name
   * @return the declaration, if declared
   */
  public Optional<AttributeDeclaration> attribute(String name) {
    return Optional.ofNullable(attributesByName.get(requireNonNull(name, "name")));
  }

  /**
   * Returns the warnings validation found when the procedure was built: problems that do not refuse
   * it, such as an agency role no step uses, or (when so configured) a path whose budgets do not
   * fit in the legal time limit.
   *
   * @return the warnings, empty when there are none
   */
  public List<Problem> warnings() {
    return warnings;
  }

  /**
   * Returns the options the procedure was validated with when it was built; {@link #toBuilder()}
   * carries them, so an amended copy is validated the same way.
   *
   * @return the options
   */
  public ValidationOptions validationOptions() {
    return validationOptions;
  }

  /**
   * Returns a builder holding this procedure's definition and its validation options, to derive an
   * amended version.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.code = code;
    b.version = version;
    b.effectiveFrom = effectiveFrom;
    b.name = name;
    b.timeLimit = timeLimit;
    b.countingRule = countingRule;
    b.intakeCutoff = intakeCutoff.orElse(null);
    b.supplementPolicy = supplementPolicy;
    b.extensionPolicy = extensionPolicy;
    b.attributes.addAll(attributes);
    b.agencyRoles.addAll(agencyRoles);
    b.steps.addAll(steps);
    b.parallelBlocks.addAll(parallelBlocks);
    b.actions.addAll(actions);
    b.startStep = startStep;
    b.competentAgencyRole = competentAgencyRole.orElse(null);
    b.validationOptions = validationOptions;
    return b;
  }

  /**
   * Two procedures are equal when their definitions are: every field and every element, in order.
   * Warnings and validation options do not take part.
   *
   * @param o the other object
   * @return whether the definitions are equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Procedure p
        && p.code.equals(code)
        && p.version == version
        && p.effectiveFrom.equals(effectiveFrom)
        && p.name.equals(name)
        && p.timeLimit.equals(timeLimit)
        && p.countingRule == countingRule
        && p.intakeCutoff.equals(intakeCutoff)
        && p.supplementPolicy.equals(supplementPolicy)
        && p.extensionPolicy.equals(extensionPolicy)
        && p.attributes.equals(attributes)
        && p.agencyRoles.equals(agencyRoles)
        && p.steps.equals(steps)
        && p.parallelBlocks.equals(parallelBlocks)
        && p.actions.equals(actions)
        && p.startStep.equals(startStep)
        && p.competentAgencyRole.equals(competentAgencyRole);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, version, effectiveFrom, steps, actions);
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
    private String competentAgencyRole;
    private ValidationOptions validationOptions = ValidationOptions.DEFAULT;

    private Builder() {}

    /**
     * Sets how {@link #build()} validates beyond structure (default {@link
     * ValidationOptions#DEFAULT}: a budget overrun is an error).
     *
     * @param options the options
     * @return this builder
     */
    public Builder validationOptions(ValidationOptions options) {
      this.validationOptions = requireNonNull(options, "options");
      return this;
    }

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
     * Sets the agency role competent for a dossier when another agency receives it (default: the
     * agency of the start step).
     *
     * @param agencyRole a declared agency role id
     * @return this builder
     */
    public Builder competentAgencyRole(String agencyRole) {
      this.competentAgencyRole = requireNonNull(agencyRole, "agencyRole");
      return this;
    }

    /**
     * Validates and builds the procedure. Validation reports every problem at once, each with the
     * path of the element it concerns ({@code actions[4].to}): missing fields, duplicate ids,
     * unknown steps, roles, blocks and attributes, unreachable steps, steps with no way out or no
     * way to an end, ending actions without an outcome, actions nobody may perform (no allowed role
     * and not automatic, or an allowed-role list without the staff role that works one of its
     * {@code from} steps, since only that role acts at a step), parallel blocks that can never
     * join, loops without a bound, guards that do not match the declared attribute types, and paths
     * whose step budgets do not fit in the legal time limit. Warnings are kept on {@link
     * Procedure#warnings()}.
     *
     * @return the procedure
     * @throws ProcedureDefinitionException if there is at least one error; it carries every problem
     */
    public Procedure build() {
      return build(null);
    }

    /** Builds, naming the source (a file) in the exception. */
    Procedure build(String source) {
      Procedure draft = new Procedure(this, List.of());
      List<Problem> problems = ProcedureValidator.validate(draft, validationOptions);
      List<Problem> errors = new ArrayList<>();
      List<Problem> warnings = new ArrayList<>();
      for (Problem p : problems) {
        (p.isError() ? errors : warnings).add(p);
      }
      if (!errors.isEmpty()) {
        errors.addAll(warnings);
        throw new ProcedureDefinitionException(source, errors);
      }
      return warnings.isEmpty() ? draft : new Procedure(this, warnings);
    }
  }
}
