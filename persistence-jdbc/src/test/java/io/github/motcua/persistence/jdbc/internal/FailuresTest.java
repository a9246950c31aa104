package io.github.motcua.persistence.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.spi.DossierStoreException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** How driver failures are classified. */
class FailuresTest {

  @Test
  void aBatchFailureWithoutSqlStateIsClassifiedByTheConnectionFailureInside() {
    // MariaDB Connector/J, when the server shuts down mid-batch (seen by the restart suite)
    SQLException gone = new SQLNonTransientConnectionException("socket closed", "08000", 0);
    BatchUpdateException batch =
        new BatchUpdateException("batch failed", null, 0, new int[0], gone);
    DossierStoreException e =
        Failures.translate("update dossier 'd-1'", new DataAccessException("batch", batch));
    assertThat(e.kind()).isEqualTo(DossierStoreException.Kind.CONNECTION);
    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).contains("SQLState 08000");
  }

  @Test
  void aBatchFailureWhoseNextExceptionSaysWhatIsClassifiedByIt() {
    BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0, new int[0]);
    batch.setNextException(new SQLException("deadlock", "40001", 1213));
    assertThat(Failures.kind(new DataAccessException("batch", batch)))
        .isEqualTo(DossierStoreException.Kind.DEADLOCK);
  }

  @Test
  void aFailureWithoutAnySqlStateIsStillTheFirstSqlException() {
    SQLException bare = new SQLException("odd");
    assertThat(Failures.sqlCause(new RuntimeException(bare))).containsSame(bare);
    assertThat(Failures.kind(bare)).isEqualTo(DossierStoreException.Kind.OTHER);
  }
}
