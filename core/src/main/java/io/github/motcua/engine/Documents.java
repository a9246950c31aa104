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
import io.github.motcua.dossier.DocumentRef;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.StaleDossierVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attaches document references to dossiers for {@link DossierEngine#attachDocument}: ids, kinds and
 * digests only, the files stay in the host's storage. An attachment is a fact, not an action: it
 * keeps the undo point of the last action and moves no clock. Stateless; thread-safe.
 */
final class Documents {
  static final String ATTACH = "attach-document";

  private final EngineContext ctx;
  private final Commands commands;

  Documents(EngineContext ctx, Commands commands) {
    this.ctx = ctx;
    this.commands = commands;
  }

  PerformResult attach(String dossierId, Actor actor, long expectedVersion, DocumentRef doc) {
    return commands.command(
        dossierId,
        ATTACH,
        () ->
            ctx.decide(dossierId, expectedVersion, d -> attachOn(d, actor, expectedVersion, doc)));
  }

  private PerformResult attachOn(Dossier d, Actor actor, long expectedVersion, DocumentRef doc) {
    EngineContext.loaded(d);
    if (!Involvement.agencyInvolved(d, actor)) {
      throw ActionNotAllowedException.stranger(d.id(), ATTACH, actor);
    }
    if (d.version() != expectedVersion) {
      throw new StaleDossierVersionException(d.id(), expectedVersion, d.version());
    }
    if (doc.event().isPresent() && doc.event().get() > d.version()) {
      throw new ActionNotAvailableException(
          d.id(),
          ATTACH,
          List.of(),
          "dossier '"
              + d.id()
              + "' has "
              + d.version()
              + " events; a document cannot belong to event "
              + doc.event().get());
    }
    for (DocumentRef x : d.documents()) {
      if (x.id().equals(doc.id())) {
        throw new ActionNotAvailableException(
            d.id(),
            ATTACH,
            List.of(),
            "document '" + doc.id() + "' is already attached to dossier '" + d.id() + "'");
      }
    }
    List<DocumentRef> docs = new ArrayList<>(d.documents());
    docs.add(doc);
    Dossier next = d.toBuilder().version(d.version() + 1).documents(docs).build();
    DossierEvent.Builder ev =
        DossierEvent.builder(d.id(), d.version() + 1, EventType.DOCUMENT_ATTACHED, ctx.now())
            .actor(actor.userId(), actor.agencyId())
            .detail(DossierEvent.DETAIL_DOCUMENT, doc.kind() + " " + doc.id() + " " + doc.digest());
    doc.event().ifPresent(e -> ev.detail(DossierEvent.DETAIL_RELATES_TO, Long.toString(e)));
    List<DossierEvent> events = List.of(ev.build());
    ctx.store(d.version(), next, events, Optional.empty());
    return new PerformResult(next, events, false);
  }
}
