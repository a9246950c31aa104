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
package io.github.motcua.calendar;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.motcua.calendar.SpecialDay.Kind;
import io.github.motcua.calendar.SpecialDay.Origin;
import io.github.motcua.internal.text.DefinitionText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A holiday schedule as the government announced it (lịch nghỉ lễ, tết): the days off and the
 * make-up working Saturdays, and the years it covers. Immutable and thread-safe.
 *
 * <p><b>Announced years are explicit.</b> A schedule declares the years it announces; a calendar
 * takes every day of an announced year from its schedules and ignores the holiday rules for it
 * (except a holiday newer than the Labour Code that the announcement does not name, such as Culture
 * Day in 2026; see {@link WorkingCalendar}), and computes every other year from the rules and
 * reports it provisional. A schedule added with {@link WorkingCalendar.Builder#amend} instead
 * corrects only the dates it lists. The days of an announcement for year Y lie in Y or in December
 * of Y-1: the 2019 New Year break covered 29–31 December 2018, and those days belong to the 2019
 * announcement although 2018 is not announced.
 *
 * <p>Files in three formats carry the same facts:
 *
 * <ul>
 *   <li>CSV with the header {@code date,kind,reason,source} (the columns of the bundled data) and
 *       an optional {@code year} column: the announced year a row belongs to. Without it a row
 *       belongs to the year of its date, so days of late December that belong to the next year's
 *       New Year break need the column. The announced years are the years the rows belong to.
 *   <li>JSON or YAML: {@code {name, years: [2027], days: [{date, kind, reason, source, year}]}};
 *       {@code name}, {@code source} and {@code year} are optional; without {@code year} a day
 *       belongs to the year of its date when declared, else (a day of December) to the next year.
 * </ul>
 *
 * <p>{@code kind} is {@code off} (any day off; the bundled data uses it for every day inside a
 * break), {@code holiday} (a statutory holiday), {@code compensatory} (a nghỉ bù) or {@code
 * makeup_workday} (a make-up working Saturday, ngày làm bù). A make-up day is worked with the
 * make-up periods of the calendar that applies it: {@link WorkingWeek#makeupPeriods()}.
 *
 * <p>{@code reason} is free text shown in explanations. When it names the holidays as the bundled
 * data does, a day gets its {@link SpecialDay#observance()}: holiday titles ({@code "New Year (Tet
 * Duong lich)"}, {@code "Tet Nguyen Dan 2027"}, or a {@link Holiday}'s English or Vietnamese name)
 * joined by {@code " & "}, then {@code " - "} and the part, such as {@code "statutory holiday"},
 * {@code "compensatory day off (nghi bu) for 2027-05-01"}, {@code "swapped day off (hoan doi)"},
 * {@code "weekly rest day inside announced break"} or {@code "working Saturday (lam bu)"}. Any
 * other reason stays free text.
 *
 * <p>A new year's announcement is added without a new release:
 *
 * <pre>{@code
 * WorkingCalendar cal = WorkingCalendar.vietnam().toBuilder()
 *     .schedule(AnnouncedSchedule.read(Path.of("vn-2027.csv")))
 *     .build();
 * }</pre>
 */
public final class AnnouncedSchedule {
  private static final String BUNDLED_RESOURCE = "vn-official-days-off.csv";
  private static final Set<String> CSV_COLUMNS = Set.of("date", "kind", "reason", "source", "year");
  private static final Set<String> DOC_KEYS = Set.of("name", "years", "days");
  private static final Set<String> DAY_KEYS = Set.of("date", "kind", "reason", "source", "year");

  private static final class BundledHolder {
    static final AnnouncedSchedule VIETNAM = loadBundled();
  }

  private final String name;
  private final ImmutableSortedSet<Integer> years;
  private final ImmutableSortedMap<LocalDate, SpecialDay> days;
  private final ImmutableSortedMap<LocalDate, Integer> yearOfDay;

  private AnnouncedSchedule(Builder b) {
    this.name = b.name;
    this.years = ImmutableSortedSet.copyOf(b.years);
    this.days = ImmutableSortedMap.copyOf(b.days);
    this.yearOfDay = ImmutableSortedMap.copyOf(b.yearOfDay);
  }

  /**
   * Returns the bundled schedule of the Vietnamese public sector: the announced days off and
   * make-up Saturdays of 2019 to 2026, each with its published source.
   *
   * @return the shared instance, named {@code "vietnam"}
   */
  public static AnnouncedSchedule vietnam() {
    return BundledHolder.VIETNAM;
  }

  private static AnnouncedSchedule loadBundled() {
    try (InputStream in = AnnouncedSchedule.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      requireNonNull(in, "bundled resource " + BUNDLED_RESOURCE);
      return readCsv(in, BUNDLED_RESOURCE).toBuilder().name("vietnam").build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns an empty builder.
   *
   * @param name a name for the schedule, such as {@code "vn-2027"}; shown in explanations and
   *     written to definitions
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Returns a builder holding this schedule's years and days.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.years.addAll(years);
    b.days.putAll(days);
    b.yearOfDay.putAll(yearOfDay);
    return b;
  }

  /**
   * Reads a schedule from a file, choosing the format by the file name: {@code .csv}, {@code
   * .json}, {@code .yaml} or {@code .yml}.
   *
   * @param file the file
   * @return the schedule, named after the file (without its directory) unless a JSON or YAML
   *     document names it
   * @throws CalendarDefinitionException if the file cannot be read, has another extension or is
   *     malformed; the message names the line or path and the problem
   */
  public static AnnouncedSchedule read(Path file) {
    requireNonNull(file, "file");
    String source = file.toString();
    boolean csv = source.toLowerCase(Locale.ROOT).endsWith(".csv");
    DefNode.Format format = DefNode.Format.ofFileName(source);
    if (!csv && format == null) {
      throw new CalendarDefinitionException(
          source, "", "unknown file type; expected a name ending in .csv, .json, .yaml or .yml");
    }
    Path fileName = file.getFileName();
    String name = fileName == null ? source : fileName.toString();
    try (InputStream in = Files.newInputStream(file)) {
      if (csv) {
        return readCsv(in, source).toBuilder().name(name).build();
      }
      return fromNode(DefNode.parse(in, format, source), name);
    } catch (IOException e) {
      throw DefNode.unreadable(source, e);
    }
  }

  /**
   * Reads a schedule in CSV (see the class comment for the columns).
   *
   * @param in the stream, UTF-8; not closed
   * @param sourceName the name used in errors and as the schedule's name
   * @return the schedule
   * @throws CalendarDefinitionException naming the line and column at fault
   */
  public static AnnouncedSchedule readCsv(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    Builder b = new Builder(sourceName);
    List<String> lines;
    try {
      // the shared reading path: a byte-order mark dropped, bad bytes and control characters
      // located
      lines = DefNode.readText(in, false, sourceName).lines().toList();
    } catch (IOException e) {
      throw DefNode.unreadable(sourceName, e);
    }
    if (lines.isEmpty()) {
      throw new CalendarDefinitionException(sourceName, "line 1", "the file is empty");
    }
    Map<String, Integer> cols = csvHeader(sourceName, lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        csvRow(sourceName, i + 1, lines.get(i), cols, b);
      }
    }
    return b.build();
  }

  private static Map<String, Integer> csvHeader(String source, String header) {
    List<String> names;
    try {
      names = Csv.split(header);
    } catch (IllegalArgumentException e) {
      throw new CalendarDefinitionException(source, "line 1", e.getMessage(), e);
    }
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i).trim().toLowerCase(Locale.ROOT);
      if (!CSV_COLUMNS.contains(n)) {
        throw new CalendarDefinitionException(
            source,
            "line 1",
            "unknown column '" + names.get(i) + "'; allowed: " + new TreeSet<>(CSV_COLUMNS));
      }
      if (cols.put(n, i) != null) {
        throw new CalendarDefinitionException(source, "line 1", "column '" + n + "' repeated");
      }
    }
    for (String required : List.of("date", "kind", "reason")) {
      if (!cols.containsKey(required)) {
        throw new CalendarDefinitionException(
            source,
            "line 1",
            "the header lacks the column '"
                + required
                + "'; expected date,kind,reason[,source][,year]");
      }
    }
    return cols;
  }

  private static void csvRow(
      String source, int lineNo, String line, Map<String, Integer> cols, Builder b) {
    String at = "line " + lineNo;
    List<String> f;
    try {
      f = Csv.split(line);
    } catch (IllegalArgumentException e) {
      throw new CalendarDefinitionException(source, at, e.getMessage(), e);
    }
    if (f.size() != cols.size()) {
      throw new CalendarDefinitionException(
          source, at, "has " + f.size() + " fields; the header has " + cols.size());
    }
    for (int i = 0; i < f.size(); i++) {
      if (f.get(i).length() > DefinitionText.MAX_STRING_LENGTH) {
        throw new CalendarDefinitionException(
            source,
            at + ", field " + (i + 1),
            "the text is "
                + f.get(i).length()
                + " characters long; at most "
                + DefinitionText.MAX_STRING_LENGTH
                + " characters are allowed in a text value");
      }
    }
    String dateText = f.get(cols.get("date")).trim();
    LocalDate date;
    try {
      date = LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      throw new CalendarDefinitionException(
          source,
          at + ", column 'date'",
          DefinitionText.shapeOf(dateText)
              + " is not a date; expected YYYY-MM-DD such as 2027-01-01");
    }
    String kindText = f.get(cols.get("kind")).trim();
    Kind kind = parseKind(kindText);
    if (kind == null) {
      throw new CalendarDefinitionException(
          source,
          at + ", column 'kind'",
          DefinitionText.shapeOf(kindText) + " is not allowed; " + KINDS_ALLOWED);
    }
    String reason = f.get(cols.get("reason")).trim();
    if (reason.isEmpty()) {
      throw new CalendarDefinitionException(source, at + ", column 'reason'", "must not be empty");
    }
    String src = cols.containsKey("source") ? f.get(cols.get("source")).trim() : "";
    int year = date.getYear();
    if (cols.containsKey("year")) {
      String yearText = f.get(cols.get("year")).trim();
      try {
        year = Integer.parseInt(yearText);
      } catch (NumberFormatException e) {
        throw new CalendarDefinitionException(
            source, at + ", column 'year'", DefinitionText.shapeOf(yearText) + " is not a year");
      }
    }
    try {
      b.day(year, new SpecialDay(date, kind, reason, Origin.ANNOUNCED, src));
    } catch (IllegalArgumentException e) {
      throw new CalendarDefinitionException(source, at, e.getMessage(), e);
    }
  }

  /**
   * Reads a schedule in JSON (see the class comment for the shape).
   *
   * @param in the stream, UTF-8; not closed
   * @param sourceName the name used in errors, and as the schedule's name when it has none
   * @return the schedule
   * @throws CalendarDefinitionException naming the path at fault, such as {@code days[3].date}
   */
  public static AnnouncedSchedule readJson(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return fromNode(DefNode.parse(in, DefNode.Format.JSON, sourceName), sourceName);
  }

  /**
   * Reads a schedule in YAML (see the class comment for the shape).
   *
   * @param in the stream, UTF-8; not closed
   * @param sourceName the name used in errors, and as the schedule's name when it has none
   * @return the schedule
   * @throws CalendarDefinitionException naming the path at fault, such as {@code days[3].date}
   */
  public static AnnouncedSchedule readYaml(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return fromNode(DefNode.parse(in, DefNode.Format.YAML, sourceName), sourceName);
  }

  static AnnouncedSchedule fromNode(DefNode n, String defaultName) {
    n.object(DOC_KEYS);
    DefNode nameNode = n.field("name");
    Builder b = new Builder(nameNode.isMissing() ? defaultName : nameNode.nonBlankText());
    DefNode yearsNode = n.field("years").required();
    for (DefNode y : yearsNode.elements()) {
      int year = y.intValue();
      if (b.years.contains(year)) {
        throw y.fail("year " + year + " is listed twice");
      }
      try {
        b.year(year);
      } catch (IllegalArgumentException e) {
        throw y.fail(e.getMessage(), e);
      }
    }
    DefNode daysNode = n.field("days");
    if (!daysNode.isMissing()) {
      for (DefNode d : daysNode.elements()) {
        d.object(DAY_KEYS);
        LocalDate date = d.field("date").date();
        DefNode kindNode = d.field("kind");
        String kindText = kindNode.text();
        Kind kind = parseKind(kindText);
        if (kind == null) {
          throw kindNode.fail(
              DefinitionText.shapeOf(kindText) + " is not allowed; " + KINDS_ALLOWED);
        }
        String reason = d.field("reason").nonBlankText();
        DefNode srcNode = d.field("source");
        String src = srcNode.isMissing() ? "" : srcNode.text();
        DefNode yearNode = d.field("year");
        Integer year;
        if (yearNode.isMissing()) {
          year = b.implicitYear(date);
          if (year == null) {
            throw d.field("date").fail(outsideYears(date, b.years));
          }
        } else {
          year = yearNode.intValue();
          if (!b.years.contains(year)) {
            throw yearNode.fail("year " + year + " is not among the announced years " + b.years);
          }
        }
        try {
          b.day(year, new SpecialDay(date, kind, reason, Origin.ANNOUNCED, src));
        } catch (IllegalArgumentException e) {
          throw d.field("date").fail(e.getMessage(), e);
        }
      }
    }
    return b.build();
  }

  ObjectNode toNode() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("name", name);
    ArrayNode ys = o.putArray("years");
    years.forEach(ys::add);
    ArrayNode ds = o.putArray("days");
    for (SpecialDay d : days.values()) {
      ObjectNode x = ds.addObject();
      x.put("date", d.date().toString());
      x.put("kind", kindName(d.kind()));
      x.put("reason", d.reason());
      if (!d.source().isEmpty()) {
        x.put("source", d.source());
      }
      int year = yearOfDay.get(d.date());
      if (year != d.date().getYear()) {
        x.put("year", year);
      }
    }
    return o;
  }

  private static final String KINDS_ALLOWED =
      "expected off, holiday, compensatory or makeup_workday";

  static Kind parseKind(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
      case "off", "day_off" -> Kind.DAY_OFF;
      case "holiday" -> Kind.HOLIDAY;
      case "compensatory" -> Kind.COMPENSATORY_DAY_OFF;
      case "makeup_workday", "makeup" -> Kind.MAKEUP_WORKING_DAY;
      default -> null;
    };
  }

  static String kindName(Kind kind) {
    return switch (kind) {
      case DAY_OFF -> "off";
      case HOLIDAY -> "holiday";
      case COMPENSATORY_DAY_OFF -> "compensatory";
      case MAKEUP_WORKING_DAY -> "makeup_workday";
    };
  }

  private static String outsideYears(LocalDate date, Set<Integer> years) {
    return date
        + " lies outside the announced years "
        + years
        + "; an announcement for year Y lists days of Y or of December Y-1";
  }

  /**
   * Writes the schedule as CSV with the columns {@code date,kind,reason,source,year}.
   *
   * @return the CSV text, one line per day after the header
   */
  public String toCsv() {
    StringBuilder sb = new StringBuilder("date,kind,reason,source,year\n");
    for (SpecialDay d : days.values()) {
      sb.append(d.date())
          .append(',')
          .append(kindName(d.kind()))
          .append(',')
          .append(Csv.quote(d.reason()))
          .append(',')
          .append(Csv.quote(d.source()))
          .append(',')
          .append(yearOfDay.get(d.date()))
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * Writes the schedule as JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    return DefNode.write(toNode(), DefNode.Format.JSON);
  }

  /**
   * Writes the schedule as YAML.
   *
   * @return the YAML text
   */
  public String toYaml() {
    return DefNode.write(toNode(), DefNode.Format.YAML);
  }

  /**
   * Returns the schedule's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the years this schedule announces.
   *
   * @return the years, ascending
   */
  public SortedSet<Integer> years() {
    return years;
  }

  /**
   * Returns whether this schedule announces a year.
   *
   * @param year the year
   * @return true if announced here
   */
  public boolean announces(int year) {
    return years.contains(year);
  }

  /**
   * Returns every day of the schedule, by date.
   *
   * @return the days, with {@link Origin#ANNOUNCED}
   */
  public List<SpecialDay> days() {
    return days.values().asList();
  }

  /**
   * Returns the days belonging to the announcement of one year (which may include days of the
   * December before).
   *
   * @param year the announced year
   * @return the days, by date; empty if the year is not announced here
   */
  public List<SpecialDay> days(int year) {
    ImmutableList.Builder<SpecialDay> out = ImmutableList.builder();
    for (Map.Entry<LocalDate, Integer> e : yearOfDay.entrySet()) {
      if (e.getValue() == year) {
        out.add(days.get(e.getKey()));
      }
    }
    return out.build();
  }

  /**
   * Returns the announced year a day of this schedule belongs to.
   *
   * @param date a date listed in this schedule
   * @return the year, or {@code -1} if the date is not listed
   */
  public int announcedYearOf(LocalDate date) {
    Integer y = yearOfDay.get(requireNonNull(date, "date"));
    return y == null ? -1 : y;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnnouncedSchedule s
        && s.name.equals(name)
        && s.years.equals(years)
        && s.days.equals(days)
        && s.yearOfDay.equals(yearOfDay);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + days.hashCode();
  }

  @Override
  public String toString() {
    return "AnnouncedSchedule[" + name + ", years " + years + ", " + days.size() + " days]";
  }

  /** Builds an {@link AnnouncedSchedule}. Not thread-safe. */
  public static final class Builder {
    private String name;
    private final SortedSet<Integer> years = new TreeSet<>();
    private final SortedMap<LocalDate, SpecialDay> days = new TreeMap<>();
    private final Map<LocalDate, Integer> yearOfDay = new HashMap<>();

    private Builder(String name) {
      name(name);
    }

    /**
     * Renames the schedule.
     *
     * @param name the name, not blank
     * @return this builder
     */
    public Builder name(String name) {
      requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("a schedule's name must not be blank");
      }
      this.name = name;
      return this;
    }

    /**
     * Declares an announced year, even one without any special day.
     *
     * @param year the year, within the supported range
     * @return this builder
     * @throws IllegalArgumentException if the year is outside the supported range
     */
    public Builder year(int year) {
      checkYear(year);
      years.add(year);
      return this;
    }

    /**
     * Adds a day off to the announcement of the year of its date (or, for a day of December, the
     * next year when only that one is declared); the year must have been declared.
     *
     * @param date the date
     * @param reason why, for explanations
     * @return this builder
     * @throws IllegalArgumentException if the date is already listed or lies outside the declared
     *     years
     */
    public Builder dayOff(LocalDate date, String reason) {
      return day(new SpecialDay(date, Kind.DAY_OFF, reason, Origin.ANNOUNCED, ""));
    }

    /**
     * Adds a make-up working day (ngày làm bù) to the announcement its date belongs to.
     *
     * @param date the date, usually a Saturday
     * @param reason why, for explanations
     * @return this builder
     * @throws IllegalArgumentException if the date is already listed or lies outside the declared
     *     years
     */
    public Builder makeupWorkingDay(LocalDate date, String reason) {
      return day(new SpecialDay(date, Kind.MAKEUP_WORKING_DAY, reason, Origin.ANNOUNCED, ""));
    }

    /**
     * Adds a day to the announcement its date belongs to (the year of the date when declared, else
     * the next year for a day of December when that is declared). The day's origin becomes {@link
     * Origin#ANNOUNCED}; without an observance it gets the one its reason names, if any.
     *
     * @param day the day
     * @return this builder
     * @throws IllegalArgumentException if the date is already listed or lies outside the declared
     *     years
     */
    public Builder day(SpecialDay day) {
      requireNonNull(day, "day");
      Integer y = implicitYear(day.date());
      if (y == null) {
        throw new IllegalArgumentException(outsideYears(day.date(), years));
      }
      return day(y, day);
    }

    /**
     * Adds a day to the announcement of a given year, declaring the year.
     *
     * @param year the announced year: the year of the date, or the next one for a day of December
     * @param day the day; its origin becomes {@link Origin#ANNOUNCED}, and without an observance it
     *     gets the one its reason names, if any (see the class comment)
     * @return this builder
     * @throws IllegalArgumentException if the date is already listed, the year does not fit the
     *     date, or either is outside the supported range
     */
    public Builder day(int year, SpecialDay day) {
      requireNonNull(day, "day");
      LocalDate date = day.date();
      checkYear(year);
      if (date.isBefore(WorkingCalendar.MIN_DATE) || date.isAfter(WorkingCalendar.MAX_DATE)) {
        throw new IllegalArgumentException(
            date
                + " is outside the supported range "
                + WorkingCalendar.MIN_DATE
                + " to "
                + WorkingCalendar.MAX_DATE);
      }
      boolean fits =
          date.getYear() == year
              || (date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER);
      if (!fits) {
        throw new IllegalArgumentException(
            date
                + " cannot belong to the announcement of "
                + year
                + "; an announcement for year Y lists days of Y or of December Y-1");
      }
      if (days.containsKey(date)) {
        throw new IllegalArgumentException(date + " is listed twice");
      }
      SpecialDay announced =
          new SpecialDay(
              date,
              day.kind(),
              day.reason(),
              Origin.ANNOUNCED,
              day.source(),
              day.observance().or(() -> Observance.fromReason(day.reason(), day.kind())));
      years.add(year);
      days.put(date, announced);
      yearOfDay.put(date, year);
      return this;
    }

    /**
     * Removes every day of an announced year and the year itself.
     *
     * @param year the year
     * @return this builder
     */
    public Builder removeYear(int year) {
      years.remove(year);
      for (var it = yearOfDay.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<LocalDate, Integer> e = it.next();
        if (e.getValue() == year) {
          days.remove(e.getKey());
          it.remove();
        }
      }
      return this;
    }

    Integer implicitYear(LocalDate date) {
      if (years.contains(date.getYear())) {
        return date.getYear();
      }
      if (date.getMonth() == Month.DECEMBER && years.contains(date.getYear() + 1)) {
        return date.getYear() + 1;
      }
      return null;
    }

    private static void checkYear(int year) {
      if (year < WorkingCalendar.MIN_DATE.getYear() || year > WorkingCalendar.MAX_DATE.getYear()) {
        throw new IllegalArgumentException(
            "year "
                + year
                + " is outside the supported range "
                + WorkingCalendar.MIN_DATE.getYear()
                + " to "
                + WorkingCalendar.MAX_DATE.getYear());
      }
    }

    /**
     * Builds the schedule.
     *
     * @return the schedule
     */
    public AnnouncedSchedule build() {
      return new AnnouncedSchedule(this);
    }
  }
}
