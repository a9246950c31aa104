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
package io.github.motcua.benchmarks.peers.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver times the workload, checks the history afterwards and carries its samples. */
class PeerWorkloadTest {

  /** A process engine in a few maps: one open task per instance, history of finished tasks. */
  static final class MapEngine implements PeerEngine {
    final Map<String, Integer> open = new HashMap<>();
    final Map<String, List<String>> finished = new HashMap<>();
    final Map<String, String> claimedBy = new HashMap<>();
    String forgetTask = "";
    int started;

    @Override
    public String start(String applicant, String procedureCode) {
      String id = "p" + started++;
      open.put(id, 0);
      finished.put(id, new ArrayList<>());
      return id;
    }

    @Override
    public String openTask(String processInstanceId) {
      Integer k = open.get(processInstanceId);
      if (k == null) {
        throw new IllegalStateException("no open task");
      }
      return processInstanceId + "/" + k;
    }

    @Override
    public void claim(String taskId, String user) {
      claimedBy.put(taskId, user);
    }

    @Override
    public void complete(String taskId) {
      String id = taskId.substring(0, taskId.indexOf('/'));
      int k = open.get(id);
      String key = PeerWorkload.TASKS.get(k);
      if (!key.equals(forgetTask)) {
        finished.get(id).add(key);
      }
      if (k + 1 == PeerWorkload.TASKS.size()) {
        open.remove(id);
      } else {
        open.put(id, k + 1);
      }
    }

    @Override
    public int worklistPage(String candidateGroup, int pageSize) {
      long n =
          open.values().stream()
              .filter(k -> PeerWorkload.GROUPS.get(k).equals(candidateGroup))
              .count();
      return (int) Math.min(pageSize, n);
    }

    @Override
    public boolean ended(String processInstanceId) {
      return !open.containsKey(processInstanceId);
    }

    @Override
    public List<String> finishedTaskKeys(String processInstanceId) {
      return finished.get(processInstanceId);
    }

    @Override
    public void close() {}
  }

  @Test
  void everyMeasuredDossierIsTimedAndCheckedAndTheWorklistHoldsTheSpecialistsTasks() {
    MapEngine engine = new MapEngine();

    PeerSamples s = new PeerWorkload(engine).run(3, 10, 12, 2, 4);

    assertThat(s.dossiers()).isEqualTo(10);
    assertThat(s.checked()).isEqualTo(10);
    assertThat(s.startNanos()).hasSize(10).doesNotContain(0L);
    assertThat(s.transitionNanos()).hasSize(50).doesNotContain(0L);
    assertThat(s.worklistNanos()).hasSize(4);
    assertThat(s.flowNanos()).isPositive();
    assertThat(engine.started).isEqualTo(3 + 10 + 12);
    // 12 dossiers advanced i mod 5 steps: i = 1, 2, 6, 7, 11 wait at a specialist task
    assertThat(engine.worklistPage("specialist", 50)).isEqualTo(5);
    assertThat(engine.claimedBy).containsEntry("p3/1", "u-specialist");
  }

  @Test
  void aDossierMissingATaskInHistoryFailsTheRun() {
    MapEngine engine = new MapEngine();
    engine.forgetTask = "approve";

    assertThatThrownBy(() -> new PeerWorkload(engine).run(0, 2, 0, 0, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not end with its five tasks in history");
  }

  @Test
  void samplesSurviveTheTripBetweenJvms(@TempDir Path dir) {
    PeerSamples s =
        new PeerSamples(2, 2, 123, new long[] {1, 2}, new long[] {3, 4, 5}, new long[] {6});
    Path file = dir.resolve("samples");

    s.write(file);
    PeerSamples back = PeerSamples.read(file);

    assertThat(back.dossiers()).isEqualTo(2);
    assertThat(back.checked()).isEqualTo(2);
    assertThat(back.flowNanos()).isEqualTo(123);
    assertThat(back.startNanos()).containsExactly(1, 2);
    assertThat(back.transitionNanos()).containsExactly(3, 4, 5);
    assertThat(back.worklistNanos()).containsExactly(6);
  }

  @Test
  void badOptionsAreRefused() {
    assertThatThrownBy(() -> PeerMain.pair("1000")).hasMessageContaining("two numbers");
    assertThatThrownBy(() -> PeerMain.pair("a,b")).hasMessageContaining("two numbers");
    assertThatThrownBy(() -> PeerMain.options("--out")).hasMessageContaining("--name value");
    assertThatThrownBy(() -> new PeerMain.Database("jdbc:mysql://x/y", "u", "").driverClassName())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
