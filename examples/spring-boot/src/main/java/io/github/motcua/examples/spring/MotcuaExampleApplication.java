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
package io.github.motcua.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A Spring Boot 3 application that embeds motcua: the engine as a bean on the JDBC store (see
 * {@link MotcuaConfiguration}), its changes inside Spring's transactions ({@link DossierService}),
 * the timer runner started and stopped with the application context ({@link TimerRunnerLifecycle}),
 * and two REST endpoints ({@link DossierController}).
 */
@SpringBootApplication(proxyBeanMethods = false)
@EnableConfigurationProperties(MotcuaProperties.class)
public class MotcuaExampleApplication {
  /** Created by Spring. */
  MotcuaExampleApplication() {}

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments, e.g. {@code --motcua.timers.interval=10s}
   */
  public static void main(String[] args) {
    SpringApplication.run(MotcuaExampleApplication.class, args);
  }
}
