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
