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

/**
 * The agencies of the example's directory, and the staff roles of the shipped procedure.
 * Illustrative ids, not official codes.
 */
final class ExampleAgencies {
  static final String PROVINCE = "da-nang";

  /** Trung tâm Phục vụ hành chính công: receives dossiers (the procedure's {@code centre}). */
  static final String CENTRE = "da-nang-hcc";

  static final String COMMUNE = "hai-chau";

  /** The commune's business registration office (the procedure's competent {@code registrar}). */
  static final String REGISTRAR = "hai-chau-dkkd";

  private ExampleAgencies() {}
}
