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
 * The persistence benchmark: the peer workload (five-step procedure, one client thread, every
 * command its own transaction, audit trail kept) on the in-memory store, H2 in memory and in a
 * file, PostgreSQL and MariaDB in one run, against single-client baselines of the same servers
 * (pgbench, a single-row update-and-insert loop), and the worklist and timer claim at a million
 * open dossiers on PostgreSQL. Entry point: {@link
 * io.github.motcua.benchmarks.persistence.PersistenceFigures}; {@code
 * benchmarks/run-persistence.sh}.
 */
package io.github.motcua.benchmarks.persistence;
