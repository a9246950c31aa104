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
