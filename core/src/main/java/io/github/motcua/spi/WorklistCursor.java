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

import io.github.motcua.dossier.StepInstance;
import java.time.Instant;
import java.util.Comparator;

/**
 * A keyset position in a list of step instances ordered most urgent first: by due instant (none
 * last), then dossier id, then instance id. The next page starts strictly after it. Not an offset:
 * pages stay consistent while dossiers move.
 *
 * @param urgencyKey the due instant of the last item ({@link Instant#MAX} when it had none)
 * @param dossierId the dossier id of the last item
 * @param stepInstanceId the step instance id of the last item
 */
public record WorklistCursor(Instant urgencyKey, String dossierId, String stepInstanceId)
    implements Comparable<WorklistCursor> {

  private static final Comparator<WorklistCursor> ORDER =
      Comparator.comparing(WorklistCursor::urgencyKey)
          .thenComparing(WorklistCursor::dossierId)
          .thenComparing(WorklistCursor::stepInstanceId);

  /**
   * Validates.
   *
   * @param urgencyKey the due instant, or {@link Instant#MAX}
   * @param dossierId the dossier id
   * @param stepInstanceId the step instance id
   */
  public WorklistCursor {
    requireNonNull(urgencyKey, "urgencyKey");
    requireNonNull(dossierId, "dossierId");
    requireNonNull(stepInstanceId, "stepInstanceId");
  }

  /**
   * Returns the position of a step instance.
   *
   * @param dossierId the dossier id
   * @param step the step instance
   * @return the cursor
   */
  public static WorklistCursor of(String dossierId, StepInstance step) {
    return new WorklistCursor(step.urgencyKey(), dossierId, step.id());
  }

  /**
   * Returns the cursor as an opaque token for a URL or a screen.
   *
   * @return the token
   */
  public String token() {
    return urgencyKey.getEpochSecond()
        + "."
        + urgencyKey.getNano()
        + "~"
        + escape(dossierId)
        + "~"
        + escape(stepInstanceId);
  }

  /**
   * {@code %} and {@code ~} of an id as {@code %25} and {@code %7E}, so that an id holding the
   * separator (a host's own dossier ids may) still round-trips; an id without them is unchanged.
   */
  private static String escape(String id) {
    return id.indexOf('%') < 0 && id.indexOf('~') < 0
        ? id
        : id.replace("%", "%25").replace("~", "%7E");
  }

  /** Reverses {@link #escape}; any other {@code %} is kept as it is. */
  private static String unescape(String part) {
    if (part.indexOf('%') < 0) {
      return part;
    }
    StringBuilder b = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i++) {
      if (part.startsWith("%25", i)) {
        b.append('%');
        i += 2;
      } else if (part.startsWith("%7E", i)) {
        b.append('~');
        i += 2;
      } else {
        b.append(part.charAt(i));
      }
    }
    return b.toString();
  }

  /**
   * Reads a token made by {@link #token()}.
   *
   * @param token the token
   * @return the cursor
   * @throws InvalidCursorException if the token is malformed
   */
  public static WorklistCursor parse(String token) {
    requireNonNull(token, "token");
    String[] parts = token.split("~", -1);
    try {
      if (parts.length != 3) {
        throw new IllegalArgumentException("expected 3 parts");
      }
      int dot = parts[0].indexOf('.');
      Instant key =
          Instant.ofEpochSecond(
              Long.parseLong(parts[0].substring(0, dot)),
              Long.parseLong(parts[0].substring(dot + 1)));
      return new WorklistCursor(key, unescape(parts[1]), unescape(parts[2]));
    } catch (RuntimeException e) {
      // the cause is dropped on purpose: its message would repeat the token
      throw new InvalidCursorException("worklist", "seconds.nanos~dossier~step");
    }
  }

  @Override
  public int compareTo(WorklistCursor o) {
    return ORDER.compare(this, o);
  }
}
