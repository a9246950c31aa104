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
/**
 * Procedure definitions (thủ tục hành chính): the immutable model of the shared rulebook, its
 * YAML/JSON format, validation, path verification, the catalog of versions and diagram export.
 *
 * <ul>
 *   <li>Model: {@link io.github.motcua.procedure.Procedure} (built with its builder and always
 *       validated), {@link io.github.motcua.procedure.Step}, {@link
 *       io.github.motcua.procedure.Action}, {@link io.github.motcua.procedure.ParallelBlock},
 *       {@link io.github.motcua.procedure.AgencyRole}, {@link io.github.motcua.procedure.Guard}
 *       (evaluated with {@code test(attributes)}).
 *   <li>Validation: every problem at once as {@link io.github.motcua.procedure.Problem}s with the
 *       path of the element; errors refuse the definition with {@link
 *       io.github.motcua.procedure.ProcedureDefinitionException}; warnings stay on {@link
 *       io.github.motcua.procedure.Procedure#warnings()}; {@link
 *       io.github.motcua.procedure.ValidationOptions} say whether a budget overrun is an error.
 *   <li>Verification: {@link io.github.motcua.procedure.ProcedureVerifier} walks every path and
 *       measures it against the legal time limit.
 *   <li>Versions: {@link io.github.motcua.procedure.ProcedureCatalog} returns the version in force
 *       on a date.
 *   <li>Format: {@link io.github.motcua.procedure.ProcedureFormat} reads and writes YAML and JSON
 *       (with a JSON Schema in the jar); {@link io.github.motcua.procedure.ProcedureDiagram} draws
 *       a Mermaid flowchart; {@link io.github.motcua.procedure.ProcedureAssertions} makes
 *       validation and verification one line of an agency's own tests.
 * </ul>
 *
 * <p>Depends on {@link io.github.motcua.deadline} and {@link io.github.motcua.calendar}; knows
 * nothing of dossiers in flight or storage.
 */
package io.github.motcua.procedure;
