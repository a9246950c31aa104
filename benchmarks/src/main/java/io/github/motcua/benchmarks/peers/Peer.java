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
package io.github.motcua.benchmarks.peers;

import java.util.Map;

/**
 * A peer engine: where its module is, its main class, and the figures published for it in the
 * workload's README (/work/shared/peer-workload/README.md, measured separately with another
 * harness), printed only when the peer cannot be run here.
 */
enum Peer {
  /** Flowable 7.2.0. */
  FLOWABLE(
      "flowable",
      "Flowable 7.2.0",
      "io.github.motcua.benchmarks.peers.flowable.FlowablePeer",
      Map.of(
          "h2-mem", new Published(321.5, 64.3, 2.51, 4.46, 0.60, 0.77),
          "postgresql", new Published(126.0, 25.2, 6.71, 15.26, 1.78, 4.65))),
  /** Camunda 7.24.0. */
  CAMUNDA(
      "camunda",
      "Camunda 7.24.0",
      "io.github.motcua.benchmarks.peers.camunda.CamundaPeer",
      Map.of(
          "h2-mem", new Published(331.0, 66.2, 2.68, 4.75, 0.53, 5.06),
          "postgresql", new Published(165.9, 33.2, 4.95, 12.00, 2.25, 6.50)));

  /** Figures published for a peer on one database. */
  record Published(
      double transitionsPerSecond,
      double dossiersPerSecond,
      double transitionP50,
      double transitionP99,
      double worklistP50,
      double worklistP99) {}

  final String id;
  final String label;
  final String mainClass;
  final Map<String, Published> published;

  Peer(String id, String label, String mainClass, Map<String, Published> published) {
    this.id = id;
    this.label = label;
    this.mainClass = mainClass;
    this.published = published;
  }

  static Peer byId(String id) {
    for (Peer p : values()) {
      if (p.id.equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown peer '" + id + "'; known: flowable, camunda");
  }
}
