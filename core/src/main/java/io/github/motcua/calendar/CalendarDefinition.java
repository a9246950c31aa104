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
import com.google.common.collect.ImmutableMap;
import io.github.motcua.calendar.HolidayRules.HolidaySet;
import io.github.motcua.calendar.HolidayRules.NationalDayAdjacent;
import io.github.motcua.calendar.HolidayRules.TetPlacement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A calendar and its variants as a document, in JSON or YAML: read, written and read back to an
 * equal definition. Immutable and thread-safe.
 *
 * <pre>{@code
 * name: vietnam
 * zone: Asia/Ho_Chi_Minh            # optional, this is the default
 * week:                             # optional, the public-sector week is the default;
 *   monday: [07:30-11:30, 13:00-17:00]   # weekdays not listed are rest days
 *   tuesday: [07:30-11:30, 13:00-17:00]
 *   wednesday: [07:30-11:30, 13:00-17:00]
 *   thursday: [07:30-11:30, 13:00-17:00]
 *   friday: [07:30-11:30, 13:00-17:00]
 * standardDay: PT8H                 # optional, ISO-8601; 8 hours is the default
 * rules:                            # optional; no holiday rules when absent
 *   holidays: vietnam               # vietnam | none
 *   compensatory: true              # optional, true is the default
 *   tetPlacement: two-before-three-after   # or one-before-four-after
 *   nationalDayAdjacent: bridge-weekend    # or day-before, day-after
 * schedules:                        # optional, later ones replace the years they cover
 *   - bundled: vietnam              # AnnouncedSchedule.vietnam()
 *   - file: vn-2027.csv             # a schedule file next to this one (read(Path) only)
 *   - name: vn-2027                 # or inline, as in AnnouncedSchedule
 *     years: [2027]
 *     days:
 *       - {date: 2027-01-01, kind: holiday, reason: New Year}
 * amendments:                       # optional: corrections of single days, applied after the
 *   - file: vn-fixes.csv            #   schedules without replacing a year (same forms as above)
 *   - years: [2026]
 *     days:
 *       - {date: 2026-11-24, kind: makeup_workday, reason: Culture Day not observed here}
 * days:                             # optional: the calendar's own dated days
 *   - {date: 2026-03-30, kind: off, reason: local festival}
 *   - {date: 2026-05-02, kind: working, reason: open for elections, periods: [07:30-11:30]}
 * variants:                         # optional: variants of this calendar
 *   - name: desk-hai-chau
 *     week: {saturday: [07:30-11:30]}    # overrides only the weekdays listed; [] is a rest day
 *     standardDay: PT8H                  # optional
 *     days:
 *       - {date: 2026-03-29, kind: off, reason: local festival}
 * }</pre>
 *
 * <p>Every mistake (a YAML or JSON syntax error, a wrong type, an unknown key, a bad date, time,
 * zone or duration, overlapping periods, an unknown rule) is reported as a {@link
 * CalendarDefinitionException} naming the path inside the file, such as {@code
 * schedules[1].days[3].date} or {@code week.monday[1]}.
 */
public final class CalendarDefinition {
  private static final Set<String> ROOT_KEYS =
      Set.of(
          "name",
          "zone",
          "week",
          "standardDay",
          "rules",
          "schedules",
          "amendments",
          "days",
          "variants");
  private static final Set<String> VARIANT_KEYS = Set.of("name", "week", "standardDay", "days");
  private static final Set<String> RULE_KEYS =
      Set.of("holidays", "compensatory", "tetPlacement", "nationalDayAdjacent");
  private static final Set<String> DAY_KEYS = Set.of("date", "kind", "reason", "periods");
  private static final Set<String> WEEK_KEYS = weekKeys();
  private static final Set<String> BUNDLED_KEYS = Set.of("bundled");
  private static final Set<String> FILE_KEYS = Set.of("file");

  private final WorkingCalendar calendar;
  private final ImmutableMap<String, WorkingCalendar> variants;

