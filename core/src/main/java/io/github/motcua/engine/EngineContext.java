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

import io.github.motcua.RefusedException;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.ClockEntry;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.DeadlineCalculator;
import io.github.motcua.deadline.DeadlineClock;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.DossierNotFoundException;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.DossierEventListener;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.IdempotencyRecord;
import io.github.motcua.spi.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * What every collaborator of {@link DossierEngine} shares: the store, the catalog and the index of
 * its procedure versions, the calendar, the clock, the listeners and the engine's settings. Set
 * once when the engine is built; thread-safe (the index cache is a concurrent map of immutable
 * indexes).
 */
final class EngineContext {
  private record ProcKey(String code, int version) {}

  final DossierStore store;
  final ProcedureCatalog catalog;

  /** The engine's calendar: for agencies the directory gives none. */
  final WorkingCalendar calendar;

  final DeadlineCalculator calculator;
  final AgencyDirectory directory;
  final Clock clock;
  final EventDispatcher dispatcher;
  final DossierNumberPattern numberPattern;
  final DueSoonThreshold dueSoon;
  final Supplier<String> ids;
  final int timerBatch;

  /** Who claims timers: a random id per engine instance. */
  final String node = "engine-" + Long.toHexString(new java.security.SecureRandom().nextLong());

  /** How long a claim of due timers holds before another node may take them over. */
  final Duration timerLease = Duration.ofMinutes(5);

  private final ConcurrentHashMap<ProcKey, ProcedureIndex> indexes = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<WorkingCalendar, DeadlineCalculator> calculators =
      new ConcurrentHashMap<>();

  EngineContext(
      DossierStore store,
      ProcedureCatalog catalog,
      WorkingCalendar calendar,
      AgencyDirectory directory,
      Clock clock,
      List<DossierEventListener> listeners,
      DossierNumberPattern numberPattern,
      DueSoonThreshold dueSoon,
      Supplier<String> ids,
      int timerBatch) {
    this.store = store;
    this.catalog = catalog;
    this.calendar = calendar;
    this.calculator = DeadlineCalculator.on(calendar);
    this.directory = directory;
    this.clock = clock;
    this.dispatcher = new EventDispatcher(listeners);
    this.numberPattern = numberPattern;
    this.dueSoon = dueSoon;
    this.ids = ids;
    this.timerBatch = timerBatch;
  }

  /** Loads a dossier that must exist. */
  Dossier get(String dossierId) {
    return store.load(dossierId).orElseThrow(() -> new DossierNotFoundException(dossierId));
  }

  /**
   * Decides a command whose caller names the dossier version it saw, and returns the decision's
   * result. The one way every such command (action, undo, assignment, attribute update, document,
   * withdrawal, stop) reaches its dossier: on the store's {@linkplain DossierStore#cached cached}
   * snapshot at that version when the store holds one, which saves the read, else on the loaded
   * one.
   *
   * <p>A decision taken on the cached snapshot stands only when the store's compare-and-set accepts
   * its change, which proves the dossier was still at that version. When it is refused, by a rule
   * or by that compare-and-set, it is decided again on the loaded snapshot, so the caller gets the
   * refusal a read would have given (a stale version, or a stranger to the dossier as it is now):
   * the refused attempt wrote nothing. A decision must therefore store its change last and do
   * nothing before it that a second attempt would repeat wrongly; numbers taken from a sequence may
   * be lost, which sequences allow.
   *
   * @throws DossierNotFoundException if the dossier is not stored
   */
  <T> T decide(String dossierId, long expectedVersion, Function<Dossier, T> decision) {
    Optional<Dossier> cached = store.cached(dossierId, expectedVersion);
    if (cached.isPresent() && cached.get().version() == expectedVersion) {
      try {
        return decision.apply(cached.get());
      } catch (RefusedException refusedOnTheCachedSnapshot) {
        // decided again below, on what is stored now
      }
    }
    return decision.apply(get(dossierId));
  }

  ProcedureIndex index(Dossier d) {
    return index(d.procedureCode(), d.procedureVersion());
  }

  ProcedureIndex index(Procedure p) {
    return indexes.computeIfAbsent(new ProcKey(p.code(), p.version()), k -> new ProcedureIndex(p));
  }

  ProcedureIndex index(String code, int version) {
    ProcKey key = new ProcKey(code, version);
    ProcedureIndex px = indexes.get(key);
    if (px == null) {
      px =
          indexes.computeIfAbsent(
              key, k -> new ProcedureIndex(catalog.requireVersion(code, version)));
    }
    return px;
  }

  /**
   * The engine's now, truncated to microseconds: every instant the engine records has at most
   * microsecond precision, which every SQL store keeps exactly.
   */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** The MDC key under which the engine's log lines carry the dossier id. */
  static final String MDC_DOSSIER = "motcua.dossier";

  /** The MDC key under which the engine's log lines carry the dossier number, once loaded. */
  static final String MDC_NUMBER = "motcua.number";

  /**
   * Puts a loaded dossier's number in the MDC of the command running (see {@link #withDossier}).
   */
  static void loaded(Dossier d) {
    MDC.put(MDC_NUMBER, d.number());
  }

