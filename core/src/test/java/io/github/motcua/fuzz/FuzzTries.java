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
package io.github.motcua.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets the number of tries of a fuzz property from the system property {@value #PROPERTY}, so the
 * CI run keeps the few hundred tries written on each {@code @Property} and a soak runs many more
 * without editing a file: {@code mvn -pl core -am verify -Dmotcua.fuzz.tries=10000
 * -Dtest='*Fuzz*'}. Registered on a container with {@code @AddLifecycleHook(FuzzTries.class)};
 * jqwik reads the tries after the hooks around the property have run, so the value set here wins
 * over the annotation.
 */
public final class FuzzTries implements AroundPropertyHook {
  /** The system property giving the tries of every fuzz property in a soak. */
  public static final String PROPERTY = "motcua.fuzz.tries";

  /** Creates the hook; jqwik instantiates it. */
  public FuzzTries() {}

  /**
   * Returns the soak's tries, if the system property is set.
   *
   * @return the tries, or empty in a CI run
   */
  public static java.util.OptionalInt soakTries() {
    String value = System.getProperty(PROPERTY, "").trim();
    if (value.isEmpty()) {
      return java.util.OptionalInt.empty();
    }
    int tries = Integer.parseInt(value);
    if (tries < 1) {
      throw new IllegalArgumentException(PROPERTY + " must be a positive number, was " + value);
    }
    return java.util.OptionalInt.of(tries);
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) throws Throwable {
    soakTries().ifPresent(tries -> context.attributes().setTries(tries));
    return property.execute();
  }

  @Override
  public PropagationMode propagateTo() {
    // registered on a class, it applies to each property in it
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public int aroundPropertyProximity() {
    // outside every other hook, so the tries are set before anything reads them
    return -100;
  }
}
