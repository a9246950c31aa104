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

/**
 * What {@link DossierEngine#reorganise} did.
 *
 * @param moved dossiers moved to the successors, one {@link
 *     io.github.motcua.dossier.EventType#AGENCY_CHANGED} event each
 * @param unchanged dossiers in flight that named none of the predecessors, or were already moved (a
 *     second run moves nothing)
 * @param retried changes stored again after another change of the same dossier won the race
 */
public record ReorganisationReport(int moved, int unchanged, int retried) {}