  private CalendarDefinition(WorkingCalendar calendar, Map<String, WorkingCalendar> variants) {
    this.calendar = calendar;
    this.variants = ImmutableMap.copyOf(variants);
  }

  private static Set<String> weekKeys() {
    Set<String> keys = new java.util.HashSet<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      keys.add(dayName(d));
    }
    return Set.copyOf(keys);
  }

  private static String dayName(DayOfWeek d) {
    return d.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the definition of a calendar and some of its variants.
   *
   * @param calendar a calendar that is not itself a variant
   * @param variants variants whose base is {@code calendar}, with distinct names
   * @return the definition
   * @throws IllegalArgumentException if {@code calendar} is a variant, a variant's base is another
   *     calendar, or two calendars share a name
   */
  public static CalendarDefinition of(
      WorkingCalendar calendar, Collection<WorkingCalendar> variants) {
    requireNonNull(calendar, "calendar");
    requireNonNull(variants, "variants");
    if (calendar.base().isPresent()) {
      throw new IllegalArgumentException(
          "calendar '"
              + calendar.name()
              + "' is a variant of '"
              + calendar.base().get().name()
              + "'; define its base with it as a variant");
    }
    Map<String, WorkingCalendar> byName = new LinkedHashMap<>();
    for (WorkingCalendar v : variants) {
      requireNonNull(v, "variant");
      if (!v.base().map(calendar::equals).orElse(false)) {
        throw new IllegalArgumentException(
            "calendar '" + v.name() + "' is not a variant of '" + calendar.name() + "'");
      }
      if (v.name().equals(calendar.name()) || byName.put(v.name(), v) != null) {
        throw new IllegalArgumentException("two calendars are named '" + v.name() + "'");
      }
    }
    return new CalendarDefinition(calendar, byName);
  }

  /**
   * Returns the definition of a calendar without variants.
   *
   * @param calendar a calendar that is not itself a variant
   * @return the definition
   * @throws IllegalArgumentException if {@code calendar} is a variant
   */
  public static CalendarDefinition of(WorkingCalendar calendar) {
    return of(calendar, List.of());
  }

  /**
   * Reads a definition from a file, JSON or YAML by its name ({@code .json}, {@code .yaml}, {@code
   * .yml}). Schedule {@code file} references are resolved against the file's directory.
   *
   * @param file the file
   * @return the definition
   * @throws CalendarDefinitionException if the file cannot be read or is malformed
   */
  public static CalendarDefinition read(Path file) {
    requireNonNull(file, "file");
    String source = file.toString();
    DefNode.Format format = DefNode.Format.ofFileName(source);
    if (format == null) {
      throw new CalendarDefinitionException(
          source, "", "unknown file type; expected a name ending in .json, .yaml or .yml");
    }
    try (InputStream in = Files.newInputStream(file)) {
      Path dir = file.toAbsolutePath().getParent();
      return fromNode(DefNode.parse(in, format, source), dir);
    } catch (IOException e) {
      throw DefNode.unreadable(source, e);
    }
  }

  /**
   * Reads a definition in JSON.
   *
   * @param in the stream, UTF-8; not closed
   * @param sourceName the name used in errors
   * @return the definition
   * @throws CalendarDefinitionException if the document is malformed
   */
  public static CalendarDefinition readJson(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return fromNode(DefNode.parse(in, DefNode.Format.JSON, sourceName), null);
  }

  /**
   * Reads a definition in YAML.
   *
   * @param in the stream, UTF-8; not closed
   * @param sourceName the name used in errors
   * @return the definition
   * @throws CalendarDefinitionException if the document is malformed
   */
  public static CalendarDefinition readYaml(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return fromNode(DefNode.parse(in, DefNode.Format.YAML, sourceName), null);
  }

  /**
   * Reads a definition from JSON text.
   *
   * @param json the document
   * @return the definition
   * @throws CalendarDefinitionException if the document is malformed
   */
  public static CalendarDefinition fromJson(String json) {
    requireNonNull(json, "json");
    return readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "JSON text");
  }

  /**
   * Reads a definition from YAML text.
   *
   * @param yaml the document
   * @return the definition
   * @throws CalendarDefinitionException if the document is malformed
   */
  public static CalendarDefinition fromYaml(String yaml) {
    requireNonNull(yaml, "yaml");
    return readYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "YAML text");
  }

  /**
   * Returns the calendar defined.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the variants defined, by name, in document order.
   *
   * @return the variants
   */
  public Map<String, WorkingCalendar> variants() {
    return variants;
  }

  /**
   * Returns the calendar or the variant with a name.
   *
   * @param name the name
   * @return the calendar
   * @throws IllegalArgumentException if no calendar of the definition has that name
   */
  public WorkingCalendar get(String name) {
    requireNonNull(name, "name");
    if (calendar.name().equals(name)) {
      return calendar;
    }
    WorkingCalendar v = variants.get(name);
    if (v == null) {
      List<String> names = new ArrayList<>();
      names.add(calendar.name());
      names.addAll(variants.keySet());
      throw new IllegalArgumentException(
          "no calendar named '" + name + "' in this definition; defined: " + names);
    }
    return v;
  }

  /**
   * Writes the definition as JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    return DefNode.write(toNode(), DefNode.Format.JSON);
  }

  /**
   * Writes the definition as YAML.
   *
   * @return the YAML text
   */
  public String toYaml() {
    return DefNode.write(toNode(), DefNode.Format.YAML);
  }

  // ------------------------------------------------------------------ reading

  private static CalendarDefinition fromNode(DefNode root, Path dir) {
    root.object(ROOT_KEYS);
    WorkingCalendar.Builder b = WorkingCalendar.builder(root.field("name").nonBlankText());
    DefNode zone = root.field("zone");
    if (!zone.isMissing()) {
      String id = zone.text();
      try {
        b.zone(ZoneId.of(id));
      } catch (DateTimeException e) {
        throw zone.fail(
            "'" + id + "' is not a time zone; expected a region such as Asia/Ho_Chi_Minh", e);
      }
    }
    DefNode week = root.field("week");
    Duration standardDay = WorkingWeek.publicSector().standardDay();
    DefNode sd = root.field("standardDay");
    if (!sd.isMissing()) {
      standardDay = standardDay(sd);
    }
    if (!week.isMissing()) {
      WorkingWeek.Builder wb = WorkingWeek.builder();
      for (Map.Entry<DayOfWeek, List<WorkingPeriod>> e : weekDays(week).entrySet()) {
        wb.day(e.getKey(), e.getValue());
      }
      b.week(wb.standardDay(standardDay).build());
    } else {
      b.standardDay(standardDay);
    }
    DefNode rules = root.field("rules");
    if (!rules.isMissing()) {
      b.rules(rules(rules));
    }
    DefNode schedules = root.field("schedules");
    if (!schedules.isMissing()) {
      for (DefNode s : schedules.elements()) {
        b.schedule(schedule(s, dir));
      }
    }
    DefNode amendments = root.field("amendments");
    if (!amendments.isMissing()) {
      for (DefNode s : amendments.elements()) {
        b.amend(schedule(s, dir));
      }
    }
    days(root.field("days"), b);
    WorkingCalendar calendar = b.build();
    Map<String, WorkingCalendar> variants = new LinkedHashMap<>();
    DefNode vs = root.field("variants");
    if (!vs.isMissing()) {
      for (DefNode v : vs.elements()) {
        v.object(VARIANT_KEYS);
        DefNode nameNode = v.field("name");
        String name = nameNode.nonBlankText();
        if (name.equals(calendar.name()) || variants.containsKey(name)) {
          throw nameNode.fail(
              "another calendar of this definition is already named '" + name + "'");
        }
        WorkingCalendar.Builder vb = calendar.variant(name);
        DefNode vweek = v.field("week");
        if (!vweek.isMissing()) {
          for (Map.Entry<DayOfWeek, List<WorkingPeriod>> e : weekDays(vweek).entrySet()) {
            if (e.getValue().isEmpty()) {
              vb.restDay(e.getKey());
            } else {
              vb.workingDay(e.getKey(), e.getValue().toArray(new WorkingPeriod[0]));
            }
          }
        }
        DefNode vsd = v.field("standardDay");
        if (!vsd.isMissing()) {
          vb.standardDay(standardDay(vsd));
        }
        days(v.field("days"), vb);
        variants.put(name, vb.build());
      }
    }
    return new CalendarDefinition(calendar, variants);
  }

  private static Duration standardDay(DefNode n) {
    Duration d = n.duration();
    if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(1)) > 0) {
      throw n.fail("must be positive and at most a day (PT24H); got " + d);
    }
    return d;
  }

  private static Map<DayOfWeek, List<WorkingPeriod>> weekDays(DefNode week) {
    Map<DayOfWeek, List<WorkingPeriod>> out = new LinkedHashMap<>();
    for (String key : week.object(WEEK_KEYS)) {
      DayOfWeek day = DayOfWeek.valueOf(key.toUpperCase(Locale.ROOT));
      out.put(day, periods(week.field(key), day.toString()));
    }
    return out;
  }

  private static List<WorkingPeriod> periods(DefNode list, String what) {
    List<WorkingPeriod> periods = new ArrayList<>();
    for (DefNode p : list.elements()) {
      WorkingPeriod period = p.period();
      if (!periods.isEmpty() && period.start().isBefore(periods.get(periods.size() - 1).end())) {
        throw p.fail(
            "period "
                + period
                + " overlaps or precedes "
                + periods.get(periods.size() - 1)
                + "; the periods of "
                + what
                + " must be in order and must not overlap");
      }
      periods.add(period);
    }
    return periods;
  }

  private static HolidayRules rules(DefNode n) {
    n.object(RULE_KEYS);
    HolidayRules.Builder b = HolidayRules.vietnam().toBuilder();
    b.holidays(n.field("holidays").required().enumValue(HolidaySet.class));
    DefNode c = n.field("compensatory");
    if (!c.isMissing()) {
      b.compensatory(c.bool());
    }
    DefNode t = n.field("tetPlacement");
    if (!t.isMissing()) {
      b.tetPlacement(t.enumValue(TetPlacement.class));
    }
    DefNode a = n.field("nationalDayAdjacent");
    if (!a.isMissing()) {
      b.nationalDayAdjacent(a.enumValue(NationalDayAdjacent.class));
    }
    return b.build();
  }

  private static AnnouncedSchedule schedule(DefNode s, Path dir) {
    if (s.node.isObject() && s.node.has("bundled")) {
      s.object(BUNDLED_KEYS);
      DefNode name = s.field("bundled");
      String n = name.text();
      if (!n.equals("vietnam")) {
        throw name.fail("'" + n + "' is not a bundled schedule; expected one of [vietnam]");
      }
      return AnnouncedSchedule.vietnam();
    }
    if (s.node.isObject() && s.node.has("file")) {
      s.object(FILE_KEYS);
      DefNode file = s.field("file");
      String f = file.nonBlankText();
      if (dir == null) {
        throw file.fail("a schedule file can only be named in a definition read from a file");
      }
      Path path = dir.resolve(f);
      if (!Files.isRegularFile(path)) {
        throw file.fail("no file " + path);
      }
      return AnnouncedSchedule.read(path);
    }
    return AnnouncedSchedule.fromNode(s, s.source + " " + s.path);
  }

  private static void days(DefNode list, WorkingCalendar.Builder b) {
    if (list.isMissing()) {
      return;
    }
    Set<LocalDate> seen = new java.util.HashSet<>();
    for (DefNode d : list.elements()) {
      d.object(DAY_KEYS);
      DefNode dateNode = d.field("date");
      LocalDate date = dateNode.date();
      if (date.isBefore(WorkingCalendar.MIN_DATE) || date.isAfter(WorkingCalendar.MAX_DATE)) {
        throw dateNode.fail(
            date
                + " is outside the supported range "
                + WorkingCalendar.MIN_DATE
                + " to "
                + WorkingCalendar.MAX_DATE);
      }
      if (!seen.add(date)) {
        throw dateNode.fail(date + " is listed twice");
      }
      DefNode kindNode = d.field("kind");
      String kind = kindNode.text();
      String reason = d.field("reason").nonBlankText();
      DefNode periodsNode = d.field("periods");
      switch (kind) {
        case "off" -> {
          if (!periodsNode.isMissing()) {
            throw periodsNode.fail("a day off has no periods; remove them or use kind: working");
          }
          b.dayOff(date, reason);
        }
        case "working" -> {
          List<WorkingPeriod> ps =
              periodsNode.isMissing() ? List.of() : periods(periodsNode, date.toString());
          b.workingDay(date, reason, ps.toArray(new WorkingPeriod[0]));
        }
        default -> throw kindNode.fail("'" + kind + "' is not allowed; expected off or working");
      }
    }
  }

  // ------------------------------------------------------------------ writing

  private ObjectNode toNode() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("name", calendar.name());
    o.put("zone", calendar.zone().getId());
    ObjectNode week = o.putObject("week");
    for (DayOfWeek d : DayOfWeek.values()) {
      List<WorkingPeriod> ps = calendar.week().periods(d);
      if (!ps.isEmpty()) {
        week.set(dayName(d), periodsNode(ps));
      }
    }
    o.put("standardDay", calendar.standardDay().toString());
    HolidayRules r = calendar.rules();
    ObjectNode rules = o.putObject("rules");
    rules.put("holidays", DefNode.enumName(r.holidays()));
    rules.put("compensatory", r.compensatory());
    rules.put("tetPlacement", DefNode.enumName(r.tetPlacement()));
    rules.put("nationalDayAdjacent", DefNode.enumName(r.nationalDayAdjacent()));
    if (!calendar.schedules().isEmpty()) {
      ArrayNode schedules = o.putArray("schedules");
      for (AnnouncedSchedule s : calendar.schedules()) {
        if (s.equals(AnnouncedSchedule.vietnam())) {
          schedules.addObject().put("bundled", "vietnam");
        } else {
          schedules.add(s.toNode());
        }
      }
    }
    if (!calendar.amendments().isEmpty()) {
      ArrayNode amendments = o.putArray("amendments");
      for (AnnouncedSchedule s : calendar.amendments()) {
        amendments.add(s.toNode());
      }
    }
    putDays(o, calendar);
    if (!variants.isEmpty()) {
      ArrayNode vs = o.putArray("variants");
      for (WorkingCalendar v : variants.values()) {
        ObjectNode vn = vs.addObject();
        vn.put("name", v.name());
        if (!v.weekOverrides().isEmpty()) {
          ObjectNode vw = vn.putObject("week");
          v.weekOverrides().forEach((d, ps) -> vw.set(dayName(d), periodsNode(ps)));
        }
        if (v.standardDayOverride() != null) {
          vn.put("standardDay", v.standardDayOverride().toString());
        }
        putDays(vn, v);
      }
    }
    return o;
  }

  private static ArrayNode periodsNode(List<WorkingPeriod> periods) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    periods.forEach(p -> a.add(p.toString()));
    return a;
  }

  private static void putDays(ObjectNode o, WorkingCalendar c) {
    if (c.localDatedDays().isEmpty()) {
      return;
    }
    ArrayNode days = o.putArray("days");
    for (DatedDay d : c.localDatedDays().values()) {
      ObjectNode x = days.addObject();
      x.put("date", d.day().date().toString());
      x.put("kind", d.day().isWorking() ? "working" : "off");
      x.put("reason", d.day().reason());
      if (d.periods() != null) {
        x.set("periods", periodsNode(d.periods()));
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CalendarDefinition d
        && d.calendar.equals(calendar)
        && d.variants.equals(variants);
  }

  @Override
  public int hashCode() {
    return calendar.hashCode() * 31 + variants.hashCode();
  }

  @Override
  public String toString() {
    return "CalendarDefinition[" + calendar.name() + ", variants " + variants.keySet() + "]";
  }
}
