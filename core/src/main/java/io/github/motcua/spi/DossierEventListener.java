package io.github.motcua.spi;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import java.util.List;

/**
 * Receives a dossier's new events after the store committed them, in order. Called on the thread
 * that made the change. An exception thrown here is logged by the engine (with the dossier id,
 * never personal data) and does not undo or break the transition; a listener that must not miss an
 * event reads the store's history or a transactional outbox instead.
 */
@FunctionalInterface
public interface DossierEventListener {
  /**
   * Called once per committed change.
   *
   * @param dossier the dossier after the change
   * @param events the events the change recorded, in sequence order
   */
  void onEvents(Dossier dossier, List<DossierEvent> events);
}
