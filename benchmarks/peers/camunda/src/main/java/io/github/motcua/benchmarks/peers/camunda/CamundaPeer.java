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
package io.github.motcua.benchmarks.peers.camunda;

import io.github.motcua.benchmarks.peers.driver.PeerEngine;
import io.github.motcua.benchmarks.peers.driver.PeerMain;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda 7.24.0, embedded: a standalone engine configuration on a JDBC URL (the engine's own
 * pool), engine-managed schema, history level {@code audit}, job executor off, with {@code
 * dossier.bpmn} deployed.
 */
public final class CamundaPeer implements PeerEngine {
  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;

  /**
   * Builds the engine and deploys the process.
   *
   * @param db the database, empty
   */
  public CamundaPeer(PeerMain.Database db) {
    ProcessEngineConfiguration config =
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
            .setJdbcUrl(db.jdbcUrl())
            .setJdbcDriver(db.driverClassName())
            .setJdbcUsername(db.user())
            .setJdbcPassword(db.password())
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
            .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
            .setJobExecutorActivate(false);
    this.engine = config.buildProcessEngine();
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.history = engine.getHistoryService();
    engine.getRepositoryService().createDeployment().addClasspathResource("dossier.bpmn").deploy();
  }

  /**
   * Runs the workload on Camunda (options: {@link PeerMain}).
   *
   * @param args the options
   */
  public static void main(String[] args) {
    PeerMain.run(args, CamundaPeer::new);
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
        .orderByDueDate()
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
