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

import io.github.motcua.internal.text.DefinitionText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a procedure as a Mermaid flowchart, for a person to look at instead of reading the file:
 * titled with the procedure's name, code, version and effective date (Mermaid front matter); a
 * start node with the time limit, how it is counted, the receipt cut-off and what a supplement does
 * to the clock; steps as boxes with their agency role, staff role and time limit; actions as
 * labelled arrows (with their guard, clock effect, round bound and timer), a clock that starts
 * again in full labelled as a restart; parallel blocks as subgraphs with one subgraph per branch
 * and a join node; ending actions as arrows to one end node per outcome, named in words (English
 * and Vietnamese) rather than status codes. Labels are quoted and escaped with Mermaid's entity
 * codes, so any text in a definition is safe. Stateless and thread-safe.
 */
public final class ProcedureDiagram {
  private ProcedureDiagram() {}

  /**
   * Returns the Mermaid flowchart of a procedure.
   *
   * @param procedure the procedure
   * @return the flowchart text, starting with {@code flowchart TD}
   */
  public static String mermaid(Procedure procedure) {
    requireNonNull(procedure, "procedure");
    StringBuilder sb = new StringBuilder();
    Map<String, String> nodeOf = new HashMap<>();
    Map<String, AgencyRole> roles = new HashMap<>();
    procedure.agencyRoles().forEach(r -> roles.put(r.id(), r));
    for (int i = 0; i < procedure.steps().size(); i++) {
      nodeOf.putIfAbsent(procedure.steps().get(i).id(), "s" + i);
    }
    for (int i = 0; i < procedure.parallelBlocks().size(); i++) {
      nodeOf.putIfAbsent(procedure.parallelBlocks().get(i).id(), "b" + i);
    }
    sb.append("---\ntitle: \"").append(yamlQuoted(title(procedure))).append("\"\n---\n");
    sb.append("flowchart TD\n");
    sb.append("  %% ")
        .append(comment(procedure.code() + " v" + procedure.version() + ": " + procedure.name()))
        .append('\n');
    sb.append("  start([\"");
    List<String> head = startLines(procedure);
    for (int i = 0; i < head.size(); i++) {
      sb.append(i == 0 ? "" : "<br/>").append(escape(head.get(i)));
    }
    sb.append("\"]) --> ").append(nodeOf.get(procedure.startStep())).append('\n');
    for (Step s : procedure.steps()) {
      if (procedure.enclosingBlock(s.id()).isEmpty()) {
        sb.append("  ").append(stepNode(s, nodeOf, roles)).append('\n');
      }
    }
    for (int i = 0; i < procedure.parallelBlocks().size(); i++) {
      ParallelBlock b = procedure.parallelBlocks().get(i);
      sb.append("  subgraph b")
          .append(i)
          .append("[\"")
          .append(escape(b.name() + " · parallel, join " + Names.of(b.join())))
          .append("\"]\n");
      sb.append("    direction TB\n");
      for (int j = 0; j < b.branches().size(); j++) {
        ParallelBlock.Branch br = b.branches().get(j);
        sb.append("    subgraph b")
            .append(i)
            .append("_")
            .append(j)
            .append("[\"")
            .append(escape(br.id()))
            .append("\"]\n");
        for (String stepId : br.steps()) {
          procedure
              .step(stepId)
              .ifPresent(s -> sb.append("      ").append(stepNode(s, nodeOf, roles)).append('\n'));
        }
        sb.append("    end\n");
      }
      sb.append("    j")
          .append(i)
          .append("{{\"")
          .append(escape("join " + Names.of(b.join())))
          .append("\"}}\n");
      sb.append("  end\n");
      sb.append("  j").append(i).append(" --> ").append(nodeOf.get(b.next())).append('\n');
    }
    Map<Outcome, String> ends = new LinkedHashMap<>();
    for (Action a : procedure.actions()) {
      String label = escape(actionLabel(procedure, a));
      for (String from : a.from()) {
        String source = nodeOf.get(from);
        String target;
        if (a.to().isEmpty()) {
          Outcome o = a.outcome().orElse(Outcome.STOPPED);
          target = ends.computeIfAbsent(o, x -> "end_" + Names.of(x).replace('-', '_'));
        } else if (a.joins()) {
          target =
              procedure
                  .enclosingBlock(from)
                  .map(b -> "j" + procedure.parallelBlocks().indexOf(b))
                  .orElse(null);
        } else {
          target = nodeOf.get(a.to().get());
        }
        if (source != null && target != null) {
          sb.append("  ")
              .append(source)
              .append(a.isAutomatic() ? " -.->|\"" : " -->|\"")
              .append(label)
              .append("\"| ")
              .append(target)
              .append('\n');
        }
      }
    }
    for (Map.Entry<Outcome, String> e : ends.entrySet()) {
      sb.append("  ")
          .append(e.getValue())
          .append("([\"")
          .append(escape(endName(e.getKey())))
          .append("\"])\n");
    }
    return sb.toString();
  }

  private static String stepNode(
      Step s, Map<String, String> nodeOf, Map<String, AgencyRole> roles) {
    AgencyRole role = roles.get(s.agencyRole());
    String agency = role == null ? s.agencyRole() : role.name();
    return nodeOf.get(s.id())
        + "[\""
        + escape(s.name())
        + "<br/>"
        + escape(agency + " · " + s.staffRole())
        + "<br/>"
        + escape(s.budget().toString())
        + "\"]";
  }

