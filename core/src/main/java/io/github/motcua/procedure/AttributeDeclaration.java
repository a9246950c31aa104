package io.github.motcua.procedure;

import static java.util.Objects.requireNonNull;

/**
 * A dossier attribute the procedure declares, such as the land area or the applicant's ward.
 *
 * @param name the attribute name, unique in the procedure
 * @param type its type
 * @param required whether a dossier must carry it when submitted
 */
public record AttributeDeclaration(String name, AttributeType type, boolean required) {
  /**
   * Validates.
   *
   * @param name the attribute name
   * @param type its type
   * @param required whether a dossier must carry it
   */
  public AttributeDeclaration {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
  }
}
