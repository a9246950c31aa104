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
package io.github.motcua.dossier;

import static java.util.Objects.requireNonNull;

import io.github.motcua.deadline.DeadlineClock;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dossier (hồ sơ) as it stands at one version: an immutable snapshot. The engine produces a new
 * snapshot at each transition (sharing the unchanged parts); the audit trail lives in the {@link
 * DossierEvent events}, not here, and {@link #version()} equals the number of events recorded.
 *
 * <p>Besides the dossier's identity and clocks, the snapshot carries the projections a store
 * indexes as plain fields: {@link #status()}, {@link #dueAt()}, {@link #nextTimerAt()}, {@link
 * #finishedAt()} and, per {@link StepInstance}, the agency, staff role and due instants. Built with
 * {@link #builder()} or {@link #toBuilder()}; thread-safe.
 */
public final class Dossier {
  private final String id;
  private final String number;
  private final String procedureCode;
  private final int procedureVersion;
  private final Channel channel;
  private final String applicantRef;
  private final String receivingAgencyId;
  private final String competentAgencyId;
  private final List<CompetenceChange> competenceChanges;
  private final Optional<String> externalRef;
  private final List<DocumentRef> documents;
  private final Map<String, Object> attributes;
  private final Map<String, String> bindings;
  private final Instant receivedAt;
  private final DossierStatus status;
  private final long version;
  private final DeadlineClock clock;
  private final Optional<Instant> dueAt;
  private final List<StepInstance> activeSteps;
  private final Map<String, List<String>> joinedBranches;
  private final Map<String, Integer> actionRounds;
  private final int supplementRounds;
  private final int extensions;
  private final int stepCounter;
  private final Optional<Instant> nextTimerAt;
  private final boolean dueSoonMarked;
  private final boolean overdueMarked;
  private final Optional<Instant> finishedAt;
  private final Optional<Outcome> outcome;
  private final Optional<Timeliness> timeliness;
  private final Optional<UndoPoint> undo;

  private Dossier(Builder b) {
    this.id = b.id;
    this.number = b.number;
    this.procedureCode = b.procedureCode;
    this.procedureVersion = b.procedureVersion;
    this.channel = b.channel;
    this.applicantRef = b.applicantRef;
    this.receivingAgencyId = b.receivingAgencyId;
    this.competentAgencyId =
        b.competentAgencyId != null ? b.competentAgencyId : b.receivingAgencyId;
    this.competenceChanges = b.competenceChanges;
    this.externalRef = b.externalRef;
    this.documents = b.documents;
    this.attributes = b.attributes;
    this.bindings = b.bindings;
    this.receivedAt = b.receivedAt;
    this.status = b.status;
    this.version = b.version;
    this.clock = b.clock;
    this.dueAt = b.dueAt;
    this.activeSteps = b.activeSteps;
    this.joinedBranches = b.joinedBranches;
    this.actionRounds = b.actionRounds;
    this.supplementRounds = b.supplementRounds;
    this.extensions = b.extensions;
    this.stepCounter = b.stepCounter;
    this.nextTimerAt = b.nextTimerAt;
    this.dueSoonMarked = b.dueSoonMarked;
    this.overdueMarked = b.overdueMarked;
    this.finishedAt = b.finishedAt;
    this.outcome = b.outcome;
    this.timeliness = b.timeliness;
    this.undo = b.undo;
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
   * Returns a builder holding this snapshot's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the dossier id: opaque, unique in the store.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the dossier number (mã hồ sơ) printed on the receipt, from the receiving agency's
   * sequence.
   *
   * @return the number
   */
  public String number() {
    return number;
  }

  /**
   * Returns the national code of the procedure.
   *
   * @return the code
   */
  public String procedureCode() {
    return procedureCode;
  }

  /**
   * Returns the procedure version pinned on the dossier at submission.
   *
   * @return the version
   */
  public int procedureVersion() {
    return procedureVersion;
  }

  /**
   * Returns how the dossier was received.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Returns the opaque applicant reference (never a name or an identity number).
   *
   * @return the reference
   */
  public String applicantRef() {
    return applicantRef;
  }

  /**
   * Returns the agency that received the dossier and numbered it; statistics count it there.
   *
   * @return the agency id
   */
  public String receivingAgencyId() {
    return receivingAgencyId;
  }

  /**
   * Returns the agency competent for the dossier (cơ quan có thẩm quyền giải quyết): the agency of
   * the procedure's competent role, which may differ from the receiving agency when a service
   * centre receives it regardless of administrative boundary. A reorganisation moves it to the
   * successor ({@link #competenceChanges()}).
   *
   * @return the agency id
   */
  public String competentAgencyId() {
    return competentAgencyId;
  }

  /**
   * Returns the agency competent for the dossier at an instant: the one before every competence
   * change effective after it.
   *
   * @param at the instant
   * @return the agency id
   */
  public String competentAgencyAt(Instant at) {
    requireNonNull(at, "at");
    String agency = competentAgencyId;
    for (int i = competenceChanges.size() - 1; i >= 0; i--) {
      CompetenceChange c = competenceChanges.get(i);
      if (c.at().isAfter(at)) {
        agency = c.fromAgencyId();
      }
    }
    return agency;
  }

  /**
   * Returns the changes of the competent agency by reorganisations, oldest first.
   *
   * @return the changes
   */
  public List<CompetenceChange> competenceChanges() {
    return competenceChanges;
  }

  /**
   * Returns the dossier's reference in an external system, such as the national public-service
   * portal's dossier code (mã hồ sơ trên Cổng Dịch vụ công quốc gia): unique across dossiers and
   * searchable, beside motcua's own {@link #number()}.
   *
   * @return the external reference, if any
   */
  public Optional<String> externalRef() {
    return externalRef;
  }

  /**
   * Returns the references to the dossier's documents kept in the host's storage, oldest first.
   *
   * @return the document references
   */
  public List<DocumentRef> documents() {
    return documents;
  }

  /**
   * Returns the dossier's attributes, validated against the procedure's declarations: values are
   * {@link String}, {@link java.math.BigDecimal}, {@link Boolean} or {@link java.time.LocalDate}.
   *
   * @return the attributes, unmodifiable
   */
  public Map<String, Object> attributes() {
    return attributes;
  }

  /**
   * Returns the bindings of the procedure's agency roles to agencies for this dossier.
   *
   * @return agency role id to agency id, unmodifiable
   */
  public Map<String, String> bindings() {
    return bindings;
  }

  /**
   * Returns when the dossier was received (before any intake cut-off is applied).
   *
   * @return the received instant
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * Returns the status the dossier shows, with its national portal code.
   *
   * @return the status
   */
  public DossierStatus status() {
    return status;
  }

  /**
   * Returns the version: the number of events recorded for the dossier.
   *
   * @return the version, at least 1
   */
  public long version() {
    return version;
  }

  /**
   * Returns the dossier clock: the legal time limit and the ledger of pauses, resumes, restarts and
   * extensions, from which the due instant is derived.
   *
   * @return the clock
   */
  public DeadlineClock clock() {
    return clock;
  }

  /**
   * Returns the projected appointment (due) instant of the whole dossier; empty while its clock is
   * paused and once it is finished.
   *
   * @return the due instant, if any
   */
  public Optional<Instant> dueAt() {
    return dueAt;
  }

  /**
   * Returns the active step instances, in the order they were entered; empty once finished.
   *
   * @return the active steps, unmodifiable
   */
  public List<StepInstance> activeSteps() {
    return activeSteps;
  }

  /**
   * Finds an active step instance.
   *
   * @param instanceId the instance id
   * @return the instance, if active
   */
  public Optional<StepInstance> activeStep(String instanceId) {
    requireNonNull(instanceId, "instanceId");
    for (StepInstance s : activeSteps) {
      if (s.id().equals(instanceId)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns, per parallel block the dossier is inside, the branches that have joined so far.
   *
   * @return block id to joined branch ids, unmodifiable
   */
  public Map<String, List<String>> joinedBranches() {
    return joinedBranches;
  }

  /**
   * Returns how many times each action was performed (for actions with a bound on rounds).
   *
   * @return action id to count, unmodifiable
   */
  public Map<String, Integer> actionRounds() {
    return actionRounds;
  }

  /**
   * Returns how many supplement requests (clock pauses) the dossier received.
   *
   * @return the number of rounds
   */
  public int supplementRounds() {
    return supplementRounds;
  }

  /**
   * Returns how many extensions the dossier received.
   *
   * @return the number of extensions
   */
  public int extensions() {
    return extensions;
  }

  /**
   * Returns how many step instances the dossier has had (the source of instance ids).
   *
   * @return the counter
   */
  public int stepCounter() {
    return stepCounter;
  }

  /**
   * Returns the earliest instant at which a timer of this dossier fires (due soon, overdue, an
   * automatic action, the applicant's time limit); a store answers "what is due by t" with it.
   *
   * @return the next timer instant, if any
   */
  public Optional<Instant> nextTimerAt() {
    return nextTimerAt;
  }

  /**
   * Returns whether the dossier-level due-soon warning was fired.
   *
   * @return true when fired
   */
  public boolean dueSoonMarked() {
    return dueSoonMarked;
  }

  /**
   * Returns whether the dossier-level overdue mark was fired.
   *
   * @return true when fired
   */
  public boolean overdueMarked() {
    return overdueMarked;
  }

  /**
   * Returns when the dossier ended, if it did.
   *
   * @return the instant, if finished
   */
  public Optional<Instant> finishedAt() {
    return finishedAt;
  }

  /**
   * Returns how the dossier ended, if it did.
   *
   * @return the outcome, if finished
   */
  public Optional<Outcome> outcome() {
    return outcome;
  }

  /**
   * Returns how the finished dossier is classed: early, on time or late.
   *
   * @return the timeliness, if finished
   */
  public Optional<Timeliness> timeliness() {
    return timeliness;
  }

  /**
   * Returns whether the dossier ended.
   *
   * @return true when finished
   */
  public boolean isFinished() {
    return finishedAt.isPresent();
  }

  /**
   * Returns what the last action left to undo, if it is undoable and nothing has acted since.
   *
   * @return the undo point, if any
   */
  public Optional<UndoPoint> undo() {
    return undo;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Dossier)) {
      return false;
    }
    Dossier d = (Dossier) o;
    return version == d.version
        && procedureVersion == d.procedureVersion
        && supplementRounds == d.supplementRounds
        && extensions == d.extensions
        && stepCounter == d.stepCounter
        && dueSoonMarked == d.dueSoonMarked
        && overdueMarked == d.overdueMarked
        && id.equals(d.id)
        && number.equals(d.number)
        && procedureCode.equals(d.procedureCode)
        && channel == d.channel
        && applicantRef.equals(d.applicantRef)
        && receivingAgencyId.equals(d.receivingAgencyId)
        && competentAgencyId.equals(d.competentAgencyId)
        && competenceChanges.equals(d.competenceChanges)
        && externalRef.equals(d.externalRef)
        && documents.equals(d.documents)
        && attributes.equals(d.attributes)
        && bindings.equals(d.bindings)
        && receivedAt.equals(d.receivedAt)
        && status == d.status
        && dueAt.equals(d.dueAt)
        && activeSteps.equals(d.activeSteps)
        && joinedBranches.equals(d.joinedBranches)
        && actionRounds.equals(d.actionRounds)
        && nextTimerAt.equals(d.nextTimerAt)
        && finishedAt.equals(d.finishedAt)
        && outcome.equals(d.outcome)
        && timeliness.equals(d.timeliness)
        && clock.equals(d.clock)
        && undo.equals(d.undo);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, version, status, activeSteps);
  }

  @Override
  public String toString() {
    return "Dossier["
        + id
        + " "
        + number
        + " v"
        + version
        + ", "
        + procedureCode
        + "@"
        + procedureVersion
        + ", "
        + status
        + ", steps="
        + activeSteps.size()
        + "]";
  }

  /** Builds a {@link Dossier}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String number;
    private String procedureCode;
    private int procedureVersion = 1;
    private Channel channel = Channel.COUNTER;
    private String applicantRef;
    private String receivingAgencyId;
    private String competentAgencyId;
    private List<CompetenceChange> competenceChanges = List.of();
    private Optional<String> externalRef = Optional.empty();
    private List<DocumentRef> documents = List.of();
    private Map<String, Object> attributes = Map.of();
    private Map<String, String> bindings = Map.of();
    private Instant receivedAt;
    private DossierStatus status = DossierStatus.RECEIVED;
    private long version = 1;
    private DeadlineClock clock;
    private Optional<Instant> dueAt = Optional.empty();
    private List<StepInstance> activeSteps = List.of();
    private Map<String, List<String>> joinedBranches = Map.of();
    private Map<String, Integer> actionRounds = Map.of();
    private int supplementRounds;
    private int extensions;
    private int stepCounter;
    private Optional<Instant> nextTimerAt = Optional.empty();
    private boolean dueSoonMarked;
    private boolean overdueMarked;
    private Optional<Instant> finishedAt = Optional.empty();
    private Optional<Outcome> outcome = Optional.empty();
    private Optional<Timeliness> timeliness = Optional.empty();
    private Optional<UndoPoint> undo = Optional.empty();

    private Builder() {}

    private Builder(Dossier d) {
      this.id = d.id;
      this.number = d.number;
      this.procedureCode = d.procedureCode;
      this.procedureVersion = d.procedureVersion;
      this.channel = d.channel;
      this.applicantRef = d.applicantRef;
      this.receivingAgencyId = d.receivingAgencyId;
      this.competentAgencyId = d.competentAgencyId;
      this.competenceChanges = d.competenceChanges;
      this.externalRef = d.externalRef;
      this.documents = d.documents;
      this.attributes = d.attributes;
      this.bindings = d.bindings;
      this.receivedAt = d.receivedAt;
      this.status = d.status;
      this.version = d.version;
      this.clock = d.clock;
      this.dueAt = d.dueAt;
      this.activeSteps = d.activeSteps;
      this.joinedBranches = d.joinedBranches;
      this.actionRounds = d.actionRounds;
      this.supplementRounds = d.supplementRounds;
      this.extensions = d.extensions;
      this.stepCounter = d.stepCounter;
      this.nextTimerAt = d.nextTimerAt;
      this.dueSoonMarked = d.dueSoonMarked;
      this.overdueMarked = d.overdueMarked;
      this.finishedAt = d.finishedAt;
      this.outcome = d.outcome;
      this.timeliness = d.timeliness;
      this.undo = d.undo;
    }

    /**
     * Sets the dossier id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the dossier number.
     *
     * @param number the number
     * @return this builder
     */
    public Builder number(String number) {
      this.number = requireNonNull(number, "number");
      return this;
    }

    /**
     * Sets the procedure code and pinned version.
     *
     * @param code the national code
     * @param version the version
     * @return this builder
     */
    public Builder procedure(String code, int version) {
      this.procedureCode = requireNonNull(code, "code");
      this.procedureVersion = version;
      return this;
    }

    /**
     * Sets the channel (default counter).
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = requireNonNull(channel, "channel");
      return this;
    }

    /**
     * Sets the opaque applicant reference.
     *
     * @param applicantRef the reference
     * @return this builder
     */
    public Builder applicantRef(String applicantRef) {
      this.applicantRef = requireNonNull(applicantRef, "applicantRef");
      return this;
    }

    /**
     * Sets the receiving agency.
     *
     * @param agencyId the agency id
     * @return this builder
     */
    public Builder receivingAgencyId(String agencyId) {
      this.receivingAgencyId = requireNonNull(agencyId, "agencyId");
      return this;
    }

    /**
     * Sets the competent agency (default: the receiving agency).
     *
     * @param agencyId the agency id
     * @return this builder
     */
    public Builder competentAgencyId(String agencyId) {
      this.competentAgencyId = requireNonNull(agencyId, "agencyId");
      return this;
    }

    /**
     * Sets the changes of the competent agency by reorganisations, oldest first.
     *
     * @param changes the changes
     * @return this builder
     */
    public Builder competenceChanges(List<CompetenceChange> changes) {
      this.competenceChanges = List.copyOf(changes);
      return this;
    }

    /**
     * Sets the document references, oldest first.
     *
     * @param documents the references
     * @return this builder
     */
    public Builder documents(List<DocumentRef> documents) {
      this.documents = List.copyOf(documents);
      return this;
    }

    /**
     * Sets the reference in an external system (the national portal's dossier code).
     *
     * @param externalRef the reference, if any
     * @return this builder
     */
    public Builder externalRef(Optional<String> externalRef) {
      this.externalRef = requireNonNull(externalRef, "externalRef");
      return this;
    }

    /**
     * Sets the attributes.
     *
     * @param attributes the attributes (copied)
     * @return this builder
     */
    public Builder attributes(Map<String, ?> attributes) {
      this.attributes = Map.copyOf(attributes);
      return this;
    }

    /**
     * Sets the agency role bindings.
     *
     * @param bindings agency role id to agency id (copied)
     * @return this builder
     */
    public Builder bindings(Map<String, String> bindings) {
      this.bindings = Map.copyOf(bindings);
      return this;
    }

    /**
     * Sets the received instant.
     *
     * @param receivedAt the instant
     * @return this builder
     */
    public Builder receivedAt(Instant receivedAt) {
      this.receivedAt = requireNonNull(receivedAt, "receivedAt");
      return this;
    }

    /**
     * Sets the status (default received).
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(DossierStatus status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets the version (default 1).
     *
     * @param version the version, at least 1
     * @return this builder
     */
    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /**
     * Sets the dossier clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(DeadlineClock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the projected due instant of the dossier.
     *
     * @param dueAt the due instant, if any
     * @return this builder
     */
    public Builder dueAt(Optional<Instant> dueAt) {
      this.dueAt = requireNonNull(dueAt, "dueAt");
      return this;
    }

    /**
     * Sets the active step instances.
     *
     * @param activeSteps the instances (copied)
     * @return this builder
     */
    public Builder activeSteps(List<StepInstance> activeSteps) {
      this.activeSteps = List.copyOf(activeSteps);
      return this;
    }

    /**
     * Sets the branches joined per parallel block.
     *
     * @param joinedBranches block id to branch ids (copied)
     * @return this builder
     */
    public Builder joinedBranches(Map<String, List<String>> joinedBranches) {
      this.joinedBranches = Map.copyOf(joinedBranches);
      return this;
    }

    /**
     * Sets the rounds per action.
     *
     * @param actionRounds action id to count (copied)
     * @return this builder
     */
    public Builder actionRounds(Map<String, Integer> actionRounds) {
      this.actionRounds = Map.copyOf(actionRounds);
      return this;
    }

    /**
     * Sets the number of supplement rounds.
     *
     * @param supplementRounds the count, not negative
     * @return this builder
     */
    public Builder supplementRounds(int supplementRounds) {
      this.supplementRounds = supplementRounds;
      return this;
    }

    /**
     * Sets the number of extensions.
     *
     * @param extensions the count, not negative
     * @return this builder
     */
    public Builder extensions(int extensions) {
      this.extensions = extensions;
      return this;
    }

    /**
     * Sets the step instance counter.
     *
     * @param stepCounter the counter, not negative
     * @return this builder
     */
    public Builder stepCounter(int stepCounter) {
      this.stepCounter = stepCounter;
      return this;
    }

    /**
     * Sets the next timer instant.
     *
     * @param nextTimerAt the instant, if any
     * @return this builder
     */
    public Builder nextTimerAt(Optional<Instant> nextTimerAt) {
      this.nextTimerAt = requireNonNull(nextTimerAt, "nextTimerAt");
      return this;
    }

    /**
     * Sets whether the dossier-level due-soon warning was fired.
     *
     * @param marked true when fired
     * @return this builder
     */
    public Builder dueSoonMarked(boolean marked) {
      this.dueSoonMarked = marked;
      return this;
    }

    /**
     * Sets whether the dossier-level overdue mark was fired.
     *
     * @param marked true when fired
     * @return this builder
     */
    public Builder overdueMarked(boolean marked) {
      this.overdueMarked = marked;
      return this;
    }

    /**
     * Sets when and how the dossier ended.
     *
     * @param finishedAt the instant, if finished
     * @param outcome the outcome, if finished
     * @return this builder
     */
    public Builder finished(Optional<Instant> finishedAt, Optional<Outcome> outcome) {
      this.finishedAt = requireNonNull(finishedAt, "finishedAt");
      this.outcome = requireNonNull(outcome, "outcome");
      return this;
    }

    /**
     * Sets the timeliness of the finished dossier.
     *
     * @param timeliness the timeliness, if finished
     * @return this builder
     */
    public Builder timeliness(Optional<Timeliness> timeliness) {
      this.timeliness = requireNonNull(timeliness, "timeliness");
      return this;
    }

    /**
     * Sets the undo point.
     *
     * @param undo the undo point, if any
     * @return this builder
     */
    public Builder undo(Optional<UndoPoint> undo) {
      this.undo = requireNonNull(undo, "undo");
      return this;
    }

    /**
     * Validates and builds the snapshot.
     *
     * @return the snapshot
     * @throws IllegalStateException if a required field is missing or a count is out of range
     */
    public Dossier build() {
      if (id == null
          || number == null
          || procedureCode == null
          || applicantRef == null
          || receivingAgencyId == null
          || receivedAt == null
          || clock == null) {
        throw new IllegalStateException(
            "a dossier needs an id, a number, a procedure, an applicant reference, a receiving"
                + " agency, a received instant and a clock");
      }
      if (version < 1) {
        throw new IllegalStateException("dossier version must be at least 1; got " + version);
      }
      if (supplementRounds < 0 || extensions < 0 || stepCounter < 0) {
        throw new IllegalStateException("dossier counters must not be negative");
      }
      if (finishedAt.isPresent() != outcome.isPresent()) {
        throw new IllegalStateException("a finished dossier needs both its instant and outcome");
      }
      return new Dossier(this);
    }
  }
}