  /**
   * Runs work with the dossier id (and, once {@link #loaded}, its number) in the logging MDC: ids
   * and numbers only, never personal data. Restores the MDC as it was, so that a listener's own
   * command inside another one does not lose the outer dossier's keys.
   */
  static <T> T withDossier(String dossierId, Supplier<T> work) {
    String previousId = MDC.get(MDC_DOSSIER);
    String previousNumber = MDC.get(MDC_NUMBER);
    MDC.put(MDC_DOSSIER, dossierId);
    MDC.remove(MDC_NUMBER);
    try {
      return work.get();
    } finally {
      restore(MDC_DOSSIER, previousId);
      restore(MDC_NUMBER, previousNumber);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }

  /** Runs a unit of work in the store's transaction (joining the caller's, if one is open). */
  <T> T inTransaction(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  /**
   * Stores a change of a dossier against the version {@code v} it was computed from (0: a new
   * dossier), with its events and idempotency record, and has its events published once the
   * transaction commits (never if it rolls back). The one path every change of an existing dossier
   * takes: actions, undos, timers. Runs inside a unit of work.
   *
   * @throws io.github.motcua.dossier.StaleDossierVersionException if someone changed it first
   * @throws io.github.motcua.dossier.IdempotencyKeyConflictException if the key was recorded first
   */
  void store(long v, Dossier next, List<DossierEvent> events, Optional<IdempotencyRecord> rec) {
    dispatcher.inFlight(next.id(), v);
    boolean stored = false;
    try {
      if (v == 0) {
        store.insert(next, events, rec);
      } else {
        store.update(next, v, events, rec);
      }
      stored = true;
    } finally {
      if (!stored) {
        dispatcher.abandoned(next.id(), v);
      }
    }
    Transactions tx = store.transactions();
    tx.afterRollback(() -> dispatcher.abandoned(next.id(), v));
    tx.afterCommit(() -> dispatcher.committed(v, next, events));
  }

  /**
   * The working calendar an agency counts on: its own or an ancestor's from the agency directory,
   * else the engine's calendar. A step's clock counts on the calendar of the agency the step is
   * bound to; the dossier's clock on that of the agency competent for the dossier.
   */
  WorkingCalendar calendarOf(String agencyId) {
    return directory.calendarOf(agencyId).orElse(calendar);
  }

  /** The calendar of a dossier's own clock: its competent agency's. */
  WorkingCalendar calendarOf(Dossier d) {
    return calendarOf(d.competentAgencyId());
  }

  /** The deadline calculator of a calendar (one per calendar, kept). */
  DeadlineCalculator calculator(WorkingCalendar cal) {
    return cal == calendar ? calculator : calculators.computeIfAbsent(cal, DeadlineCalculator::on);
  }

  /** When a clock due at {@code due} becomes due soon, by the engine's threshold. */
  Instant dueSoonAt(WorkingCalendar cal, DeadlineClock clock, Instant due) {
    return dueSoon.dueSoonAt(cal, due, dueSoon.usesBudget() ? budget(cal, clock) : Duration.ZERO);
  }

  /**
   * A clock's budget: for a clock counted in working time and never extended, its limit as working
   * time (what {@link DeadlineClock#budget} finds, without its calendar search); else the clock's.
   */
  Duration budget(WorkingCalendar calendar, DeadlineClock clock) {
    if (clock.policy().appliedRule(clock.limit()) == CountingRule.WORKING_TIME) {
      boolean extended = false;
      for (ClockEntry e : clock.entries()) {
        extended |= e.kind() == ClockEntry.Kind.EXTEND;
      }
      if (!extended) {
        return clock.limit().toWorkingTime(calendar.standardDay());
      }
    }
    return clock.budget(calendar);
  }

  /** The instant a wait of {@code wait} from {@code start} ends: calendar days or working time. */
  Instant after(WorkingCalendar calendar, Instant start, TimeLimit wait) {
    if (wait.unit() == TimeLimit.Unit.CALENDAR_DAYS) {
      return start.plus(Duration.ofDays(wait.amount().longValueExact()));
    }
    return calendar.addWorkingTime(start, wait.toWorkingTime(calendar.standardDay()));
  }

  /**
   * The date of an instant given from outside (a reception instant, the instant timers fire at),
   * refused when it lies outside the dates a working calendar counts: an instant such as {@link
   * Instant#MIN} has no date at all, and one near {@link Instant#MAX} cannot take a lease or a
   * budget added to it.
   *
   * @param what what the instant is, for the message
   * @param instant the instant
   * @param zone the zone of its date
   * @return its date
   * @throws io.github.motcua.calendar.DateOutOfRangeException if outside {@link
   *     io.github.motcua.calendar.WorkingCalendar#MIN_DATE} to {@link
   *     io.github.motcua.calendar.WorkingCalendar#MAX_DATE}
   */
  static java.time.LocalDate dateWithinCalendars(
      String what, Instant instant, java.time.ZoneId zone) {
    java.time.LocalDate first = io.github.motcua.calendar.WorkingCalendar.MIN_DATE;
    java.time.LocalDate last = io.github.motcua.calendar.WorkingCalendar.MAX_DATE;
    Instant min = first.atStartOfDay(zone).toInstant();
    Instant max = last.plusDays(1).atStartOfDay(zone).toInstant();
    if (instant.isBefore(min) || !instant.isBefore(max)) {
      throw new io.github.motcua.calendar.DateOutOfRangeException(
          what, instant.isBefore(min) ? first.minusDays(1) : last.plusDays(1), first, last);
    }
    return java.time.LocalDate.ofInstant(instant, zone);
  }
}
