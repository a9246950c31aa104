package io.github.motcua.engine;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every collaborator of {@link DossierEngine} shares: the store, the catalog and the index of
 * its procedure versions, the calendar, the clock, the listeners and the engine's settings. Set
 * once when the engine is built; thread-safe (the index cache is a concurrent map of immutable
 * indexes).
 */
final class EngineContext {
  /** Every part of the engine logs under the facade's name, which is what users configure. */
  static final Logger LOG = LoggerFactory.getLogger(DossierEngine.class);

  private record ProcKey(String code, int version) {}

  final DossierStore store;
  final ProcedureCatalog catalog;
  final WorkingCalendar calendar;
  final DeadlineCalculator calculator;
  final AgencyDirectory directory;
  final Clock clock;
  final List<DossierEventListener> listeners;
  final DossierNumberPattern numberPattern;
  final DueSoonThreshold dueSoon;
  final Supplier<String> ids;
  final int timerBatch;

  /** Who claims timers: a random id per engine instance. */
  final String node = "engine-" + Long.toHexString(new java.security.SecureRandom().nextLong());

  /** How long a claim of due timers holds before another node may take them over. */
  final Duration timerLease = Duration.ofMinutes(5);

  private final ConcurrentHashMap<ProcKey, ProcedureIndex> indexes = new ConcurrentHashMap<>();

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
    this.listeners = List.copyOf(listeners);
    this.numberPattern = numberPattern;
    this.dueSoon = dueSoon;
    this.ids = ids;
    this.timerBatch = timerBatch;
  }

  /** Loads a dossier that must exist. */
  Dossier get(String dossierId) {
    return store.load(dossierId).orElseThrow(() -> new DossierNotFoundException(dossierId));
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

  /** Publishes committed events to every listener; a failing listener is logged, not rethrown. */
  void publish(Dossier d, List<DossierEvent> events) {
    for (DossierEventListener l : listeners) {
      try {
        l.onEvents(d, events);
      } catch (RuntimeException e) {
        LOG.warn(
            "event listener {} failed on dossier {} (events {} to {}); the change is committed",
            l.getClass().getName(),
            d.id(),
            events.get(0).sequence(),
            events.get(events.size() - 1).sequence(),
            e);
      }
    }
  }

  /** When a clock due at {@code due} becomes due soon, by the engine's threshold. */
  Instant dueSoonAt(DeadlineClock clock, Instant due) {
    return dueSoon.dueSoonAt(calendar, due, dueSoon.usesBudget() ? budget(clock) : Duration.ZERO);
  }

  /**
   * A clock's budget: for a clock counted in working time and never extended, its limit as working
   * time (what {@link DeadlineClock#budget} finds, without its calendar search); else the clock's.
   */
  Duration budget(DeadlineClock clock) {
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
  Instant after(Instant start, TimeLimit wait) {
    if (wait.unit() == TimeLimit.Unit.CALENDAR_DAYS) {
      return start.plus(Duration.ofDays(wait.amount().longValueExact()));
    }
    return calendar.addWorkingTime(start, wait.toWorkingTime(calendar.standardDay()));
  }
}
