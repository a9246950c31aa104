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

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.UnknownAgencyException;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.CountingPolicy;
import io.github.motcua.deadline.DeadlineClock;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.AgencyRole;
import io.github.motcua.procedure.AttributeDeclaration;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.Step;
import io.github.motcua.spi.IdempotencyRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives dossiers for {@link DossierEngine#submit(SubmitCommand)}: the procedure version in
 * force, the attributes checked against its declarations, the agency roles bound (explicitly or
 * derived through the agency directory), the number from the receiving agency's sequence, the
 * dossier clock and the start step, and the receipt with the appointment date. Stateless;
 * thread-safe.
 */
final class Intake {
  static final String SUBMIT = "submit";
  private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

  private final EngineContext ctx;

  Intake(EngineContext ctx) {
    this.ctx = ctx;
  }

  /** See {@link DossierEngine#submit(SubmitCommand)}. */
  Receipt submit(SubmitCommand cmd) {
    String digest = digest(cmd);
    LOG.debug("submit {} at agency {}", cmd.procedureCode(), cmd.receivedBy().agencyId());
    return ctx.inTransaction(() -> submitInTransaction(cmd, digest));
  }

  private static String digest(SubmitCommand cmd) {
    return new CommandDigest(SUBMIT, cmd.receivedBy())
        .add(cmd.procedureCode())
        .add(cmd.applicantRef())
        .add(cmd.channel())
        .add(cmd.attributes())
        .add(cmd.bindings())
        .add(cmd.receivedAt().orElse(null))
        .add(cmd.externalRef().orElse(null))
        .hex();
  }

  private Optional<Receipt> replay(String key, String digest) {
    Optional<IdempotencyRecord> prior = ctx.store.idempotency(key);
    if (prior.isEmpty()) {
      return Optional.empty();
    }
    if (!prior.get().digest().equals(digest)) {
      throw Commands.conflict(key);
    }
    return Optional.of(receipt(ctx.get(prior.get().dossierId()), true));
  }

  private Receipt submitInTransaction(SubmitCommand cmd, String digest) {
    if (cmd.idempotencyKey().isPresent()) {
      Optional<Receipt> replay = replay(cmd.idempotencyKey().get(), digest);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    Instant receivedAt =
        cmd.receivedAt().orElseGet(ctx::now).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    LocalDate receivedDate =
        EngineContext.dateWithinCalendars(
            "the reception instant of a submission", receivedAt, ctx.calendar.zone());
    Procedure p = ctx.catalog.requireInForce(cmd.procedureCode(), receivedDate);
    ProcedureIndex px = ctx.index(p);
    Map<String, Object> attributes = validateAttributes(p, cmd.attributes());
    Map<String, String> bindings = bind(px, cmd.bindings(), receivedAt);
    Step start = px.step(p.startStep());
    String receivingAgency = bindings.get(start.agencyRole());
    Actor receiver = cmd.receivedBy();
    checkReceiver(px, start, receivingAgency, receiver);
    String user = receiver.userId();
    long seq =
        ctx.store.nextSequence(
            ctx.numberPattern.sequenceKey(receivingAgency, p.code(), receivedDate));
    String number = ctx.numberPattern.format(receivingAgency, p.code(), receivedDate, seq);
    String id = ctx.ids.get();

    DeadlineClock dclock = DeadlineClock.start(p.timeLimit(), px.dossierPolicy, receivedAt, user);
    Dossier draft =
        Dossier.builder()
            .id(id)
            .number(number)
            .procedure(p.code(), p.version())
            .channel(cmd.channel())
            .applicantRef(cmd.applicantRef())
            .receivingAgencyId(receivingAgency)
            .competentAgencyId(p.competentRole().map(bindings::get).orElse(receivingAgency))
            .externalRef(cmd.externalRef())
            .attributes(attributes)
            .bindings(bindings)
            .receivedAt(receivedAt)
            .status(start.status())
            .version(1)
            .clock(dclock)
            .build();
    Transition tx = Transition.receive(ctx, draft, px, user, cmd.idempotencyKey());
    Dossier d = tx.finish(Optional.empty());
    Optional<IdempotencyRecord> rec =
        cmd.idempotencyKey()
            .map(k -> new IdempotencyRecord(k, id, SUBMIT, 0, d.version(), user, digest));
    try {
      ctx.store(0, d, tx.events(), rec);
    } catch (IdempotencyKeyConflictException e) {
      // the same submission raced with its first attempt: answer with the winner's receipt
      Optional<Receipt> replay = replay(cmd.idempotencyKey().orElseThrow(), digest);
      if (replay.isPresent()) {
        return replay.get();
      }
      throw e;
    }
    return receipt(d, false);
  }

  /**
   * The receiving officer is checked like any performer: they act for the agency the start step is
   * bound to and hold its staff role or a role an action from it allows. For the online and postal
   * channels the actor is the system that received it (a portal account of that agency).
   */
  private static void checkReceiver(
      ProcedureIndex px, Step start, String receivingAgency, Actor receiver) {
    Set<String> roles = new TreeSet<>();
    roles.add(start.staffRole());
    for (Action a : px.actionsFrom(start.id())) {
      roles.addAll(a.allowedRoles());
    }
    boolean holds = false;
    for (String r : roles) {
      holds |= receiver.hasRole(r);
    }
    if (!receiver.agencyId().equals(receivingAgency) || !holds) {
      throw new ActionNotAllowedException(
          "",
          SUBMIT,
          receivingAgency,
          roles,
          "procedure "
              + px.procedure.code()
              + " v"
              + px.procedure.version()
              + " is received in agency '"
              + receivingAgency
              + "' by a holder of "
              + String.join(" or ", roles)
              + "; the receiving actor acts for agency '"
              + receiver.agencyId()
              + "' with roles "
              + new TreeSet<>(receiver.roles()));
    }
  }

  private Receipt receipt(Dossier d, boolean replayed) {
    ProcedureIndex px = ctx.index(d);
    Procedure p = px.procedure;
    CountingPolicy policy = px.dossierPolicy;
    WorkingCalendar cal = ctx.calendarOf(d);
    Instant start = ctx.calculator(cal).effectiveStart(d.receivedAt(), policy);
    // the promised date: the clock as it started, before any later pause or extension
    DeadlineClock first =
        DeadlineClock.replay(d.clock().limit(), policy, d.clock().entries().subList(0, 1));
    Instant due = replayed ? first.dueInstant(cal).orElseThrow() : d.dueAt().orElseThrow();
    return new Receipt(
        d,
        d.receivedAt(),
        start,
        due,
        replayed,
        () -> ctx.calculator(cal).compute(d.receivedAt(), p.timeLimit(), policy).explanation());
  }

  private Map<String, Object> validateAttributes(Procedure p, Map<String, Object> given) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : given.entrySet()) {
      out.put(e.getKey(), Attributes.declared(p, e.getKey(), e.getValue(), null));
    }
    for (AttributeDeclaration decl : p.attributes()) {
      if (decl.required() && !out.containsKey(decl.name())) {
        throw new InvalidAttributeException(
            p.code(),
            p.version(),
            decl.name(),
            "attribute '"
                + decl.name()
                + "' ("
                + decl.type()
                + ") is required by procedure "
                + p.code()
                + " v"
                + p.version()
                + " and was not given");
      }
    }
    return out;
  }

  private Map<String, String> bind(
      ProcedureIndex px, Map<String, String> explicit, Instant receivedAt) {
    Procedure p = px.procedure;
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : explicit.entrySet()) {
      if (!px.roles.containsKey(e.getKey())) {
        throw new AgencyBindingException(
            p.code(),
            e.getKey(),
            "agency role '"
                + e.getKey()
                + "' is not declared by procedure "
                + p.code()
                + " v"
                + p.version()
                + "; declared: "
                + String.join(", ", px.roles.keySet()));
      }
      if (!ctx.directory.isEmpty() && !ctx.directory.isValidAt(e.getValue(), receivedAt)) {
        throw new AgencyBindingException(
            p.code(),
            e.getKey(),
            "agency role '"
                + e.getKey()
                + "' is bound to agency '"
                + e.getValue()
                + "', which does not exist on "
                + receivedAt
                + ctx.directory
                    .ceasedBy(e.getValue())
                    .filter(r -> !receivedAt.isBefore(r.effectiveAt()))
                    .map(
                        r ->
                            " (it ceased in reorganisation '"
                                + r.id()
                                + "', "
                                + r.legalBasis()
                                + "); bind its successor '"
                                + ctx.directory.successorAt(e.getValue(), receivedAt)
                                + "'")
                    .orElse(" (it begins later)"));
      }
      out.put(e.getKey(), e.getValue());
    }
    boolean progress = true;
    while (progress) {
      progress = false;
      for (AgencyRole r : px.roles.values()) {
        if (out.containsKey(r.id()) || r.derivedFrom().isEmpty()) {
          continue;
        }
        String base = out.get(r.derivedFrom().get());
        if (base == null) {
          continue;
        }
        String agency = base;
        if (r.ancestorKind().isPresent()) {
          try {
            agency = ctx.directory.nearestAncestorOfKind(base, r.ancestorKind().get()).id();
          } catch (UnknownAgencyException ex) {
            throw new AgencyBindingException(
                p.code(),
                r.id(),
                "agency role '"
                    + r.id()
                    + "' is derived as the nearest '"
                    + r.ancestorKind().get()
                    + "' above the agency of role '"
                    + r.derivedFrom().get()
                    + "' ('"
                    + base
                    + "'), but "
                    + ex.getMessage()
                    + "; bind the role explicitly or complete the agency directory");
          }
        }
        out.put(r.id(), agency);
        progress = true;
      }
    }
    for (Step s : p.steps()) {
      if (!out.containsKey(s.agencyRole())) {
        // report the role the caller must bind: the root of the derivation chain
        String role = s.agencyRole();
        AgencyRole r = px.roles.get(role);
        while (r != null
            && r.derivedFrom().isPresent()
            && !out.containsKey(r.derivedFrom().get())) {
          role = r.derivedFrom().get();
          r = px.roles.get(role);
        }
        throw new AgencyBindingException(
            p.code(),
            role,
            "agency role '"
                + role
                + "' is not bound"
                + (role.equals(s.agencyRole())
                    ? " (step '" + s.id() + "' needs it)"
                    : " (role '"
                        + s.agencyRole()
                        + "' of step '"
                        + s.id()
                        + "' is derived from it)")
                + "; bind it in the submission");
      }
    }
    return out;
  }
}
