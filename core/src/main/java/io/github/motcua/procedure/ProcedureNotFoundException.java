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

import io.github.motcua.MotcuaException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@link ProcedureCatalog} holds no procedure for a code, no version of it in force on a date, or
 * not the version asked for.
 */
public class ProcedureNotFoundException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  /** The procedure code. */
  private final String code;

  /** The version concerned. */
  private final Integer version;

  /** The date asked for, or null. */
  private final LocalDate date;

  /**
   * Creates the exception.
   *
   * @param code the procedure code asked for
   * @param version the version asked for, or null
   * @param date the date asked for, or null
   * @param message what was asked and what the catalog holds
   */
  public ProcedureNotFoundException(String code, Integer version, LocalDate date, String message) {
    super(message);
    this.code = code;
    this.version = version;
    this.date = date;
  }

  /**
   * Returns the code asked for.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the version asked for.
   *
   * @return the version, empty when a date was asked for
   */
  public OptionalInt version() {
    return version == null ? OptionalInt.empty() : OptionalInt.of(version);
  }

  /**
   * Returns the date asked for.
   *
   * @return the date, empty when a version was asked for
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }
}
