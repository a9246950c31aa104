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

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.agency.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streamed digest digests the same bytes as the length-prefixed concatenation it replaced, so
 * idempotency records stored before it still match their commands: any text, Vietnamese, astral
 * characters and lone surrogates included, across the encoder's buffer boundary.
 */
class CommandDigestProperties {
  private static String concatenated(String kind, Actor actor, List<Object> parts)
      throws Exception {
    StringBuilder text = new StringBuilder();
    List<Object> all = new java.util.ArrayList<>();
    all.add(kind);
    all.add(actor.userId());
    all.add(actor.agencyId());
    all.add(new TreeSet<>(actor.roles()).toString());
    all.addAll(parts);
    for (Object part : all) {
      String s = part == null ? "\u0000" : part.getClass().getSimpleName() + ":" + part;
      text.append(s.length()).append('|').append(s);
    }
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Property(tries = 300)
  void streamingDigestsTheConcatenatedParts(@ForAll("parts") List<Object> parts) throws Exception {
    Actor actor = Actor.of("u-đ", "hc", "leader", "specialist");
    CommandDigest d = new CommandDigest("perform", actor);
    parts.forEach(d::add);
    assertThat(d.hex()).isEqualTo(concatenated("perform", actor, parts));
  }

  @Provide
  Arbitrary<List<Object>> parts() {
    Arbitrary<Object> texts =
        Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20_000),
                Arbitraries.strings()
                    .withChars("aăâđêôơưạảãáàấầẩẫậ\uD83D\uDE00\uD800\uDC00")
                    .ofMaxLength(9000),
                Arbitraries.of("\uD800", "x\uDBFF", "\uDC00y", "", "Nguyễn Thị Ánh Tuyết"))
            .map(s -> (Object) s);
    Arbitrary<Object> others =
        Arbitraries.oneOf(
            Arbitraries.integers().map(i -> (Object) i),
            Arbitraries.just((Object) java.time.LocalDate.of(2026, 3, 2)),
            Arbitraries.just(null));
    return Arbitraries.oneOf(texts, others).list().ofMaxSize(6);
  }
}
