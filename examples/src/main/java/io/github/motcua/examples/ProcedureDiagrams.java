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

import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.ProcedureDiagram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Mermaid diagram ({@link ProcedureDiagram}) of every procedure version of a catalog to
 * a folder: one {@code <code>-v<version>.mmd} file each, and one Markdown page ({@value #PAGE})
 * that shows them all in {@code mermaid} blocks, which GitHub and most Markdown viewers draw.
 */
final class ProcedureDiagrams {
  /** The Markdown page that shows every diagram. */
  static final String PAGE = "README.md";

  private ProcedureDiagrams() {}

  /**
   * Writes the diagrams and the page, replacing earlier ones of the same names.
   *
   * @return the files written, the page last
   * @throws UncheckedIOException if the folder cannot be created or a file written
   */
  static List<Path> write(ProcedureCatalog catalog, Path folder) {
    List<Path> written = new ArrayList<>();
    StringBuilder page = new StringBuilder();
    page.append("# The shipped procedures as diagrams\n\n")
        .append("Written by `java -jar motcua-examples.jar demo` (or `diagram --shipped`) from the")
        .append(" procedure files in the jar; one section per version. A dossier keeps the")
        .append(" version in force on the day it was received.\n\n");
    try {
      Files.createDirectories(folder);
      for (String code : catalog.codes().stream().sorted(CityDemo.procedureOrder()).toList()) {
        for (Procedure p : catalog.versions(code)) {
          String mermaid = ProcedureDiagram.mermaid(p);
          Path file = folder.resolve(fileName(p));
          Files.writeString(file, mermaid, StandardCharsets.UTF_8);
          written.add(file);
          page.append("## ")
              .append(p.name())
              .append(", ")
              .append(p.code())
              .append(" version ")
              .append(p.version())
              .append(" (from ")
              .append(p.effectiveFrom())
              .append(")\n\n")
              .append("File: [`")
              .append(file.getFileName())
              .append("`](")
              .append(file.getFileName())
              .append(")\n\n```mermaid\n")
              .append(mermaid)
              .append(mermaid.endsWith("\n") ? "" : "\n")
              .append("```\n\n");
        }
      }
      Path index = folder.resolve(PAGE);
      Files.writeString(index, page.toString(), StandardCharsets.UTF_8);
      written.add(index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }

  /** {@code 1.001193-v2.mmd}. */
  static String fileName(Procedure p) {
    return p.code() + "-v" + p.version() + ".mmd";
  }
}
