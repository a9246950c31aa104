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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How dossier numbers (mã hồ sơ) are made from a per-agency sequence. A pattern is text with
 * placeholders: {@code {agency}} (the receiving agency's id), {@code {procedure}} (the procedure
 * code), {@code {yyyy}}, {@code {yy}}, {@code {MM}}, {@code {dd}} (the received date in the
 * calendar's zone), and exactly one {@code {seq}} or {@code {seq:N}} (the sequence number,
 * zero-padded to N digits). The sequence counts per agency, and per year, month or procedure when
 * the pattern shows them, so numbers never repeat. Immutable and thread-safe.
 *
 * <p>Example: {@code {agency}-{yyyy}-{seq:6}} gives {@code W01-2026-000123}.
 */
public final class DossierNumberPattern {
  /** The default pattern, {@code {agency}-{yyyy}-{seq:6}}. */
  public static final DossierNumberPattern DEFAULT = of("{agency}-{yyyy}-{seq:6}");

  private enum Token {
    TEXT,
    AGENCY,
    PROCEDURE,
    YEAR4,
    YEAR2,
    MONTH,
    DAY,
    SEQ
  }

  private record Part(Token token, String text, int width) {}

  private final String pattern;
  private final List<Part> parts;
  private final boolean perYear;
  private final boolean perMonth;
  private final boolean perDay;
  private final boolean perProcedure;

  private DossierNumberPattern(String pattern, List<Part> parts) {
    this.pattern = pattern;
    this.parts = List.copyOf(parts);
    this.perYear = has(Token.YEAR4) || has(Token.YEAR2);
    this.perMonth = has(Token.MONTH);
    this.perDay = has(Token.DAY);
    this.perProcedure = has(Token.PROCEDURE);
  }

  private boolean has(Token t) {
    return parts.stream().anyMatch(p -> p.token() == t);
  }

  /**
   * Reads a pattern.
   *
   * @param pattern the pattern text
   * @return the pattern
   * @throws IllegalArgumentException if a placeholder is unknown or malformed, or {@code {seq}} is
   *     missing or repeated
   */
  public static DossierNumberPattern of(String pattern) {
    requireNonNull(pattern, "pattern");
    List<Part> parts = new ArrayList<>();
    int seqs = 0;
    int i = 0;
    while (i < pattern.length()) {
      int open = pattern.indexOf('{', i);
      if (open < 0) {
        parts.add(new Part(Token.TEXT, pattern.substring(i), 0));
        break;
      }
      if (open > i) {
        parts.add(new Part(Token.TEXT, pattern.substring(i, open), 0));
      }
      int close = pattern.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException(
            "dossier number pattern '" + pattern + "': '{' at " + open + " is not closed");
      }
      String name = pattern.substring(open + 1, close);
      switch (name) {
        case "agency" -> parts.add(new Part(Token.AGENCY, "", 0));
        case "procedure" -> parts.add(new Part(Token.PROCEDURE, "", 0));
        case "yyyy" -> parts.add(new Part(Token.YEAR4, "", 0));
        case "yy" -> parts.add(new Part(Token.YEAR2, "", 0));
        case "MM" -> parts.add(new Part(Token.MONTH, "", 0));
        case "dd" -> parts.add(new Part(Token.DAY, "", 0));
        default -> {
          if (name.equals("seq") || name.matches("seq:[1-9][0-9]?")) {
            int width = name.equals("seq") ? 0 : Integer.parseInt(name.substring(4));
            parts.add(new Part(Token.SEQ, "", width));
            seqs++;
          } else {
            throw new IllegalArgumentException(
                "dossier number pattern '"
                    + pattern
                    + "': unknown placeholder '{"
                    + name
                    + "}'; allowed: {agency}, {procedure}, {yyyy}, {yy}, {MM}, {dd}, {seq},"
                    + " {seq:N}");
          }
        }
      }
      i = close + 1;
    }
    if (seqs != 1) {
      throw new IllegalArgumentException(
          "dossier number pattern '"
              + pattern
              + "' must hold exactly one {seq} or {seq:N}; found "
              + seqs);
    }
    return new DossierNumberPattern(pattern, parts);
  }

  /**
   * Returns the key of the sequence a dossier's number is drawn from.
   *
   * @param agencyId the receiving agency
   * @param procedureCode the procedure code
   * @param received the received date
   * @return the sequence key
   */
  public String sequenceKey(String agencyId, String procedureCode, LocalDate received) {
    StringBuilder sb = new StringBuilder(agencyId);
    if (perProcedure) {
      sb.append('/').append(procedureCode);
    }
    if (perYear || perMonth || perDay) {
      sb.append('/').append(received.getYear());
    }
    if (perMonth || perDay) {
      sb.append('-').append(received.getMonthValue());
    }
    if (perDay) {
      sb.append('-').append(received.getDayOfMonth());
    }
    return sb.toString();
  }

  /**
   * Makes a number.
   *
   * @param agencyId the receiving agency
   * @param procedureCode the procedure code
   * @param received the received date
   * @param sequence the sequence number
   * @return the dossier number
   */
  public String format(String agencyId, String procedureCode, LocalDate received, long sequence) {
    StringBuilder sb = new StringBuilder(32);
    for (Part p : parts) {
      switch (p.token()) {
        case TEXT -> sb.append(p.text());
        case AGENCY -> sb.append(agencyId);
        case PROCEDURE -> sb.append(procedureCode);
        case YEAR4 -> sb.append(received.getYear());
        case YEAR2 -> pad(sb, received.getYear() % 100, 2);
        case MONTH -> pad(sb, received.getMonthValue(), 2);
        case DAY -> pad(sb, received.getDayOfMonth(), 2);
        case SEQ -> pad(sb, sequence, p.width());
      }
    }
    return sb.toString();
  }

  private static void pad(StringBuilder sb, long n, int width) {
    String s = Long.toString(n);
    for (int i = s.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(s);
  }

  @Override
  public String toString() {
    return pattern;
  }
}
