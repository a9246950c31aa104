package io.github.motcua.persistence.memory;

import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.contract.DossierStoreContract;

/** The in-memory store keeps the store contract. */
class InMemoryDossierStoreTest extends DossierStoreContract {
  @Override
  protected DossierStore newStore() {
    return new InMemoryDossierStore();
  }
}
