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

import java.util.List;

/**
 * A process engine under measurement, with the five-step process {@code dossier} deployed: the
 * calls the workload makes, each its own transaction (the engine's command context), as a client of
 * the engine's public API would make them.
 */
public interface PeerEngine extends AutoCloseable {
  /**
   * Starts a dossier.
   *
   * @param applicant the applicant's id (a process variable)
   * @param procedureCode the procedure's code (a process variable)
   * @return the process instance id
   */
  String start(String applicant, String procedureCode);

  /**
   * Finds the one open task of a process instance.
   *
   * @param processInstanceId the process instance
   * @return the task id
   * @throws IllegalStateException if the instance has no open task
   */
  String openTask(String processInstanceId);

  /**
   * Claims a task for a user.
   *
   * @param taskId the task
   * @param user the user
   */
  void claim(String taskId, String user);

  /**
   * Completes a task.
   *
   * @param taskId the task
   */
  void complete(String taskId);

  /**
   * Reads the first page of the open tasks of a candidate group, earliest due date first.
   *
   * @param candidateGroup the group
   * @param pageSize the page size
   * @return the number of tasks on the page
   */
  int worklistPage(String candidateGroup, int pageSize);

  /**
   * Tells whether a process instance has ended, from the history.
   *
   * @param processInstanceId the process instance
   * @return whether history records its end
   */
  boolean ended(String processInstanceId);

  /**
   * Lists the task definition keys of the finished tasks of a process instance, from the history.
   *
   * @param processInstanceId the process instance
   * @return the keys, in no particular order
   */
  List<String> finishedTaskKeys(String processInstanceId);

  /** Closes the engine. */
  @Override
  void close();
}