  /**
   * The diagram's title: the procedure's name, code, version and effective date, e.g. {@code Đăng
   * ký khai sinh (birth registration) · 1.001193 version 2, from 2025-07-01}.
   *
   * @param p the procedure
   * @return the title
   */
  static String title(Procedure p) {
    return p.name() + " · " + p.code() + " version " + p.version() + ", from " + p.effectiveFrom();
  }

  /** The lines of the start node: time limit, counting rule, cut-off, supplement clock. */
  private static List<String> startLines(Procedure p) {
    List<String> lines = new ArrayList<>();
    lines.add("Received · time limit " + p.timeLimit());
    lines.add(
        switch (p.countingRule()) {
          case WORKING_TIME ->
              "counted in working time from receipt, a day being the standard working day";
          case END_OF_DAY ->
              p.timeLimit().amount().signum() == 0
                  ? "due at the close of the working day of receipt"
                  : "counted in working days from the working day after receipt, due at the close"
                      + " of the last";
          case CALENDAR_DAYS ->
              "counted in calendar days, due at the close of the last day or of the next working"
                  + " day";
        });
    p.intakeCutoff()
        .ifPresent(c -> lines.add("received after " + c + ": counted from the next working day"));
    if (p.supplementPolicy().maxRounds() > 0) {
      lines.add(
          p.supplementPolicy().mode() == SupplementPolicy.Mode.RESTART
              ? "supplement: the clock pauses, then restarts in full once supplied"
              : "supplement: the clock pauses, then continues");
    }
    return lines;
  }

  /** An ending in words: {@code Result returned to the applicant · đã trả kết quả}. */
  static String endName(Outcome o) {
    return switch (o) {
      case RESULT_READY -> "Result ready · đã xử lý xong";
      case RETURNED -> "Result returned to the applicant · đã trả kết quả";
      case REJECTED -> "Refused, with reasons · từ chối, không được tiếp nhận";
      case WITHDRAWN -> "Withdrawn by the applicant · rút hồ sơ";
      case STOPPED -> "Stopped · dừng xử lý";
    };
  }

  private static String actionLabel(Procedure p, Action a) {
    List<String> parts = new ArrayList<>();
    parts.add(a.name());
    a.guard().ifPresent(g -> parts.add("[" + guardText(g) + "]"));
    switch (a.clockEffect()) {
      case PAUSE -> parts.add("⏸ clock paused");
      case RESUME ->
          parts.add(
              p.supplementPolicy().mode() == SupplementPolicy.Mode.RESTART
                  ? "↺ restart: the time limit counts again in full"
                  : "▶ clock resumed");
      case RESTART -> parts.add("↺ restart: the time limit counts again in full");
      case EXTEND -> parts.add("+ due date extended");
      case NONE -> {}
    }
    a.maxRounds().ifPresent(r -> parts.add("at most " + r + "×"));
    a.automaticAfter().ifPresent(t -> parts.add("automatic after " + t));
    return String.join(" ", parts);
  }

  /** A guard as text: {@code area > 100 and (kind in {house, villa} or not has permit)}. */
  static String guardText(Guard g) {
    if (g instanceof Guard.All all) {
      return join(all.guards(), " and ");
    }
    if (g instanceof Guard.Any any) {
      return join(any.guards(), " or ");
    }
    if (g instanceof Guard.Not not) {
      return "not " + wrap(not.guard());
    }
    if (g instanceof Guard.Exists e) {
      return "has " + e.attribute();
    }
    if (g instanceof Guard.Equals e) {
      return e.attribute() + " = " + value(e.value());
    }
    if (g instanceof Guard.In in) {
      List<String> vs = new ArrayList<>();
      in.values().forEach(v -> vs.add(value(v)));
      return in.attribute() + " in {" + String.join(", ", vs) + "}";
    }
    Guard.Compare c = (Guard.Compare) g;
    return c.attribute() + " " + c.op().symbol() + " " + value(c.value());
  }

  private static String join(List<Guard> guards, String sep) {
    List<String> parts = new ArrayList<>();
    guards.forEach(x -> parts.add(wrap(x)));
    return parts.isEmpty() ? (sep.contains("and") ? "true" : "false") : String.join(sep, parts);
  }

  private static String wrap(Guard g) {
    String t = guardText(g);
    return g instanceof Guard.All || g instanceof Guard.Any ? "(" + t + ")" : t;
  }

  private static String value(Object v) {
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof String s) {
      return "'" + s + "'";
    }
    return String.valueOf(v);
  }

  /**
   * Escapes text for a quoted Mermaid label: quotes, markup and Mermaid's own syntax characters
   * become entity codes ({@code #34;}), line breaks become spaces.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '"', '#', '<', '>', '&', '|', '`', '[', ']', '{', '}', '(', ')', ';' ->
                    sb.append('#').append(cp).append(';');
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> {
                  if (DefinitionText.unsafe(cp)) {
                    sb.append(' ');
                  } else {
                    sb.appendCodePoint(cp);
                  }
                }
              }
            });
    return sb.toString();
  }

  /**
   * Escapes text for the double-quoted YAML string of the front matter's title, which Mermaid shows
   * as it is (no entity codes): backslashes and quotes escaped, line breaks and unsafe characters
   * become spaces.
   */
  static String yamlQuoted(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.appendCodePoint(DefinitionText.unsafe(cp) ? ' ' : cp);
              }
            });
    return sb.toString();
  }

  private static String comment(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> sb.appendCodePoint(DefinitionText.unsafe(cp) ? ' ' : cp));
    return sb.toString().replace("%%", "% %");
  }
}
