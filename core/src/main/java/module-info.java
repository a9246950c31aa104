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
/**
 * motcua core: working calendars with Vietnamese holidays, legal deadlines, procedure definitions
 * and the dossier engine. Exports API and SPI packages only; {@code internal} packages stay hidden.
 */
module io.github.motcua.core {
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires org.slf4j;

  exports io.github.motcua;
  exports io.github.motcua.agency;
  exports io.github.motcua.calendar;
  exports io.github.motcua.deadline;
  exports io.github.motcua.dossier;
  exports io.github.motcua.engine;
  exports io.github.motcua.procedure;
  exports io.github.motcua.spi;
  exports io.github.motcua.persistence.memory;
  exports io.github.motcua.testing;
}
