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
