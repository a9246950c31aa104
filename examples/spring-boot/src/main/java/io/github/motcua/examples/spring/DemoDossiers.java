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

import io.github.motcua.agency.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Submits {@code motcua.demo-dossiers} household business registrations at start-up, received at
 * the centre, so that the worklist of the centre's {@code one-stop-officer} shows something.
 * Applicant references are made-up tokens, not personal data.
 */
@Component
class DemoDossiers implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(DemoDossiers.class);

  /** The officer of the centre who receives the demo dossiers. */
  static final Actor RECEIVER =
      Actor.of("demo-officer", ExampleAgencies.CENTRE, "one-stop-officer");

  private final DossierService service;
  private final MotcuaProperties properties;

  DemoDossiers(DossierService service, MotcuaProperties properties) {
    this.service = service;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (int i = 1; i <= properties.demoDossiers(); i++) {
      String number =
          service.submitHouseholdBusiness("demo-applicant-" + i, RECEIVER, 100_000_000L).number();
      LOG.info("demo dossier {} submitted", number);
    }
  }
}
