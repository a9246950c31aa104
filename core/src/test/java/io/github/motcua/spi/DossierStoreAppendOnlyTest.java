package io.github.motcua.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only through every public API (issue 10 §6): no public method of the
 * storage SPI, of the stores shipped in core or of the engine facade is named for changing or
 * removing events, and the only ones that take events at all are the SPI's {@code insert} (a new
 * dossier's first events) and {@code update} (new events appended after the expected version, as
 * its contract says). The behaviour is checked too: {@code EntryPointFuzzProperties} asserts that
 * after each successful call every dossier's earlier history is a prefix of its new one, and the
 * JDBC module runs the engine under a database role that cannot UPDATE or DELETE events ({@code
 * PostgresqlEventGrantsTest}, {@code docs/database-grants.md}). {@link
 * #theSpiExposesNoWayToChangeOrRemoveEvents} is repeated for the JDBC store in its module.
 */
class DossierStoreAppendOnlyTest {
  /** Verbs that would change or remove recorded events. */
  static final Pattern REWRITING =
      Pattern.compile(
          "delete|remove|purge|truncate|erase|clear|rewrite|replace|amend|edit|compact|prune"
              + "|archive|redact|forget|overwrite|modify|set(?=[A-Z])");

  /** The only SPI methods that take events: both append. */
  static final Set<String> APPENDING = Set.of("insert", "update");

  /**
   * The public methods of a type that are named for rewriting events or take events without being
   * one of the appending SPI methods.
   *
   * @param type the type
   * @return a description of each offending method
   */
  static List<String> rewritingMethods(Class<?> type) {
    List<String> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getDeclaringClass() == Object.class || !Modifier.isPublic(m.getModifiers())) {
        continue;
      }
      String name = m.getName();
      boolean named =
          REWRITING.matcher(name.toLowerCase(Locale.ROOT)).find() || REWRITING.matcher(name).find();
      boolean takesEvents =
          Arrays.stream(m.getGenericParameterTypes())
              .anyMatch(DossierStoreAppendOnlyTest::mentionsEvent);
      if (named || (takesEvents && !APPENDING.contains(name))) {
        out.add(type.getSimpleName() + "." + name + Arrays.toString(m.getParameterTypes()));
      }
    }
    return out;
  }

  private static boolean mentionsEvent(Type t) {
    if (t == DossierEvent.class) {
      return true;
    }
    if (t instanceof ParameterizedType p) {
      return Arrays.stream(p.getActualTypeArguments())
          .anyMatch(DossierStoreAppendOnlyTest::mentionsEvent);
    }
    return false;
  }

  @Test
  void theSpiExposesNoWayToChangeOrRemoveEvents() {
    assertThat(rewritingMethods(DossierStore.class)).isEmpty();
    assertThat(rewritingMethods(InMemoryDossierStore.class)).isEmpty();
  }

  @Test
  void theEngineExposesNoWayToChangeOrRemoveEvents() {
    assertThat(rewritingMethods(DossierEngine.class)).isEmpty();
  }

  @Test
  void theCheckFindsAMethodThatWouldRewriteEvents() {
    // the check itself can fail: a store with a purge and a replacement of events is caught
    interface Rewriting {
      void purgeHistory(String dossierId);

      void correct(String dossierId, List<DossierEvent> events);

      void update(Object d, long v, List<DossierEvent> events);
    }
    assertThat(rewritingMethods(Rewriting.class))
        .hasSize(2)
        .anyMatch(m -> m.contains("purgeHistory"))
        .anyMatch(m -> m.contains("correct"));
  }
}
