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
 * The dossier engine: the {@code DossierEngine} facade (submit, perform, undo, timers, worklists,
 * search, history, statistics), its commands, results and refusals, the due-soon threshold, and the
 * {@code TimerRunner} that fires the engine's timers on a thread of its own.
 *
 * <p>Behind the facade, package-private and sharing one immutable {@code EngineContext}: {@code
 * Intake} (submissions and receipts), {@code Commands} (perform and undo: checks, idempotency, the
 * store update), {@code Transition} (one change of one dossier: routing, clock effects, events, due
 * and timer projection), {@code Timers}, {@code Worklists}, {@code Statistics}, {@code
 * Assignments}, {@code Endings} (withdrawal and stop), {@code AttributeUpdates}, {@code Documents},
 * {@code Reorganisations}, {@code EventDispatcher} (ordered delivery to listeners), {@code
 * CommandDigest} (what an idempotency key is checked against), and {@code ProcedureIndex} (lookups
 * over one procedure version).
 *
 * <p>Depends on {@link io.github.motcua.dossier}, {@link io.github.motcua.procedure}, {@link
 * io.github.motcua.deadline}, {@link io.github.motcua.calendar}, {@link io.github.motcua.agency}
 * and {@link io.github.motcua.spi}; knows no SQL.
 */
package io.github.motcua.engine;
