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
 * Dossiers (hồ sơ) in flight: the immutable {@link io.github.motcua.dossier.Dossier} snapshot with
 * its active {@link io.github.motcua.dossier.StepInstance step instances}, the {@link
 * io.github.motcua.dossier.DossierEvent events} of the audit trail, and the exceptions a store or
 * the engine throws about a dossier.
 *
 * <p>Uses the procedure model's vocabulary ({@link io.github.motcua.procedure.DossierStatus},
 * {@link io.github.motcua.procedure.Outcome}) and the deadline clocks; knows nothing of routing
 * rules, storage technology or SQL. Every type here is a plain value a store can persist field by
 * field.
 */
package io.github.motcua.dossier;
