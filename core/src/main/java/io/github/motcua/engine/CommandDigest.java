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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
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
 *
 * <p>The parts are encoded (UTF-8, a malformed surrogate as {@code ?}) straight into the digest
 * through a small buffer, never gathered into one text: a command is digested before it is
 * validated, and a 10-million-character attribute must not cost hundreds of megabytes of copies.
 * The bytes digested are those of the concatenated parts, as before.
 */
final class CommandDigest {
  private final MessageDigest md;
  private final CharsetEncoder utf8 =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer buffer = ByteBuffer.allocate(8192);

  CommandDigest(String kind, Actor actor) {
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    add(kind)
        .add(actor.userId())
        .add(actor.agencyId())
        .add(new TreeSet<>(actor.roles()).toString());
  }

  CommandDigest add(Object part) {
    // the part is "Type:value" (or NUL for none), prefixed by its length in chars and '|'
    String head = part == null ? "\u0000" : part.getClass().getSimpleName() + ":";
    String body = part == null ? "" : String.valueOf(part);
    feed((head.length() + body.length()) + "|");
    feed(head);
    feed(body);
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

  private void feed(String text) {
    CharBuffer in = CharBuffer.wrap(text);
    utf8.reset();
    while (true) {
      boolean more = utf8.encode(in, buffer, true).isOverflow();
      if (!more) {
        more = utf8.flush(buffer).isOverflow();
      }
      buffer.flip();
      md.update(buffer);
      buffer.clear();
      if (!more && !in.hasRemaining()) {
        return;
      }
    }
  }

  String hex() {
    return HexFormat.of().formatHex(md.digest());
  }
}
