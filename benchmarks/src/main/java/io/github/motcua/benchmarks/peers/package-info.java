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
 * The benchmark against the peers (issue 11 §5): the five-step peer workload on motcua (in memory,
 * H2 in memory, PostgreSQL, MariaDB), on Flowable 7.2.0 and on Camunda 7.24.0 (each in a JVM of its
 * own, class path from {@code benchmarks/peers/<peer>}), and pgbench on the same PostgreSQL, in one
 * run and one table. Entry point: {@link io.github.motcua.benchmarks.peers.PeersFigures}; {@code
 * benchmarks/run-peers.sh}.
 */
package io.github.motcua.benchmarks.peers;
