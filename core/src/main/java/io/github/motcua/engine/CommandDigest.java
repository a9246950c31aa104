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
package io.github.motcua.engine;

import io.github.motcua.agency.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The digest stored with an idempotency key: SHA-256 over the actor (user, agency, roles) and every
 * field of the command, each part length-prefixed so that no two different commands encode alike. A
 * repeated key is answered only when the digest is equal. Not thread-safe; one per command.
 */
final class CommandDigest {
  private final StringBuilder text = new StringBuilder(256);

  CommandDigest(String kind, Actor actor) {
    add(kind)
        .add(actor.userId())
        .add(actor.agencyId())
        .add(new TreeSet<>(actor.roles()).toString());
  }

  CommandDigest add(Object part) {
    String s = part == null ? "\u0000" : part.getClass().getSimpleName() + ":" + part;
    text.append(s.length()).append('|').append(s);
    return this;
  }

  CommandDigest add(Map<String, ?> map) {
    TreeMap<String, ?> sorted = new TreeMap<>(map);
    add(sorted.size());
    sorted.forEach(
        (k, v) -> {
          add(k);
          add(v);
        });
    return this;
  }

  String hex() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
