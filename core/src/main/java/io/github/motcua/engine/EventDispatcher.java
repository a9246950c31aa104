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

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.spi.DossierEventListener;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers committed changes to the listeners, each dossier's in sequence order, whatever threads
 * made them and whatever the listeners do.
 *
 * <p>Design: per dossier, a queue of committed batches keyed by the version each was computed from,
 * the versions of changes still in flight (being stored, not yet committed or rolled back), and a
 * flag saying a thread is delivering. A batch is delivered when no change in flight started from an
 * earlier version (that change may still commit, and its events come first), and by one thread at a
 * time: a thread that commits while another delivers the same dossier leaves its batch in the
 * queue, and the delivering thread hands it on after the ones before it. A listener that itself
 * changes the dossier (re-entrancy) therefore does not interrupt the batch being delivered: its
 * change reaches every listener after the current batch has reached them all. Entries are removed
 * when a dossier has nothing queued, in flight or delivering. Thread-safe.
 */
final class EventDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

  private record Batch(Dossier dossier, List<DossierEvent> events) {}

  private static final class Queue {
    private final TreeMap<Long, Batch> ready = new TreeMap<>();
    private final TreeMap<Long, Integer> inFlight = new TreeMap<>();
    private boolean delivering;

    private boolean idle() {
      return ready.isEmpty() && inFlight.isEmpty() && !delivering;
    }

    /** The next batch that may go now, if any; marks this queue as being delivered. */
    private Batch next() {
      if (ready.isEmpty()) {
        return null;
      }
      long from = ready.firstKey();
      if (!inFlight.isEmpty() && inFlight.firstKey() < from) {
        return null;
      }
      return ready.pollFirstEntry().getValue();
    }
  }

  private final List<DossierEventListener> listeners;
  private final Map<String, Queue> queues = new ConcurrentHashMap<>();

  EventDispatcher(List<DossierEventListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /** A change of a dossier computed from {@code fromVersion} is about to be stored. */
  void inFlight(String dossierId, long fromVersion) {
    if (listeners.isEmpty()) {
      return;
    }
    queues.compute(
        dossierId,
        (k, q) -> {
          Queue x = q == null ? new Queue() : q;
          x.inFlight.merge(fromVersion, 1, Integer::sum);
          return x;
        });
  }

  /** The change computed from {@code fromVersion} was not stored (refused or rolled back). */
  void abandoned(String dossierId, long fromVersion) {
    if (listeners.isEmpty()) {
      return;
    }
    settle(dossierId, fromVersion, null);
    drain(dossierId);
  }

  /** The change is committed: queue its events and deliver whatever may go now. */
  void committed(long fromVersion, Dossier dossier, List<DossierEvent> events) {
    if (listeners.isEmpty()) {
      return;
    }
    settle(dossier.id(), fromVersion, new Batch(dossier, events));
    drain(dossier.id());
  }

  private void settle(String dossierId, long fromVersion, Batch batch) {
    queues.compute(
        dossierId,
        (k, q) -> {
          Queue x = q == null ? new Queue() : q;
          x.inFlight.computeIfPresent(fromVersion, (v, n) -> n == 1 ? null : n - 1);
          if (batch != null) {
            x.ready.put(fromVersion, batch);
          }
          return x.idle() ? null : x;
        });
  }

  private void drain(String dossierId) {
    boolean[] deliverer = {false};
    ArrayDeque<Batch> mine = new ArrayDeque<>(1);
    while (true) {
      mine.clear();
      queues.computeIfPresent(
          dossierId,
          (k, q) -> {
            if (q.delivering && !deliverer[0]) {
              // another thread, or an outer frame of this one, is delivering: it takes ours next
              return q;
            }
            Batch b = q.next();
            if (b == null) {
              q.delivering = false;
              deliverer[0] = false;
              return q.idle() ? null : q;
            }
            q.delivering = true;
            deliverer[0] = true;
            mine.add(b);
            return q;
          });
      Batch b = mine.peek();
      if (b == null) {
        return;
      }
      deliver(b);
    }
  }

  private void deliver(Batch b) {
    for (DossierEventListener l : listeners) {
      try {
        l.onEvents(b.dossier(), b.events());
      } catch (RuntimeException e) {
        LOG.warn(
            "event listener {} failed on dossier {} (events {} to {}); the change is committed",
            l.getClass().getName(),
            b.dossier().id(),
            b.events().get(0).sequence(),
            b.events().get(b.events().size() - 1).sequence(),
            e);
      }
    }
  }
}
