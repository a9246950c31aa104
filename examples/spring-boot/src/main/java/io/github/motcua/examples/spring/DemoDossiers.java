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
