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
 * The peer workload's driver, engine-neutral and JDK-only: {@link
 * io.github.motcua.benchmarks.peers.driver.PeerWorkload} runs measures 1 and 2 of the workload
 * (/work/shared/peer-workload/README.md) against a {@link
 * io.github.motcua.benchmarks.peers.driver.PeerEngine}, in the peer's own JVM, and {@link
 * io.github.motcua.benchmarks.peers.driver.PeerSamples} carries the raw samples back to the
 * benchmarks module, which summarises them beside motcua's ({@code
 * io.github.motcua.benchmarks.peers.PeersFigures}).
 */
package io.github.motcua.benchmarks.peers.driver;
