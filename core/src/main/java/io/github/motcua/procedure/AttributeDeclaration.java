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
   * The longest {@link AttributeType#STRING} value a dossier accepts, in characters: an attribute
   * is a field of the dossier (a note, an address, a parcel number), not a document, which stays in
   * the host's storage and is referenced by a {@link io.github.motcua.dossier.DocumentRef}.
   */
  public static final int MAX_TEXT_LENGTH = 4000;

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
