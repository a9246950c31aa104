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
package io.github.motcua.engine;

import static java.util.Objects.requireNonNull;

import io.github.motcua.agency.Actor;
import io.github.motcua.dossier.Channel;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request to receive a dossier (tiếp nhận hồ sơ). Immutable; built with {@link #builder(String,
 * String)}.
 *
 * <p>Attributes are checked against the procedure's declarations: {@code STRING} takes a {@link
 * String}; {@code NUMBER} any {@link Number} (kept as a {@link java.math.BigDecimal}) or numeric
 * text; {@code BOOLEAN} a {@link Boolean} or {@code "true"}/{@code "false"}; {@code DATE} a {@link
 * java.time.LocalDate} or ISO text ({@code 2026-03-02}).
 *
 * <p>Agency roles the command does not bind are derived as the procedure declares (the nearest
 * ancestor of a kind of another role's agency, from the engine's agency directory).
 */
public final class SubmitCommand {
  /**
   * The longest applicant reference, external reference or idempotency key a command may carry, in
   * characters (the width of the JDBC store's columns).
   */
  public static final int MAX_REFERENCE_LENGTH = 150;

  private final String procedureCode;
  private final String applicantRef;
  private final Channel channel;
  private final Map<String, Object> attributes;
  private final Map<String, String> bindings;
  private final Optional<Instant> receivedAt;
  private final Actor receivedBy;
  private final Optional<String> idempotencyKey;
  private final Optional<String> externalRef;

  private SubmitCommand(Builder b) {
    this.procedureCode = b.procedureCode;
    this.applicantRef = b.applicantRef;
    this.channel = b.channel;
    this.attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    this.bindings = Map.copyOf(b.bindings);
    this.receivedAt = Optional.ofNullable(b.receivedAt);
    this.receivedBy = b.receivedBy;
    this.idempotencyKey = Optional.ofNullable(b.idempotencyKey);
    this.externalRef = Optional.ofNullable(b.externalRef);
  }

  /**
   * Starts a command.
   *
   * @param procedureCode the national code of the procedure; the version in force on the received
   *     date is used and pinned on the dossier
   * @param applicantRef an opaque applicant reference (never a name or an identity number)
   * @return the builder
   */
  public static Builder builder(String procedureCode, String applicantRef) {
    return new Builder(procedureCode, applicantRef);
  }

  /**
   * Returns the procedure code.
   *
   * @return the code
   */
  public String procedureCode() {
    return procedureCode;
  }

  /**
   * Returns the applicant reference.
   *
   * @return the opaque reference
   */
  public String applicantRef() {
    return applicantRef;
  }

  /**
   * Returns the channel.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Returns the attributes as given.
   *
   * @return the attributes, unmodifiable
   */
  public Map<String, Object> attributes() {
    return attributes;
  }

  /**
   * Returns the explicit agency role bindings.
   *
   * @return agency role id to agency id
   */
  public Map<String, String> bindings() {
    return bindings;
  }

  /**
   * Returns when the dossier was received, if not now.
   *
   * @return the instant, if given
   */
  public Optional<Instant> receivedAt() {
    return receivedAt;
  }

  /**
   * Returns who received the dossier: the officer at the counter, or for the online and postal
   * channels the system account that received it, acting for the receiving agency.
   *
   * @return the receiving actor
   */
  public Actor receivedBy() {
    return receivedBy;
  }

  /**
   * Returns the idempotency key, if any.
   *
   * @return the key
   */
  public Optional<String> idempotencyKey() {
    return idempotencyKey;
  }

  /**
   * Returns the dossier's reference in an external system, such as the national portal's dossier
   * code for a dossier received online through it.
   *
   * @return the external reference, if any
   */
  public Optional<String> externalRef() {
    return externalRef;
  }

