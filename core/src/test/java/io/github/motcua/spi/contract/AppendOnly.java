/*
 * Copyright 2026 the motcua authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.motcua.spi.contract;

import io.github.motcua.dossier.DossierEvent;
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

/**
 * The reflective half of the append-only audit check (issue 10 §6), shared by every store's tests:
 * finds the public methods of a type that are named for changing or removing events, or that take
 * events without being one of the SPI's two appending methods.
 */
public final class AppendOnly {
  private AppendOnly() {}

  /** Verbs that would change or remove recorded events. */
  public static final Pattern REWRITING =
      Pattern.compile(
          "delete|remove|purge|truncate|erase|clear|rewrite|replace|amend|edit|compact|prune"
              + "|archive|redact|forget|overwrite|modify|set(?=[A-Z])");

  /** The only SPI methods that take events: both append. */
  public static final Set<String> APPENDING = Set.of("insert", "update");

  /**
   * The public methods of a type that are named for rewriting events or take events without being
   * one of the appending SPI methods.
   *
   * @param type the type
   * @return a description of each offending method
   */
  public static List<String> rewritingMethods(Class<?> type) {
    List<String> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getDeclaringClass() == Object.class || !Modifier.isPublic(m.getModifiers())) {
        continue;
      }
      String name = m.getName();
      boolean named =
          REWRITING.matcher(name.toLowerCase(Locale.ROOT)).find() || REWRITING.matcher(name).find();
      boolean takesEvents =
          Arrays.stream(m.getGenericParameterTypes()).anyMatch(AppendOnly::mentionsEvent);
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
      return Arrays.stream(p.getActualTypeArguments()).anyMatch(AppendOnly::mentionsEvent);
    }
    return false;
  }
}
