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
 * JMH benchmarks of the dossier engine ({@code io.github.motcua.engine.DossierEngine}) on the
 * in-memory store: the five-step workload BPMN engines are usually measured with (receive, review,
 * verify, approve, return the result; candidate roles one-stop officer, specialist, specialist,
 * leader, one-stop officer), every event kept as the audit trail.
 *
 * <p>{@link io.github.motcua.benchmarks.engine.EngineBenchmark} holds the benchmarks; {@link
 * io.github.motcua.benchmarks.engine.FiveStepWorkload} builds the procedure, the agency and the
 * actors. Nothing here is part of the library.
 */
package io.github.motcua.benchmarks.engine;