  /** Builds a {@link SubmitCommand}. Not thread-safe. */
  public static final class Builder {
    private final String procedureCode;
    private final String applicantRef;
    private Channel channel = Channel.COUNTER;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final Map<String, String> bindings = new LinkedHashMap<>();
    private Instant receivedAt;
    private Actor receivedBy;
    private String idempotencyKey;
    private String externalRef;

    private Builder(String procedureCode, String applicantRef) {
      this.procedureCode = requireNonNull(procedureCode, "procedureCode");
      this.applicantRef = requireNonNull(applicantRef, "applicantRef");
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
     * Sets an attribute.
     *
     * @param name the declared attribute name
     * @param value the value
     * @return this builder
     */
    public Builder attribute(String name, Object value) {
      attributes.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets several attributes.
     *
     * @param values attribute name to value
     * @return this builder
     */
    public Builder attributes(Map<String, ?> values) {
      values.forEach(this::attribute);
      return this;
    }

    /**
     * Binds an agency role of the procedure to an agency.
     *
     * @param agencyRole the agency role id
     * @param agencyId the agency id
     * @return this builder
     */
    public Builder bind(String agencyRole, String agencyId) {
      bindings.put(requireNonNull(agencyRole, "agencyRole"), requireNonNull(agencyId, "agencyId"));
      return this;
    }

    /**
     * Sets when the dossier was received (default: the engine clock's now).
     *
     * @param receivedAt the instant
     * @return this builder
     */
    public Builder receivedAt(Instant receivedAt) {
      this.receivedAt = requireNonNull(receivedAt, "receivedAt");
      return this;
    }

    /**
     * Sets who received the dossier (required): the officer at the counter, or for the online and
     * postal channels the system account that received it. Checked like any performer: the actor
     * acts for the agency the procedure's start step is bound to and holds its staff role (or a
     * role an action from it allows).
     *
     * @param actor the receiving actor
     * @return this builder
     */
    public Builder receivedBy(Actor actor) {
      this.receivedBy = requireNonNull(actor, "actor");
      return this;
    }

    /**
     * Sets an idempotency key: the same actor submitting the same command again with the same key
     * gets the first receipt; another actor or other data with the key is a conflict.
     *
     * @param key the key, not blank, at most {@link SubmitCommand#MAX_REFERENCE_LENGTH} characters
     * @return this builder
     * @throws IllegalArgumentException if blank or longer
     */
    public Builder idempotencyKey(String key) {
      this.idempotencyKey = References.check("an idempotency key", key);
      return this;
    }

    /**
     * Sets the dossier's reference in an external system: the national public-service portal's
     * dossier code (mã hồ sơ) for a dossier received online through it. Unique across dossiers: a
     * second dossier with the same reference is refused ({@link
     * io.github.motcua.dossier.DuplicateDossierException}); found by {@link
     * DossierEngine#findByExternalRef}.
     *
     * @param externalRef the reference, not blank, at most {@link #MAX_REFERENCE_LENGTH} characters
     * @return this builder
     * @throws IllegalArgumentException if blank or longer
     */
    public Builder externalRef(String externalRef) {
      this.externalRef = References.check("an external reference", externalRef);
      return this;
    }

    /**
     * Builds the command.
     *
     * @return the command
     * @throws IllegalStateException if the applicant reference is blank or longer than {@link
     *     #MAX_REFERENCE_LENGTH}, or no receiving actor was set
     */
    public SubmitCommand build() {
      if (applicantRef.isBlank() || applicantRef.length() > MAX_REFERENCE_LENGTH) {
        // the length only: the reference may be personal data
        throw new IllegalStateException(
            "the applicant reference is 1 to "
                + MAX_REFERENCE_LENGTH
                + " characters, not blank; got "
                + applicantRef.length()
                + " characters");
      }
      if (receivedBy == null) {
        throw new IllegalStateException(
            "a submission names who received it: set receivedBy(actor), the officer at the"
                + " counter or the system account of the online or postal channel");
      }
      return new SubmitCommand(this);
    }
  }
}
