package io.github.motcua.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.spi.contract.AppendOnly;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store, its relay and its host-transaction handle expose no public method that changes or
 * removes an event (issue 10 §6); the database grants that enforce it are tested by {@link
 * PostgresqlEventGrantsTest}.
 */
class JdbcStoreAppendOnlyTest {
  @Test
  void theJdbcStoreExposesNoWayToChangeOrRemoveEvents() {
    assertThat(AppendOnly.rewritingMethods(JdbcDossierStore.class)).isEmpty();
    assertThat(AppendOnly.rewritingMethods(JdbcDossierStore.Builder.class)).isEmpty();
    assertThat(AppendOnly.rewritingMethods(HostTransaction.class)).isEmpty();
    assertThat(AppendOnly.rewritingMethods(OutboxRelay.class)).isEmpty();
  }
}
