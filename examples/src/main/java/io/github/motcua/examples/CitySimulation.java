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
package io.github.motcua.examples;

import io.github.motcua.MotcuaException;
import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Reorganisation;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.ClockState;
import io.github.motcua.deadline.RemainingTime;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.DueSoonThreshold;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.engine.ReorganisationReport;
import io.github.motcua.engine.SubmitCommand;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.AgencyRole;
import io.github.motcua.procedure.ClockEffect;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.ProcedureFormat;
import io.github.motcua.procedure.Step;
import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.testing.SettableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The city scenario behind the demo: thousands of dossiers of four real procedures submitted over
 * simulated months (and the two weeks before them, so that some are carried over), worked by the
 * city's officers on a fake clock, with the engine's timers fired every simulated morning. Every
 * version of the procedures is loaded: a dossier gets the version in force on its day of receipt
 * and keeps it. When the simulated time crosses a reorganisation recorded in the city's directory
 * (1 July 2025 00:00), the engine's {@code reorganise} runs on that instant and moves the dossiers
 * in flight to the successor agencies (for a district that splits, the new commune of the dossier's
 * ward); dossiers received from then on are bound to the new agencies, received at their commune's
 * service centre, now and then at another commune's or the provincial one.
 *
 * <p>Everything is drawn from one seeded {@link Random} and happens in a fixed order (an agenda of
 * tasks ordered by instant, then by the order they were planned), so one seed always gives the same
 * dossiers, the same numbers and the same output. The engine never sees a random choice: it gets
 * commands, as from real officers:
 *
 * <ul>
 *   <li>submissions at the counter (in working hours, a quarter of them after 15:00) or online (at
 *       any hour, weekends and holidays included);
 *   <li>each step handled after a share of its budget drawn at random (one in eight takes 1.3 to 3
 *       times its budget); a step counted in calendar days (the public posting) after its days;
 *   <li>at a step that offers them: a rejection (4%), a supplement request (12%), a return for
 *       rework (6%); a leader who sees that the signing step and one more working day no longer fit
 *       before the due date extends the dossier once, with a letter of apology; the construction
 *       permit of a large or heritage house consults the ward and the culture office in parallel;
 *   <li>the applicant answers a supplement request or a payment notice after 1 to 10 days, or never
 *       (15%): then the timers stop the dossier after 30 days.
 * </ul>
 *
 * <p>On a store that already holds a city (a second run on the demo's database), the simulation
 * continues it: it simulates later months without the two weeks before, the stored dossiers still
 * open are the ones carried over and are worked on like the new ones, the stored timers fire on the
 * first morning. Dossier ids come from a store sequence, numbers from the engine's (store)
 * sequences, so neither collides with a stored one.
 */
final class CitySimulation {
  static final String BIRTH = "1.001193";
  static final String HOUSEHOLD = "2.000720";
  static final String PERMIT = "1.009972";
  static final String LAND = "1.003003";

  /** The folder of the jar (or class path) every shipped procedure file is read from. */
  static final String PROCEDURES = "procedures";

  private static final LocalTime MORNING = LocalTime.of(7, 0);
  private static final int WARM_UP_DAYS = 14;

  /**
   * What to simulate.
   *
   * @param seed the seed of every random choice
   * @param dossiers how many dossiers are submitted per month (a quarter of a month's more come in
   *     the two weeks before the first month of a new city)
   * @param month the first month simulated
   * @param months how many months are simulated, the statistics' period
   */
  record Settings(long seed, int dossiers, YearMonth month, int months) {
    static final int MAX_DOSSIERS = 20_000;
    static final int MAX_MONTHS = 24;

    Settings {
      if (dossiers < 1 || dossiers > MAX_DOSSIERS) {
        throw new IllegalArgumentException(
            "the number of dossiers per month must be 1 to " + MAX_DOSSIERS + "; got " + dossiers);
      }
      if (months < 1 || months > MAX_MONTHS) {
        throw new IllegalArgumentException(
            "the number of months must be 1 to " + MAX_MONTHS + "; got " + months);
      }
      if (month.getYear() < 2019 || month.plusMonths(months - 1L).getYear() > 2030) {
        throw new IllegalArgumentException(
            "the months simulated must lie in 2019 to 2030 (the calendar's announced and ruled"
                + " years); got "
                + month
                + (months > 1 ? " to " + month.plusMonths(months - 1L) : ""));
      }
    }

    /** The last month simulated. */
    YearMonth lastMonth() {
      return month.plusMonths(months - 1L);
    }

    /**
     * The default: 2025, the year of the reorganisation of 1 July, with the number of dossiers a
     * run on H2 simulates in well under a minute on a quiet machine.
     */
    static Settings defaults() {
      return new Settings(42, DEFAULT_DOSSIERS, YearMonth.of(2025, 1), 12);
    }
  }

  /**
   * The dossiers per month of the default run: a year of about 21,000 dossiers and 114,000 actions,
   * 40 s on H2 in a file on a quiet 2-core machine.
   */
  static final int DEFAULT_DOSSIERS = 1_700;

  /** What the officers, applicants and timers did, counted from the committed events. */
  static final class Tally {
    int submitted;
    int submittedInPeriod;
    int counter;
    int online;
    int afterThreePm;
    int transitions;
    int supplementRequests;
    int paymentNotices;
    int extensions;
    int rejections;
    int automaticStops;
    int dueSoonMarks;
    int overdueMarks;
    int timerRuns;
    int reorganisations;
    int movedByReorganisation;
    final Set<String> consulted = new HashSet<>();
    final List<String> refusals = new ArrayList<>();
  }

  private record Task(Instant at, long seq, Runnable run) {}

  /**
   * What a store holds of earlier runs: how many dossiers, the month of the latest receipt, and the
   * dossiers not finished, by number.
   *
   * @param dossiers how many dossiers are stored
   * @param lastMonth the month of the latest receipt, if any dossier is stored
   * @param open the dossiers not finished, by number
   */
  record StoredCity(int dossiers, Optional<YearMonth> lastMonth, List<Dossier> open) {
    /** Later than any dossier; within every database's timestamp range. */
    private static final Instant END_OF_TIME = Instant.parse("9999-01-01T00:00:00Z");

    /** Reads a store (every dossier, once). */
    static StoredCity read(DossierStore store, ZoneId zone) {
      int[] count = {0};
      Instant[] latest = {null};
      List<Dossier> open = new ArrayList<>();
      store.forEachInScope(
          new StatisticsScope(Optional.empty(), Optional.empty(), Instant.EPOCH, END_OF_TIME),
          d -> {
            count[0]++;
            if (latest[0] == null || d.receivedAt().isAfter(latest[0])) {
              latest[0] = d.receivedAt();
            }
            if (!d.isFinished()) {
              open.add(d);
            }
          });
      open.sort(Comparator.comparing(Dossier::number));
      return new StoredCity(
          count[0],
          Optional.ofNullable(latest[0]).map(at -> YearMonth.from(at.atZone(zone))),
          List.copyOf(open));
    }

    /** Whether there is a city to continue. */
    boolean isEmpty() {
      return dossiers == 0;
    }
  }

  private final Settings settings;
  private final Random random;
  private final City city = City.daNang();
  private final WorkingCalendar calendar = WorkingCalendar.vietnam();
  private final ZoneId zone = calendar.zone();
  private final ProcedureCatalog catalog;
  private final SettableClock clock;
  private final DossierEngine engine;
  private final StoredCity stored;
  private final PriorityQueue<Task> agenda =
      new PriorityQueue<>(Comparator.comparing(Task::at).thenComparingLong(Task::seq));
  private final Tally tally = new Tally();
  private final Map<String, Dossier> latest = new java.util.HashMap<>();
  private final LocalDate warmUpStart;
  private final LocalDate periodStart;
  private final LocalDate periodEnd;
  private final Instant end;
  private long taskSeq;
  private int plannedSubmissions;

  private CitySimulation(Settings settings, DossierStore store, StoredCity stored) {
    this.settings = settings;
    this.stored = stored;
    this.random = new Random(settings.seed());
    this.periodStart = settings.month().atDay(1);
    this.periodEnd = settings.month().plusMonths(settings.months()).atDay(1);
    this.warmUpStart = stored.isEmpty() ? periodStart.minusDays(WARM_UP_DAYS) : periodStart;
    this.end = periodEnd.atStartOfDay(zone).toInstant();
    this.catalog = loadProcedures();
    this.clock = SettableClock.at(warmUpStart.atStartOfDay(zone).toInstant(), zone);
    this.engine =
        DossierEngine.builder()
            .catalog(catalog)
            .calendar(calendar)
            .agencies(city.directory())
            .clock(clock)
            .store(store)
            .ids(() -> String.format("d%06d", store.nextSequence(ID_SEQUENCE)))
            .dueSoon(DueSoonThreshold.percentOfBudget(20))
            .listener(this::onEvents)
            .build();
  }

  /** The store sequence dossier ids are drawn from. */
  static final String ID_SEQUENCE = "city-demo/dossier-id";

  /** Runs a simulation to the end of its last month on a new in-memory store. */
  static CitySimulation run(Settings settings) {
    return run(settings, new InMemoryDossierStore());
  }

  /**
   * Runs a simulation to the end of its last month on a store; a store that holds a city already is
   * continued.
   *
   * @throws IllegalArgumentException if the store holds a city whose latest receipt is in the month
   *     simulated or later: simulated time only moves forward
   */
  static CitySimulation run(Settings settings, DossierStore store) {
    return run(settings, store, StoredCity.read(store, WorkingCalendar.vietnam().zone()));
  }

  /** Runs a simulation on a store already read. */
  static CitySimulation run(Settings settings, DossierStore store, StoredCity stored) {
    return run(
        settings,
        store,
        stored,
        Progress.on(new java.io.PrintStream(OutputStream.nullOutputStream())));
  }

  /** Runs a simulation on a store already read, telling its progress. */
  static CitySimulation run(
      Settings settings, DossierStore store, StoredCity stored, Progress progress) {
    if (stored.lastMonth().filter(m -> !m.isBefore(settings.month())).isPresent()) {
      throw new IllegalArgumentException(
          "the store already holds the city up to "
              + stored.lastMonth().get()
              + "; simulated time only moves forward: simulate "
              + stored.lastMonth().get().plusMonths(1)
              + " or later, or start over");
    }
    CitySimulation sim = new CitySimulation(settings, store, stored);
    sim.plan();
    progress.phase(
        "simulating "
            + settings.month()
            + (settings.months() > 1 ? " to " + settings.lastMonth() : "")
            + ", "
            + sim.plannedSubmissions
            + " dossiers");
    sim.loop(progress);
    progress.end();
    return sim;
  }

  /**
   * Reads every procedure file (every version) in the jar's {@code procedures/} folder into a
   * catalog, by listing the folder: a version added there is picked up without a code change.
   */
  static ProcedureCatalog loadProcedures() {
    ProcedureCatalog catalog = new ProcedureCatalog();
    for (String file : procedureFiles()) {
      String resource = "/" + PROCEDURES + "/" + file;
      try (InputStream in = CitySimulation.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("procedure " + resource + " is missing from the jar");
        }
        catalog.add(ProcedureFormat.yaml().read(in, resource));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return catalog;
  }

  /**
   * The names of the procedure files ({@code *.yaml}) in the {@code procedures/} folder of the jar
   * or of the class path, sorted.
   */
  static List<String> procedureFiles() {
    URL url = CitySimulation.class.getResource("/" + PROCEDURES);
    if (url == null) {
      throw new IllegalStateException("the folder " + PROCEDURES + "/ is missing from the jar");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return yamlFiles(jar.getPath("/" + PROCEDURES));
        }
      }
      return yamlFiles(Path.of(uri));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .toList();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors for the report

  Settings settings() {
    return settings;
  }

  City city() {
    return city;
  }

  DossierEngine engine() {
    return engine;
  }

  WorkingCalendar calendar() {
    return calendar;
  }

  ProcedureCatalog catalog() {
    return catalog;
  }

  Tally tally() {
    return tally;
  }

  /** What the store held before this run; empty on a new store. */
  StoredCity stored() {
    return stored;
  }

  /**
   * The first instant simulated: 00:00 two weeks before the first month, or on its first day when a
   * stored city is continued.
   */
  Instant start() {
    return warmUpStart.atStartOfDay(zone).toInstant();
  }

  /** The start of the first month, inclusive. */
  Instant periodFrom() {
    return periodStart.atStartOfDay(zone).toInstant();
  }

  /** The end of the last month and of the simulation, exclusive: 00:00 on the first of the next. */
  Instant end() {
    return end;
  }

  /**
   * Every dossier the simulation submitted or worked on, by number: on a continued city also the
   * stored dossiers still open at the start.
   */
  List<Dossier> dossiers() {
    List<Dossier> all = new ArrayList<>();
    engine
        .store()
        .forEachInScope(
            new StatisticsScope(Optional.empty(), Optional.empty(), start(), end), all::add);
    all.sort(Comparator.comparing(Dossier::number));
    return all;
  }

  // ---------------------------------------------------------------------------------------------
  // Planning

  private void schedule(Instant at, Runnable run) {
    agenda.add(new Task(at, taskSeq++, run));
  }

  private void plan() {
    for (LocalDate day = warmUpStart; day.isBefore(periodEnd); day = day.plusDays(1)) {
      schedule(day.atTime(MORNING).atZone(zone).toInstant(), this::fireTimers);
    }
    // the reorganisations that take effect in the simulated time, run on their instant
    Instant first = start();
    city.directory().reorganisations().stream()
        .map(Reorganisation::effectiveAt)
        .filter(at -> !at.isBefore(first) && at.isBefore(end))
        .distinct()
        .forEach(at -> schedule(at, () -> reorganise(at)));
    // the stored city's open dossiers are worked on like those received in this run
    for (Dossier d : stored.open()) {
      for (StepInstance s : d.activeSteps()) {
        planHandling(d, s);
      }
    }
    int total = settings.dossiers() * settings.months();
    int warmUp = stored.isEmpty() ? Math.max(1, settings.dossiers() / 4) : 0;
    List<LocalDate> warmDays = warmUp > 0 ? workingDays(warmUpStart, periodStart) : List.of();
    List<LocalDate> periodDays = workingDays(periodStart, periodEnd);
    for (int i = 0; i < warmUp + total; i++) {
      boolean inPeriod = i >= warmUp;
      LocalDate from = inPeriod ? periodStart : warmUpStart;
      LocalDate to = inPeriod ? periodEnd : periodStart;
      String code = pick(new String[] {BIRTH, HOUSEHOLD, PERMIT, LAND}, new int[] {30, 25, 20, 25});
      Channel channel =
          random.nextInt(100) < (code.equals(BIRTH) ? 15 : 45) ? Channel.ONLINE : Channel.COUNTER;
      Instant at;
      if (channel == Channel.COUNTER) {
        List<LocalDate> days = inPeriod ? periodDays : warmDays;
        LocalDate day = days.get(random.nextInt(days.size()));
        at = calendar.addWorkingTime(calendar.openingInstant(day), minutes(random.nextInt(480)));
      } else {
        long span = Duration.between(startOf(from), startOf(to)).toMinutes();
        at = startOf(from).plus(minutes(random.nextLong(span)));
      }
      Procedure version = catalog.requireInForce(code, LocalDate.ofInstant(at, zone));
      SubmitCommand.Builder cmd =
          SubmitCommand.builder(code, String.format("a-%08x", random.nextInt())).channel(channel);
      Map<String, String> places = places(at, channel);
      for (AgencyRole role : version.agencyRoles()) {
        if (role.derivedFrom().isEmpty()) {
          String agency = places.get(role.id());
          if (agency == null) {
            throw new IllegalStateException(
                "the demo city has no agency for role '"
                    + role.id()
                    + "' of procedure "
                    + code
                    + " v"
                    + version.version());
          }
          cmd.bind(role.id(), agency);
        }
      }
      switch (code) {
        case BIRTH ->
            cmd.attribute("birthDate", LocalDate.ofInstant(at, zone).minusDays(random.nextInt(60)));
        case HOUSEHOLD ->
            cmd.attribute("capital", 50 + random.nextInt(40) * 50)
                .attribute("conditionalBusiness", random.nextInt(5) == 0);
        case PERMIT -> {
          int floors = random.nextInt(10) < 6 ? 1 + random.nextInt(2) : 3 + random.nextInt(4);
          cmd.attribute("floors", floors)
              .attribute("floorArea", floors * (60 + random.nextInt(90)))
              .attribute("heritageZone", random.nextInt(10) == 0);
          if (version.attribute("plannedArea").isPresent()) {
            // from 1 July 2026 (v3) a house outside the listed planning areas, under 7 storeys and
            // 500 m2, needs no permit (Luật Xây dựng 135/2025/QH15 art. 43(2)(g)): the form says
            // whether the site is in one of those areas
            cmd.attribute("plannedArea", random.nextInt(10) < 4);
          }
        }
        default ->
            cmd.attribute("area", 60 + random.nextInt(540))
                .attribute(
                    "landOrigin",
                    new String[] {"allocated", "inherited", "transferred"}[random.nextInt(3)])
                .attribute(
                    "inUseSince",
                    LocalDate.of(1980 + random.nextInt(30), 1 + random.nextInt(12), 1));
      }
      Step start = version.step(version.startStep()).orElseThrow();
      String receiving = places.get(start.agencyRole());
      if (receiving == null) {
        // a derived role (the district above the ward)
        receiving = city.directory().nearestAncestorOfKind(places.get("ward"), "district").id();
      }
      String receiverRole = start.staffRole();
      if (channel == Channel.COUNTER) {
        List<Actor> desk = city.officers(receiving, receiverRole);
        cmd.receivedBy(desk.get(random.nextInt(desk.size())));
      } else {
        // online: the national portal's system account acting for the receiving agency
        cmd.receivedBy(Actor.of("system.portal", receiving, receiverRole));
      }
      SubmitCommand command = cmd.build();
      boolean counted = inPeriod;
      schedule(at, () -> submit(command, counted));
    }
    plannedSubmissions = warmUp + total;
  }

  /**
   * The agencies a dossier received at an instant is bound to, by agency role: under the district
   * structure the ward of residence (site, parcel), its district's culture office and land office
   * branch; from 1 July 2025 the commune, the centre that received the dossier (its own commune's
   * centre, now and then another commune's or the provincial centre: receipt regardless of
   * administrative boundary, Nghị định 118/2025/NĐ-CP), the commune's business registration office
   * and the land office branch of its area. The tax authority is the same throughout.
   */
  private Map<String, String> places(Instant at, Channel channel) {
    Map<String, String> places = new java.util.HashMap<>();
    places.put("tax", City.TAX);
    if (at.isBefore(City.TWO_TIER)) {
      City.Ward ward = city.wards().get(random.nextInt(city.wards().size()));
      City.District district = city.district(ward.districtId());
      places.put("ward", ward.id());
      places.put("culture", district.cultureOfficeId());
      places.put("land-office", district.landOfficeId());
      return places;
    }
    List<City.Commune> communes = city.inhabitedCommunes();
    City.Commune commune = communes.get(random.nextInt(communes.size()));
    String centre = commune.centreId();
    int r = random.nextInt(100);
    if (channel == Channel.COUNTER && r < 8) {
      centre = City.PROVINCIAL_CENTRE;
    } else if (channel == Channel.COUNTER && r < 20) {
      centre = communes.get(random.nextInt(communes.size())).centreId();
    }
    places.put("commune", commune.id());
    places.put("centre", centre);
    places.put("registrar", commune.registrarId());
    places.put("land-office", commune.landOfficeId());
    return places;
  }

  /** Moves the dossiers in flight to the successors of every reorganisation effective at once. */
  private void reorganise(Instant at) {
    Actor system = Actor.of("system.reorganisation", "dn", "administrator");
    for (Reorganisation r : city.directory().reorganisations()) {
      if (r.effectiveAt().equals(at)) {
        ReorganisationReport report = engine.reorganise(r.id(), system, city.successorChooser());
        tally.reorganisations++;
        tally.movedByReorganisation += report.moved();
      }
    }
  }

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  private List<LocalDate> workingDays(LocalDate from, LocalDate to) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        days.add(d);
      }
    }
    if (days.isEmpty()) {
      throw new IllegalStateException("no working day from " + from + " to " + to);
    }
    return days;
  }

  private String pick(String[] values, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private static Duration minutes(long n) {
    return Duration.ofMinutes(n);
  }

  // ---------------------------------------------------------------------------------------------
  // Running

  private void loop(Progress progress) {
    double span = Duration.between(start(), end).toMinutes();
    LocalDate shownDay = null;
    while (!agenda.isEmpty() && agenda.peek().at().isBefore(end)) {
      Task t = agenda.poll();
      moveClockTo(t.at());
      LocalDate today = LocalDate.ofInstant(t.at(), zone);
      if (!today.equals(shownDay)) {
        shownDay = today;
        progress.done(
            Duration.between(start(), t.at()).toMinutes() / span,
            today + ", " + tally.submitted + " dossiers received");
      }
      t.run().run();
    }
    moveClockTo(end);
    fireTimers();
  }

  /** Moves the clock forward to an instant; advance refuses to go back, a bug of the simulation. */
  private void moveClockTo(Instant instant) {
    clock.advance(Duration.between(clock.instant(), instant));
  }

  private void fireTimers() {
    engine.fireDueTimers(clock.instant());
    tally.timerRuns++;
  }

  private void submit(SubmitCommand cmd, boolean inMonth) {
    Instant now = clock.instant();
    tally.submitted++;
    if (inMonth) {
      tally.submittedInPeriod++;
    }
    if (cmd.channel() == Channel.COUNTER) {
      tally.counter++;
    } else {
      tally.online++;
    }
    LocalDate day = LocalDate.ofInstant(now, zone);
    if (calendar.isWorkingDay(day)
        && !now.atZone(zone).toLocalTime().isBefore(LocalTime.of(15, 0))) {
      tally.afterThreePm++;
    }
    try {
      engine.submit(cmd);
    } catch (MotcuaException e) {
      tally.refusals.add("submit " + cmd.procedureCode() + ": " + e.getMessage());
    }
  }

  /**
   * Counts what happened and plans who handles each step entered; keeps the dossier as committed,
   * so that an officer's next look at it needs no read from the store (every change of the
   * simulation's dossiers goes through this engine, whose listener sees each one in order).
   */
  private void onEvents(Dossier d, List<DossierEvent> events) {
    if (d.isFinished()) {
      latest.remove(d.id());
    } else {
      latest.merge(d.id(), d, (old, now) -> now.version() >= old.version() ? now : old);
    }
    for (DossierEvent e : events) {
      switch (e.type()) {
        case STEP_ENTERED -> {
          if (e.detail(DossierEvent.DETAIL_BLOCK).isPresent()) {
            tally.consulted.add(d.id());
          }
          d.activeStep(e.stepInstanceId().orElseThrow()).ifPresent(s -> planHandling(d, s));
        }
        case ACTION_PERFORMED -> tally.transitions++;
        case PAUSED -> {
          if (d.status() == DossierStatus.FINANCIAL_OBLIGATION_REQUESTED) {
            tally.paymentNotices++;
          } else {
            tally.supplementRequests++;
          }
        }
        case EXTENDED -> tally.extensions++;
        case COMPLETED -> {
          String outcome = e.detail(DossierEvent.DETAIL_OUTCOME).orElse("");
          if (outcome.equals(Outcome.REJECTED.name())) {
            tally.rejections++;
          }
          if (e.userId().filter(Actor.SYSTEM_USER::equals).isPresent()) {
            tally.automaticStops++;
          }
        }
        case DUE_SOON -> tally.dueSoonMarks++;
        case OVERDUE -> tally.overdueMarks++;
        default -> {}
      }
    }
  }

  /** Plans when someone acts at a step just entered. */
  private void planHandling(Dossier d, StepInstance s) {
    Instant now = clock.instant();
    Step step = engine.procedureOf(d).step(s.stepId()).orElseThrow();
    String dossierId = d.id();
    String instanceId = s.id();
    Instant at;
    if (d.clock().state() == ClockState.PAUSED) {
      // waiting for the applicant: an answer in 1 to 10 days, or never (the timers stop it)
      if (random.nextInt(100) < 15) {
        return;
      }
      Instant answer = now.plus(minutes(24 * 60 + random.nextInt(9 * 24 * 60)));
      at = calendar.addWorkingTime(answer, minutes(15 + random.nextInt(180)));
    } else if (step.budget().unit() == TimeLimit.Unit.CALENDAR_DAYS) {
      Instant after = now.plus(Duration.ofDays(step.budget().amount().longValue()));
      at = calendar.addWorkingTime(after, minutes(30 + random.nextInt(240)));
    } else {
      long budget = step.budget().toWorkingTime(calendar.standardDay()).toMinutes();
      // steps at another agency than the one that received the dossier (liên thông) run late more
      int slow = s.agencyId().equals(d.receivingAgencyId()) ? 12 : 25;
      int r = random.nextInt(100);
      double share;
      if (r >= 100 - slow) {
        share = 1.3 + 2.2 * random.nextDouble();
      } else if (r < 65) {
        share = 0.15 + 0.65 * random.nextDouble();
      } else {
        share = 0.8 + 0.5 * random.nextDouble();
      }
      at = calendar.addWorkingTime(now, minutes(Math.max(5, Math.round(budget * share))));
    }
    schedule(at, () -> handle(dossierId, instanceId));
  }

  /** An officer acts at a step instance, if it is still active. */
  private void handle(String dossierId, String instanceId) {
    Dossier known = latest.get(dossierId);
    Dossier d = known != null ? known : engine.get(dossierId);
    Optional<StepInstance> at = d.activeStep(instanceId);
    if (at.isEmpty()) {
      return;
    }
    StepInstance s = at.get();
    Procedure p = engine.procedureOf(d);
    Optional<Action> chosen = choose(d, s, p);
    if (chosen.isEmpty()) {
      tally.refusals.add(
          "dossier " + d.number() + ": no action to take at step '" + s.stepId() + "'");
      return;
    }
    Action a = chosen.get();
    Iterable<String> roles = a.allowedRoles().isEmpty() ? Set.of(s.staffRole()) : a.allowedRoles();
    Optional<Actor> actor = city.officer(s.agencyId(), roles, random);
    if (actor.isEmpty()) {
      tally.refusals.add("no officer at " + s.agencyId() + " may perform '" + a.id() + "'");
      return;
    }
    PerformCommand.Builder cmd =
        PerformCommand.builder(d.id(), a.id(), actor.get(), d.version()).at(s.id());
    if (a.clockEffect() == ClockEffect.EXTEND) {
      RemainingTime left = d.clock().remaining(calendar, clock.instant());
      long late = left.isOverdue() ? left.days() + 1 : 0;
      cmd.extension(TimeLimit.workingDays(3 + late))
          .comment("Phiếu xin lỗi và hẹn lại ngày trả kết quả (letter of apology, new date)");
    } else if (a.clockEffect() == ClockEffect.PAUSE) {
      cmd.comment(
          p.step(a.to().orElseThrow()).orElseThrow().status()
                  == DossierStatus.FINANCIAL_OBLIGATION_REQUESTED
              ? "Thông báo nộp nghĩa vụ tài chính (payment notice)"
              : "Yêu cầu bổ sung giấy tờ còn thiếu (documents missing)");
    } else if (a.outcome().isPresent() && a.outcome().get() == Outcome.REJECTED) {
      cmd.comment("Không đủ điều kiện theo quy định (does not meet the conditions)");
    } else if (a.reasonRequired()) {
      cmd.comment("Cần chỉnh sửa, hoàn thiện (to be corrected)");
    }
    try {
      engine.perform(cmd.build());
    } catch (MotcuaException e) {
      tally.refusals.add("dossier " + d.number() + ": " + e.getMessage());
    }
  }

  /**
   * What an officer does at a step: the only way on, or now and then a rejection, a supplement
   * request or a return for rework; an extension when the dossier is due within a working day.
   */
  private Optional<Action> choose(Dossier d, StepInstance s, Procedure p) {
    ClockState state = d.clock().state();
    List<Action> forward = new ArrayList<>();
    List<Action> pause = new ArrayList<>();
    List<Action> reject = new ArrayList<>();
    List<Action> rework = new ArrayList<>();
    Action extend = null;
    Action resume = null;
    Map<String, Integer> rounds = d.actionRounds();
    for (Action a : p.actionsFrom(s.stepId())) {
      if (a.isAutomatic()
          || (a.guard().isPresent() && !a.guard().get().test(d.attributes()))
          || (a.maxRounds().isPresent()
              && rounds.getOrDefault(a.id(), 0) >= a.maxRounds().getAsInt())) {
        continue;
      }
      switch (a.clockEffect()) {
        case RESUME -> resume = state == ClockState.PAUSED ? a : resume;
        case EXTEND -> {
          if (state == ClockState.RUNNING && d.extensions() < p.extensionPolicy().maxExtensions()) {
            extend = a;
          }
        }
        case PAUSE -> {
          if (state == ClockState.RUNNING
              && (!p.requestsSupplement(a)
                  || d.supplementRounds() < p.supplementPolicy().maxRounds())) {
            pause.add(a);
          }
        }
        default -> {
          if (a.outcome().filter(o -> o == Outcome.REJECTED).isPresent()) {
            reject.add(a);
          } else if (a.reasonRequired() && a.outcome().isEmpty()) {
            rework.add(a);
          } else {
            forward.add(a);
          }
        }
      }
    }
    if (state == ClockState.PAUSED) {
      return Optional.ofNullable(resume);
    }
    if (extend != null) {
      // the leader extends when this step and one more working day no longer fit before the due
      Duration left = d.clock().remaining(calendar, clock.instant()).workingTime();
      Duration needed =
          p.step(s.stepId())
              .orElseThrow()
              .budget()
              .toWorkingTime(calendar.standardDay())
              .plus(calendar.standardDay());
      if (left.compareTo(needed) < 0) {
        return Optional.of(extend);
      }
    }
    int r = random.nextInt(100);
    if (!reject.isEmpty() && r < 4) {
      return Optional.of(reject.get(0));
    }
    if (!pause.isEmpty() && !forward.isEmpty() && r < 16) {
      return Optional.of(pause.get(0));
    }
    if (!rework.isEmpty() && r < 22) {
      return Optional.of(rework.get(0));
    }
    if (!forward.isEmpty()) {
      return Optional.of(forward.get(0));
    }
    if (!pause.isEmpty()) {
      return Optional.of(pause.get(0));
    }
    return reject.stream().findFirst();
  }
}
