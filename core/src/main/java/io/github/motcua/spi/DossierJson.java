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
package io.github.motcua.spi;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import io.github.motcua.MotcuaException;
import io.github.motcua.deadline.ClockEntry;
import io.github.motcua.deadline.CountingPolicy;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.DeadlineClock;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.CompetenceChange;
import io.github.motcua.dossier.DocumentRef;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.dossier.UndoPoint;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON for dossier snapshots and events, for stores that keep them as documents (a JDBC store's
 * snapshot column, an outbox payload). A round trip gives an equal value: attribute values keep
 * their type ({@link String}, {@link BigDecimal} with its scale, {@link Boolean}, {@link
 * LocalDate}), clocks keep their whole ledger and are rebuilt with {@link DeadlineClock#replay}.
 * The in-memory store never uses it. Thread-safe.
 *
 * <p>A document is read whatever the order of its keys, at every level: a store may give them back
 * in another order than written (PostgreSQL's {@code jsonb} sorts them).
 *
 * <p>Every document written carries {@code "formatVersion": }{@value #FORMAT_VERSION} at its top
 * level. A reader takes a document without it as version 1 (the format before the field existed)
 * and refuses a document from a newer format with a message naming both versions, so that a node
 * running an older library never misreads what a newer one stored.
 */
public final class DossierJson {
  // How it is fast: it writes straight to a generator, with no tree in between, and reads straight
  // from a parser, in whatever order the keys come (a store such as PostgreSQL's jsonb reorders
  // them). The streaming reader takes only documents of the exact shape this class writes; on
  // anything else (a field missing or of another type, an unreadable text, another format
  // version) it gives up and the tree-based reader it replaced, DossierJsonTreeReader, reads the
  // document again, so that a damaged one reads to the same value, or fails with the same message,
  // as it always did.

  /** Shared by every thread: a factory is thread-safe once configured. */
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** The format version this library writes, and the newest it reads. */
  public static final int FORMAT_VERSION = 1;

  private static final String FORMAT_FIELD = "formatVersion";

  private DossierJson() {}

  /**
   * Writes a snapshot.
   *
   * @param dossier the snapshot
   * @return its JSON text
   */
  public static String write(Dossier dossier) {
    requireNonNull(dossier, "dossier");
    return text(
        g -> {
          g.writeStartObject();
          put(g, Key.FORMAT_VERSION, FORMAT_VERSION);
          dossierFields(g, dossier);
          g.writeEndObject();
        });
  }

  /**
   * Reads a snapshot written by {@link #write(Dossier)}.
   *
   * @param json the JSON text
   * @return the snapshot
   * @throws MotcuaException if the text is not such a snapshot
   */
  public static Dossier readDossier(String json) {
    requireNonNull(json, "json");
    Dossier d = streamedDossier(json);
    return d != null ? d : DossierJsonTreeReader.readDossier(json);
  }

  /**
   * Reads a snapshot with the streaming reader alone.
   *
   * @param json the JSON text
   * @return the snapshot, or null where the document is not of the exact shape written
   */
  static Dossier streamedDossier(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      return p.nextToken() == JsonToken.START_OBJECT ? dossier(p, true) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Writes an event.
   *
   * @param event the event
   * @return its JSON text
   */
  public static String write(DossierEvent event) {
    requireNonNull(event, "event");
    return text(
        g -> {
          g.writeStartObject();
          put(g, Key.FORMAT_VERSION, FORMAT_VERSION);
          eventFields(g, event);
          g.writeEndObject();
        });
  }

  /**
   * Reads an event written by {@link #write(DossierEvent)}.
   *
   * @param json the JSON text
   * @return the event
   * @throws MotcuaException if the text is not such an event
   */
  public static DossierEvent readEvent(String json) {
    requireNonNull(json, "json");
    DossierEvent e = streamedEvent(json);
    return e != null ? e : DossierJsonTreeReader.readEvent(json);
  }

  /**
   * Reads an event with the streaming reader alone.
   *
   * @param json the JSON text
   * @return the event, or null where the document is not of the exact shape written
   */
  static DossierEvent streamedEvent(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      return p.nextToken() == JsonToken.START_OBJECT ? event(p) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  // ------------------------------------------------------------------ writing

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** The keys written, quoted and escaped once: a generator copies them as they are. */
  private static final class Key {
    static final SerializedString FORMAT_VERSION = new SerializedString(FORMAT_FIELD);
    static final SerializedString ID = new SerializedString("id");
    static final SerializedString NUMBER = new SerializedString("number");
    static final SerializedString PROCEDURE_CODE = new SerializedString("procedureCode");
    static final SerializedString PROCEDURE_VERSION = new SerializedString("procedureVersion");
    static final SerializedString CHANNEL = new SerializedString("channel");
    static final SerializedString APPLICANT_REF = new SerializedString("applicantRef");
    static final SerializedString RECEIVING_AGENCY_ID = new SerializedString("receivingAgencyId");
    static final SerializedString COMPETENT_AGENCY_ID = new SerializedString("competentAgencyId");
    static final SerializedString AT = new SerializedString("at");
    static final SerializedString FROM = new SerializedString("from");
    static final SerializedString TO = new SerializedString("to");
    static final SerializedString REORGANISATION_ID = new SerializedString("reorganisationId");
    static final SerializedString KIND = new SerializedString("kind");
    static final SerializedString DIGEST = new SerializedString("digest");
    static final SerializedString EVENT = new SerializedString("event");
    static final SerializedString RECEIVED_AT = new SerializedString("receivedAt");
    static final SerializedString STATUS = new SerializedString("status");
    static final SerializedString VERSION = new SerializedString("version");
    static final SerializedString SUPPLEMENT_ROUNDS = new SerializedString("supplementRounds");
    static final SerializedString EXTENSIONS = new SerializedString("extensions");
    static final SerializedString STEP_COUNTER = new SerializedString("stepCounter");
    static final SerializedString DUE_SOON_MARKED = new SerializedString("dueSoonMarked");
    static final SerializedString OVERDUE_MARKED = new SerializedString("overdueMarked");
    static final SerializedString OUTCOME = new SerializedString("outcome");
    static final SerializedString TIMELINESS = new SerializedString("timeliness");
    static final SerializedString ACTION_ID = new SerializedString("actionId");
    static final SerializedString USER_ID = new SerializedString("userId");
    static final SerializedString PERFORMED_VERSION = new SerializedString("performedVersion");
    static final SerializedString TYPE = new SerializedString("type");
    static final SerializedString VALUE = new SerializedString("value");
    static final SerializedString STEP_ID = new SerializedString("stepId");
    static final SerializedString AGENCY_ID = new SerializedString("agencyId");
    static final SerializedString STAFF_ROLE = new SerializedString("staffRole");
    static final SerializedString ENTERED_AT = new SerializedString("enteredAt");
    static final SerializedString RULE = new SerializedString("rule");
    static final SerializedString INTAKE_CUTOFF = new SerializedString("intakeCutoff");
    static final SerializedString REASON = new SerializedString("reason");
    static final SerializedString ACTOR = new SerializedString("actor");
    static final SerializedString AMOUNT = new SerializedString("amount");
    static final SerializedString UNIT = new SerializedString("unit");
    static final SerializedString DOSSIER_ID = new SerializedString("dossierId");
    static final SerializedString SEQUENCE = new SerializedString("sequence");
    static final SerializedString COMPETENCE_CHANGES = new SerializedString("competenceChanges");
    static final SerializedString DOCUMENTS = new SerializedString("documents");
    static final SerializedString ACTIVE_STEPS = new SerializedString("activeSteps");
    static final SerializedString ENTRIES = new SerializedString("entries");
    static final SerializedString ATTRIBUTES = new SerializedString("attributes");
    static final SerializedString BINDINGS = new SerializedString("bindings");
    static final SerializedString JOINED_BRANCHES = new SerializedString("joinedBranches");
    static final SerializedString ACTION_ROUNDS = new SerializedString("actionRounds");
    static final SerializedString UNDO = new SerializedString("undo");
    static final SerializedString BEFORE = new SerializedString("before");
    static final SerializedString DETAILS = new SerializedString("details");
    static final SerializedString CLOCK = new SerializedString("clock");
    static final SerializedString LIMIT = new SerializedString("limit");
    static final SerializedString EXTENSION = new SerializedString("extension");
    static final SerializedString EXTERNAL_REF = new SerializedString("externalRef");
    static final SerializedString DUE_AT = new SerializedString("dueAt");
    static final SerializedString NEXT_TIMER_AT = new SerializedString("nextTimerAt");
    static final SerializedString FINISHED_AT = new SerializedString("finishedAt");
    static final SerializedString BLOCK_ID = new SerializedString("blockId");
    static final SerializedString BRANCH_ID = new SerializedString("branchId");
    static final SerializedString ASSIGNEE = new SerializedString("assignee");
    static final SerializedString DUE_SOON_AT = new SerializedString("dueSoonAt");
    static final SerializedString STEP_INSTANCE_ID = new SerializedString("stepInstanceId");
    static final SerializedString COMMENT = new SerializedString("comment");
    static final SerializedString PREVIOUS_DUE = new SerializedString("previousDue");
    static final SerializedString NEW_DUE = new SerializedString("newDue");

    private Key() {}
  }

  private static void put(JsonGenerator g, SerializableString field, String value)
      throws IOException {
    g.writeFieldName(field);
    g.writeString(value);
  }

  private static void put(JsonGenerator g, SerializableString field, int value) throws IOException {
    g.writeFieldName(field);
    g.writeNumber(value);
  }

  private static void put(JsonGenerator g, SerializableString field, long value)
      throws IOException {
    g.writeFieldName(field);
    g.writeNumber(value);
  }

  private static void put(JsonGenerator g, SerializableString field, boolean value)
      throws IOException {
    g.writeFieldName(field);
    g.writeBoolean(value);
  }

  private static String text(Body body) {
    BufferRecycler buffers = JSON._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator g = JSON.createGenerator(out)) {
        body.write(g);
      }
      return out.getAndClear();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    } finally {
      buffers.releaseToPool();
    }
  }

  private static void dossierFields(JsonGenerator g, Dossier d) throws IOException {
    put(g, Key.ID, d.id());
    put(g, Key.NUMBER, d.number());
    put(g, Key.PROCEDURE_CODE, d.procedureCode());
    put(g, Key.PROCEDURE_VERSION, d.procedureVersion());
    put(g, Key.CHANNEL, d.channel().name());
    put(g, Key.APPLICANT_REF, d.applicantRef());
    put(g, Key.RECEIVING_AGENCY_ID, d.receivingAgencyId());
    put(g, Key.COMPETENT_AGENCY_ID, d.competentAgencyId());
    if (!d.competenceChanges().isEmpty()) {
      g.writeFieldName(Key.COMPETENCE_CHANGES);
      g.writeStartArray();
      for (CompetenceChange c : d.competenceChanges()) {
        g.writeStartObject();
        put(g, Key.AT, instantText(c.at()));
        put(g, Key.FROM, c.fromAgencyId());
        put(g, Key.TO, c.toAgencyId());
        put(g, Key.REORGANISATION_ID, c.reorganisationId());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    optText(g, Key.EXTERNAL_REF, d.externalRef());
    if (!d.documents().isEmpty()) {
      g.writeFieldName(Key.DOCUMENTS);
      g.writeStartArray();
      for (DocumentRef x : d.documents()) {
        g.writeStartObject();
        put(g, Key.ID, x.id());
        put(g, Key.KIND, x.kind());
        put(g, Key.DIGEST, x.digest());
        if (x.event().isPresent()) {
          put(g, Key.EVENT, x.event().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeFieldName(Key.ATTRIBUTES);
    g.writeStartObject();
    for (Map.Entry<String, Object> a : d.attributes().entrySet()) {
      g.writeFieldName(a.getKey());
      value(g, a.getValue());
    }
    g.writeEndObject();
    g.writeFieldName(Key.BINDINGS);
    g.writeStartObject();
    for (Map.Entry<String, String> b : d.bindings().entrySet()) {
      g.writeStringField(b.getKey(), b.getValue());
    }
    g.writeEndObject();
    put(g, Key.RECEIVED_AT, instantText(d.receivedAt()));
    put(g, Key.STATUS, d.status().name());
    put(g, Key.VERSION, d.version());
    g.writeFieldName(Key.CLOCK);
    clock(g, d.clock());
    optInstant(g, Key.DUE_AT, d.dueAt());
    g.writeFieldName(Key.ACTIVE_STEPS);
    g.writeStartArray();
    for (StepInstance s : d.activeSteps()) {
      step(g, s);
    }
    g.writeEndArray();
    g.writeFieldName(Key.JOINED_BRANCHES);
    g.writeStartObject();
    for (Map.Entry<String, List<String>> j : d.joinedBranches().entrySet()) {
      g.writeArrayFieldStart(j.getKey());
      for (String branch : j.getValue()) {
        g.writeString(branch);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeFieldName(Key.ACTION_ROUNDS);
    g.writeStartObject();
    for (Map.Entry<String, Integer> r : d.actionRounds().entrySet()) {
      g.writeNumberField(r.getKey(), r.getValue());
    }
    g.writeEndObject();
    put(g, Key.SUPPLEMENT_ROUNDS, d.supplementRounds());
    put(g, Key.EXTENSIONS, d.extensions());
    put(g, Key.STEP_COUNTER, d.stepCounter());
    optInstant(g, Key.NEXT_TIMER_AT, d.nextTimerAt());
    put(g, Key.DUE_SOON_MARKED, d.dueSoonMarked());
    put(g, Key.OVERDUE_MARKED, d.overdueMarked());
    optInstant(g, Key.FINISHED_AT, d.finishedAt());
    if (d.outcome().isPresent()) {
      put(g, Key.OUTCOME, d.outcome().get().name());
    }
    if (d.timeliness().isPresent()) {
      put(g, Key.TIMELINESS, d.timeliness().get().name());
    }
    if (d.undo().isPresent()) {
      UndoPoint u = d.undo().get();
      g.writeFieldName(Key.UNDO);
      g.writeStartObject();
      put(g, Key.ACTION_ID, u.actionId());
      put(g, Key.USER_ID, u.userId());
      put(g, Key.PERFORMED_VERSION, u.performedVersion());
      g.writeFieldName(Key.BEFORE);
      g.writeStartObject();
      dossierFields(g, u.before());
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v instanceof String s) {
      g.writeStartObject();
      put(g, Key.TYPE, "STRING");
      put(g, Key.VALUE, s);
    } else if (v instanceof BigDecimal b) {
      g.writeStartObject();
      put(g, Key.TYPE, "NUMBER");
      put(g, Key.VALUE, b.toString());
    } else if (v instanceof Boolean b) {
      g.writeStartObject();
      put(g, Key.TYPE, "BOOLEAN");
      put(g, Key.VALUE, b);
    } else if (v instanceof LocalDate d) {
      g.writeStartObject();
      put(g, Key.TYPE, "DATE");
      put(g, Key.VALUE, d.toString());
    } else {
      throw new IllegalArgumentException(
          "attribute values are String, BigDecimal, Boolean or LocalDate; got "
              + v.getClass().getName());
    }
    g.writeEndObject();
  }

  private static void step(JsonGenerator g, StepInstance s) throws IOException {
    g.writeStartObject();
    put(g, Key.ID, s.id());
    put(g, Key.STEP_ID, s.stepId());
    optText(g, Key.BLOCK_ID, s.blockId());
    optText(g, Key.BRANCH_ID, s.branchId());
    put(g, Key.AGENCY_ID, s.agencyId());
    put(g, Key.STAFF_ROLE, s.staffRole());
    optText(g, Key.ASSIGNEE, s.assignee());
    put(g, Key.ENTERED_AT, instantText(s.enteredAt()));
    g.writeFieldName(Key.CLOCK);
    clock(g, s.clock());
    optInstant(g, Key.DUE_AT, s.dueAt());
    optInstant(g, Key.DUE_SOON_AT, s.dueSoonAt());
    put(g, Key.DUE_SOON_MARKED, s.dueSoonMarked());
    put(g, Key.OVERDUE_MARKED, s.overdueMarked());
    g.writeEndObject();
  }

  private static void clock(JsonGenerator g, DeadlineClock c) throws IOException {
    g.writeStartObject();
    g.writeFieldName(Key.LIMIT);
    limit(g, c.limit());
    put(g, Key.RULE, c.policy().rule().name());
    if (c.policy().intakeCutoff().isPresent()) {
      put(g, Key.INTAKE_CUTOFF, c.policy().intakeCutoff().get().toString());
    }
    g.writeFieldName(Key.ENTRIES);
    g.writeStartArray();
    for (ClockEntry e : c.entries()) {
      g.writeStartObject();
      put(g, Key.KIND, e.kind().name());
      put(g, Key.AT, instantText(e.at()));
      put(g, Key.REASON, e.reason());
      put(g, Key.ACTOR, e.actor());
      if (e.extension().isPresent()) {
        g.writeFieldName(Key.EXTENSION);
        limit(g, e.extension().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void limit(JsonGenerator g, TimeLimit t) throws IOException {
    g.writeStartObject();
    put(g, Key.AMOUNT, t.amount().toString());
    put(g, Key.UNIT, t.unit().name());
    g.writeEndObject();
  }

  private static void optText(JsonGenerator g, SerializableString field, Optional<String> v)
      throws IOException {
    if (v.isPresent()) {
      put(g, field, v.get());
    }
  }

  private static void optInstant(JsonGenerator g, SerializableString field, Optional<Instant> v)
      throws IOException {
    if (v.isPresent()) {
      put(g, field, instantText(v.get()));
    }
  }

  private static void eventFields(JsonGenerator g, DossierEvent e) throws IOException {
    put(g, Key.DOSSIER_ID, e.dossierId());
    put(g, Key.SEQUENCE, e.sequence());
    put(g, Key.TYPE, e.type().name());
    put(g, Key.AT, instantText(e.at()));
    optText(g, Key.USER_ID, e.userId());
    optText(g, Key.AGENCY_ID, e.agencyId());
    optText(g, Key.STEP_INSTANCE_ID, e.stepInstanceId());
    optText(g, Key.STEP_ID, e.stepId());
    optText(g, Key.ACTION_ID, e.actionId());
    optText(g, Key.COMMENT, e.comment());
    optInstant(g, Key.PREVIOUS_DUE, e.previousDue());
    optInstant(g, Key.NEW_DUE, e.newDue());
    g.writeFieldName(Key.DETAILS);
    g.writeStartObject();
    for (Map.Entry<String, String> x : e.details().entrySet()) {
      g.writeStringField(x.getKey(), x.getValue());
    }
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ reading

  /**
   * Thrown, without a stack trace, where a document is not of the exact shape written, so that the
   * tree reader reads it again.
   */
  private static final class NotAsWritten extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotAsWritten() {
      super("not as written", null, false, false);
    }
  }

  private static final NotAsWritten NOT_AS_WRITTEN = new NotAsWritten();

  /** Reads the object at the parser (its START_OBJECT read); at the top level, the version too. */
  private static Dossier dossier(JsonParser p, boolean top) throws IOException {
    String id = null;
    String number = null;
    String procedureCode = null;
    Integer procedureVersion = null;
    Channel channel = null;
    String applicantRef = null;
    String receivingAgencyId = null;
    Optional<String> competentAgencyId = Optional.empty();
    List<CompetenceChange> competenceChanges = null;
    Optional<String> externalRef = Optional.empty();
    List<DocumentRef> documents = null;
    Map<String, Object> attributes = Map.of();
    Map<String, String> bindings = Map.of();
    Instant receivedAt = null;
    DossierStatus status = null;
    Long version = null;
    DeadlineClock clock = null;
    Optional<Instant> dueAt = Optional.empty();
    List<StepInstance> activeSteps = null;
    Map<String, List<String>> joinedBranches = Map.of();
    Map<String, Integer> actionRounds = Map.of();
    Integer supplementRounds = null;
    Integer extensions = null;
    Integer stepCounter = null;
    Optional<Instant> nextTimerAt = Optional.empty();
    Boolean dueSoonMarked = null;
    Boolean overdueMarked = null;
    Optional<Instant> finishedAt = Optional.empty();
    Optional<Outcome> outcome = Optional.empty();
    Optional<Timeliness> timeliness = Optional.empty();
    Optional<UndoPoint> undo = Optional.empty();
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      switch (f) {
        case "id" -> id = text(p);
        case "number" -> number = text(p);
        case "procedureCode" -> procedureCode = text(p);
        case "procedureVersion" -> procedureVersion = int32(p);
        case "channel" -> channel = Channel.valueOf(text(p));
        case "applicantRef" -> applicantRef = text(p);
        case "receivingAgencyId" -> receivingAgencyId = text(p);
        case "competentAgencyId" -> competentAgencyId = optText(p);
        case "competenceChanges" ->
            competenceChanges = t == JsonToken.VALUE_NULL ? null : changes(p);
        case "externalRef" -> externalRef = optText(p);
        case "documents" -> documents = t == JsonToken.VALUE_NULL ? null : documents(p);
        case "attributes" -> attributes = t == JsonToken.VALUE_NULL ? Map.of() : attributes(p);
        case "bindings" -> bindings = t == JsonToken.VALUE_NULL ? Map.of() : texts(p);
        case "receivedAt" -> receivedAt = instant(text(p));
        case "status" -> status = DossierStatus.valueOf(text(p));
        case "version" -> version = int64(p);
        case "clock" -> clock = clock(p);
        case "dueAt" -> dueAt = optInstant(p);
        case "activeSteps" -> activeSteps = t == JsonToken.VALUE_NULL ? List.of() : steps(p);
        case "joinedBranches" -> joinedBranches = t == JsonToken.VALUE_NULL ? Map.of() : joined(p);
        case "actionRounds" -> actionRounds = t == JsonToken.VALUE_NULL ? Map.of() : rounds(p);
        case "supplementRounds" -> supplementRounds = int32(p);
        case "extensions" -> extensions = int32(p);
        case "stepCounter" -> stepCounter = int32(p);
        case "nextTimerAt" -> nextTimerAt = optInstant(p);
        case "dueSoonMarked" -> dueSoonMarked = bool(p);
        case "overdueMarked" -> overdueMarked = bool(p);
        case "finishedAt" -> finishedAt = optInstant(p);
        case "outcome" -> outcome = optText(p).map(Outcome::valueOf);
        case "timeliness" -> timeliness = optText(p).map(Timeliness::valueOf);
        case "undo" -> undo = t == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(undo(p));
        case FORMAT_FIELD -> {
          if (top && t != JsonToken.VALUE_NULL && int32(p) != FORMAT_VERSION) {
            throw NOT_AS_WRITTEN;
          }
          p.skipChildren();
        }
        default -> p.skipChildren();
      }
    }
    if (procedureVersion == null
        || version == null
        || activeSteps == null
        || supplementRounds == null
        || extensions == null
        || stepCounter == null
        || dueSoonMarked == null
        || overdueMarked == null) {
      throw NOT_AS_WRITTEN;
    }
    Dossier.Builder b =
        Dossier.builder()
            .id(required(id))
            .number(required(number))
            .procedure(required(procedureCode), procedureVersion)
            .channel(required(channel))
            .applicantRef(required(applicantRef))
            .receivingAgencyId(required(receivingAgencyId))
            .externalRef(externalRef)
            .attributes(attributes)
            .bindings(bindings)
            .receivedAt(required(receivedAt))
            .status(required(status))
            .version(version)
            .clock(required(clock))
            .dueAt(dueAt)
            .activeSteps(activeSteps)
            .joinedBranches(joinedBranches)
            .actionRounds(actionRounds)
            .supplementRounds(supplementRounds)
            .extensions(extensions)
            .stepCounter(stepCounter)
            .nextTimerAt(nextTimerAt)
            .dueSoonMarked(dueSoonMarked)
            .overdueMarked(overdueMarked)
            .finished(finishedAt, outcome)
            .timeliness(timeliness)
            .undo(undo);
    // documents before the competent agency existed: the receiving agency was competent
    competentAgencyId.ifPresent(b::competentAgencyId);
    if (documents != null) {
      b.documents(documents);
    }
    if (competenceChanges != null) {
      b.competenceChanges(competenceChanges);
    }
    return b.build();
  }

  private static UndoPoint undo(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String actionId = null;
    String userId = null;
    Long performedVersion = null;
    Dossier before = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "actionId" -> actionId = text(p);
        case "userId" -> userId = text(p);
        case "performedVersion" -> performedVersion = int64(p);
        case "before" -> {
          expect(p, JsonToken.START_OBJECT);
          before = dossier(p, false);
        }
        default -> p.skipChildren();
      }
    }
    return new UndoPoint(
        required(actionId), required(userId), required(performedVersion), required(before));
  }

  private static Map<String, Object> attributes(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Map<String, Object> out = new HashMap<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      out.put(name, attribute(p));
    }
    return out;
  }

  private static Object attribute(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String type = null;
    JsonToken value = null;
    String valueText = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      switch (f) {
        case "type" -> type = text(p);
        case "value" -> {
          value = t;
          valueText = t == JsonToken.VALUE_STRING ? p.getText() : null;
          p.skipChildren();
        }
        default -> p.skipChildren();
      }
    }
    if (type == null || value == null) {
      throw NOT_AS_WRITTEN;
    }
    switch (type) {
      case "STRING":
        return required(valueText);
      case "NUMBER":
        return new BigDecimal(required(valueText));
      case "BOOLEAN":
        if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
          return value == JsonToken.VALUE_TRUE;
        }
        throw NOT_AS_WRITTEN;
      case "DATE":
        return date(required(valueText));
      default:
        throw NOT_AS_WRITTEN;
    }
  }

  private static Map<String, String> texts(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Map<String, String> out = new HashMap<>();
    for (String k = p.nextFieldName(); k != null; k = p.nextFieldName()) {
      p.nextToken();
      out.put(k, text(p));
    }
    return out;
  }

  private static Map<String, List<String>> joined(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Map<String, List<String>> out = new HashMap<>();
    for (String k = p.nextFieldName(); k != null; k = p.nextFieldName()) {
      p.nextToken();
      expect(p, JsonToken.START_ARRAY);
      List<String> branches = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        branches.add(text(p));
      }
      out.put(k, List.copyOf(branches));
    }
    return out;
  }

  private static Map<String, Integer> rounds(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Map<String, Integer> out = new HashMap<>();
    for (String k = p.nextFieldName(); k != null; k = p.nextFieldName()) {
      p.nextToken();
      out.put(k, int32(p));
    }
    return out;
  }

  private static List<CompetenceChange> changes(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY);
    List<CompetenceChange> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(p, JsonToken.START_OBJECT);
      Instant at = null;
      String from = null;
      String to = null;
      String reorganisationId = null;
      for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
        p.nextToken();
        switch (f) {
          case "at" -> at = instant(text(p));
          case "from" -> from = text(p);
          case "to" -> to = text(p);
          case "reorganisationId" -> reorganisationId = text(p);
          default -> p.skipChildren();
        }
      }
      out.add(
          new CompetenceChange(
              required(at), required(from), required(to), required(reorganisationId)));
    }
    return out;
  }

  private static List<DocumentRef> documents(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY);
    List<DocumentRef> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(p, JsonToken.START_OBJECT);
      String id = null;
      String kind = null;
      String digest = null;
      Optional<Long> event = Optional.empty();
      for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        switch (f) {
          case "id" -> id = text(p);
          case "kind" -> kind = text(p);
          case "digest" -> digest = text(p);
          case "event" ->
              event = t == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(int64(p));
          default -> p.skipChildren();
        }
      }
      out.add(new DocumentRef(required(id), required(kind), required(digest), event));
    }
    return out;
  }

  private static List<StepInstance> steps(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY);
    List<StepInstance> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(step(p));
    }
    return out;
  }

  private static StepInstance step(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String id = null;
    String stepId = null;
    Optional<String> blockId = Optional.empty();
    Optional<String> branchId = Optional.empty();
    String agencyId = null;
    String staffRole = null;
    Optional<String> assignee = Optional.empty();
    Instant enteredAt = null;
    DeadlineClock clock = null;
    Optional<Instant> dueAt = Optional.empty();
    Optional<Instant> dueSoonAt = Optional.empty();
    Boolean dueSoonMarked = null;
    Boolean overdueMarked = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "id" -> id = text(p);
        case "stepId" -> stepId = text(p);
        case "blockId" -> blockId = optText(p);
        case "branchId" -> branchId = optText(p);
        case "agencyId" -> agencyId = text(p);
        case "staffRole" -> staffRole = text(p);
        case "assignee" -> assignee = optText(p);
        case "enteredAt" -> enteredAt = instant(text(p));
        case "clock" -> clock = clock(p);
        case "dueAt" -> dueAt = optInstant(p);
        case "dueSoonAt" -> dueSoonAt = optInstant(p);
        case "dueSoonMarked" -> dueSoonMarked = bool(p);
        case "overdueMarked" -> overdueMarked = bool(p);
        default -> p.skipChildren();
      }
    }
    return new StepInstance(
        required(id),
        required(stepId),
        blockId,
        branchId,
        required(agencyId),
        required(staffRole),
        assignee,
        required(enteredAt),
        required(clock),
        dueAt,
        dueSoonAt,
        required(dueSoonMarked),
        required(overdueMarked));
  }

  private static DeadlineClock clock(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    TimeLimit limit = null;
    CountingRule rule = null;
    Optional<String> intakeCutoff = Optional.empty();
    List<ClockEntry> entries = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "limit" -> limit = limit(p);
        case "rule" -> rule = CountingRule.valueOf(text(p));
        case "intakeCutoff" -> intakeCutoff = optText(p);
        case "entries" -> entries = entries(p);
        default -> p.skipChildren();
      }
    }
    CountingRule r = required(rule);
    CountingPolicy policy =
        intakeCutoff.isPresent()
            ? CountingPolicy.of(r, LocalTime.parse(intakeCutoff.get()))
            : CountingPolicy.of(r);
    return DeadlineClock.replay(required(limit), policy, required(entries));
  }

  private static List<ClockEntry> entries(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY);
    List<ClockEntry> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(p, JsonToken.START_OBJECT);
      ClockEntry.Kind kind = null;
      Instant at = null;
      String reason = null;
      String actor = null;
      Optional<TimeLimit> extension = Optional.empty();
      for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        switch (f) {
          case "kind" -> kind = ClockEntry.Kind.valueOf(text(p));
          case "at" -> at = instant(text(p));
          case "reason" -> reason = text(p);
          case "actor" -> actor = text(p);
          case "extension" ->
              extension = t == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(limit(p));
          default -> p.skipChildren();
        }
      }
      out.add(
          new ClockEntry(
              required(kind), required(at), required(reason), required(actor), extension));
    }
    return out;
  }

  private static TimeLimit limit(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String amount = null;
    TimeLimit.Unit unit = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "amount" -> amount = text(p);
        case "unit" -> unit = TimeLimit.Unit.valueOf(text(p));
        default -> p.skipChildren();
      }
    }
    return new TimeLimit(new BigDecimal(required(amount)), required(unit));
  }

  private static DossierEvent event(JsonParser p) throws IOException {
    String dossierId = null;
    Long sequence = null;
    EventType type = null;
    Instant at = null;
    Optional<String> userId = Optional.empty();
    Optional<String> agencyId = Optional.empty();
    Optional<String> stepInstanceId = Optional.empty();
    Optional<String> stepId = Optional.empty();
    Optional<String> actionId = Optional.empty();
    Optional<String> comment = Optional.empty();
    Optional<Instant> previousDue = Optional.empty();
    Optional<Instant> newDue = Optional.empty();
    Map<String, String> details = Map.of();
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      switch (f) {
        case "dossierId" -> dossierId = text(p);
        case "sequence" -> sequence = int64(p);
        case "type" -> type = EventType.valueOf(text(p));
        case "at" -> at = instant(text(p));
        case "userId" -> userId = optText(p);
        case "agencyId" -> agencyId = optText(p);
        case "stepInstanceId" -> stepInstanceId = optText(p);
        case "stepId" -> stepId = optText(p);
        case "actionId" -> actionId = optText(p);
        case "comment" -> comment = optText(p);
        case "previousDue" -> previousDue = optInstant(p);
        case "newDue" -> newDue = optInstant(p);
        case "details" -> details = t == JsonToken.VALUE_NULL ? Map.of() : texts(p);
        case FORMAT_FIELD -> {
          if (t != JsonToken.VALUE_NULL && int32(p) != FORMAT_VERSION) {
            throw NOT_AS_WRITTEN;
          }
        }
        default -> p.skipChildren();
      }
    }
    return new DossierEvent(
        required(dossierId),
        required(sequence),
        required(type),
        required(at),
        userId,
        agencyId,
        stepInstanceId,
        stepId,
        actionId,
        comment,
        previousDue,
        newDue,
        details);
  }

  private static void expect(JsonParser p, JsonToken token) {
    if (p.currentToken() != token) {
      throw NOT_AS_WRITTEN;
    }
  }

  private static <T> T required(T value) {
    if (value == null) {
      throw NOT_AS_WRITTEN;
    }
    return value;
  }

  private static String text(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_STRING);
    return p.getText();
  }

  private static Optional<String> optText(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(text(p));
  }

  private static Optional<Instant> optInstant(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL
        ? Optional.empty()
        : Optional.of(instant(text(p)));
  }

  private static int int32(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT) {
      throw NOT_AS_WRITTEN;
    }
    return p.getIntValue();
  }

  private static long int64(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw NOT_AS_WRITTEN;
    }
    return p.getLongValue();
  }

  private static boolean bool(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw NOT_AS_WRITTEN;
    }
    return t == JsonToken.VALUE_TRUE;
  }

  // ------------------------------------------------------------------ instants and dates

  /** The first second of the year 0 and the last of the year 9999: four-digit years. */
  private static final long FIRST_SECOND = -62_167_219_200L;

  private static final long LAST_SECOND = 253_402_300_799L;

  /**
   * {@link Instant#toString()}, the ISO-8601 text in UTC with the fraction in groups of three
   * digits, without a formatter for the years 0 to 9999.
   */
  static String instantText(Instant t) {
    long seconds = t.getEpochSecond();
    if (seconds < FIRST_SECOND || seconds > LAST_SECOND) {
      return t.toString();
    }
    long day = Math.floorDiv(seconds, 86_400);
    int secondOfDay = Math.floorMod(seconds, 86_400);
    LocalDate date = LocalDate.ofEpochDay(day);
    int nano = t.getNano();
    char[] out = new char[31];
    int n = digits(out, 0, date.getYear(), 4);
    out[n++] = '-';
    n = digits(out, n, date.getMonthValue(), 2);
    out[n++] = '-';
    n = digits(out, n, date.getDayOfMonth(), 2);
    out[n++] = 'T';
    n = digits(out, n, secondOfDay / 3600, 2);
    out[n++] = ':';
    n = digits(out, n, secondOfDay / 60 % 60, 2);
    out[n++] = ':';
    n = digits(out, n, secondOfDay % 60, 2);
    if (nano > 0) {
      out[n++] = '.';
      if (nano % 1_000_000 == 0) {
        n = digits(out, n, nano / 1_000_000, 3);
      } else if (nano % 1000 == 0) {
        n = digits(out, n, nano / 1000, 6);
      } else {
        n = digits(out, n, nano, 9);
      }
    }
    out[n++] = 'Z';
    return new String(out, 0, n);
  }

  private static int digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
    return at + width;
  }

  /**
   * {@link Instant#parse}, without a formatter for the text {@link #instantText} writes (four-digit
   * year, seconds, a fraction of one to nine digits, Z); any other text goes to {@link
   * Instant#parse}, which decides.
   */
  static Instant instant(String s) {
    int length = s.length();
    if (length >= 20
        && length <= 30
        && length != 21
        && s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && s.charAt(10) == 'T'
        && s.charAt(13) == ':'
        && s.charAt(16) == ':'
        && s.charAt(length - 1) == 'Z') {
      int year = number(s, 0, 4);
      int month = number(s, 5, 7);
      int day = number(s, 8, 10);
      int hour = number(s, 11, 13);
      int minute = number(s, 14, 16);
      int second = number(s, 17, 19);
      int nano = 0;
      boolean fraction = length == 20 || s.charAt(19) == '.';
      if (length > 21 && fraction) {
        int digits = number(s, 20, length - 1);
        nano = digits < 0 ? -1 : digits * POWERS[9 - (length - 21)];
      }
      if (fraction
          && year >= 0
          && month >= 1
          && month <= 12
          && day >= 1
          && day <= Month.of(month).length(Year.isLeap(year))
          && hour >= 0
          && hour <= 23
          && minute >= 0
          && minute <= 59
          && second >= 0
          && second <= 59
          && nano >= 0) {
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second, nano);
      }
    }
    return Instant.parse(s);
  }

  private static final int[] POWERS = {
    1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  /** The ASCII digits from one index to another as a number, or -1 if one is not a digit. */
  private static int number(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** {@link LocalDate#parse}, without a formatter for a four-digit year. */
  static LocalDate date(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int year = number(s, 0, 4);
      int month = number(s, 5, 7);
      int day = number(s, 8, 10);
      if (year >= 0
          && month >= 1
          && month <= 12
          && day >= 1
          && day <= Month.of(month).length(Year.isLeap(year))) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(s);
  }
}
