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
 * What one call of {@link DossierEngine#fireDueTimers(java.time.Instant)} did.
 *
 * @param dossiersChanged how many dossier changes the timers committed
 * @param events how many events they recorded (due soon, overdue, automatic actions, stops)
 * @param lostRaces how many changes were skipped because another node or performer changed the
 *     dossier first (they are retried on the next call if still due)
 */
public record TimerReport(int dossiersChanged, int events, int lostRaces) {}
