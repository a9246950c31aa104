package io.github.motcua.persistence.memory;

import io.github.motcua.spi.DossierStore;
import io.github.motcua.spi.contract.EngineOnStoreContract;

/** The engine's races on the in-memory store. */
class InMemoryEngineOnStoreTest extends EngineOnStoreContract {
  @Override
  protected DossierStore newStore() {
    return new InMemoryDossierStore();
  }
}
