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
package io.github.motcua.benchmarks.peers.flowable;

import io.github.motcua.benchmarks.peers.driver.PeerEngine;
import io.github.motcua.benchmarks.peers.driver.PeerMain;
import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;

/**
 * Flowable 7.2.0, embedded: a standalone engine configuration on a JDBC URL (the engine's own
 * pool), engine-managed schema, history level {@code audit}, async executor off, with {@code
 * dossier.bpmn20.xml} deployed.
 */
public final class FlowablePeer implements PeerEngine {
  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;

  /**
   * Builds the engine and deploys the process.
   *
   * @param db the database, empty
   */
  public FlowablePeer(PeerMain.Database db) {
    ProcessEngineConfiguration config =
        new StandaloneProcessEngineConfiguration()
            .setJdbcUrl(db.jdbcUrl())
            .setJdbcDriver(db.driverClassName())
            .setJdbcUsername(db.user())
            .setJdbcPassword(db.password())
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
            .setHistory("audit")
            .setAsyncExecutorActivate(false);
    this.engine = config.buildProcessEngine();
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.history = engine.getHistoryService();
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("dossier.bpmn20.xml")
        .deploy();
  }

  /**
   * Runs the workload on Flowable (options: {@link PeerMain}).
   *
   * @param args the options
   */
  public static void main(String[] args) {
    PeerMain.run(args, FlowablePeer::new);
  }

  @Override
  public String start(String applicant, String procedureCode) {
    return runtime
        .startProcessInstanceByKey(
            "dossier", Map.of("applicant", applicant, "procedureCode", procedureCode))
        .getId();
  }

  @Override
  public String openTask(String processInstanceId) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    if (task == null) {
      throw new IllegalStateException("no open task in process instance " + processInstanceId);
    }
    return task.getId();
  }

  @Override
  public void claim(String taskId, String user) {
    tasks.claim(taskId, user);
  }

  @Override
  public void complete(String taskId) {
    tasks.complete(taskId);
  }

  @Override
  public int worklistPage(String candidateGroup, int pageSize) {
    return tasks
        .createTaskQuery()
        .taskCandidateGroup(candidateGroup)
        .orderByTaskDueDate()
        .asc()
        .listPage(0, pageSize)
        .size();
  }

  @Override
  public boolean ended(String processInstanceId) {
    return history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .finished()
            .count()
        == 1;
  }

  @Override
  public List<String> finishedTaskKeys(String processInstanceId) {
    return history
        .createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId)
        .finished()
        .list()
        .stream()
        .map(HistoricTaskInstance::getTaskDefinitionKey)
        .toList();
  }

  @Override
  public void close() {
    engine.close();
  }
}
