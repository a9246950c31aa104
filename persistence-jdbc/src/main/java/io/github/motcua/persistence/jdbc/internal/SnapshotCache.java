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
package io.github.motcua.persistence.jdbc.internal;

import io.github.motcua.dossier.Dossier;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Parsed snapshots of committed dossier versions, so that a load whose row is still at the version
 * the cache holds skips reading and parsing the snapshot's JSON (a fifth of a transition's time on
 * H2, a profile of the peer workload showed). The load asks the database for the row's version
 * every time: a snapshot from the cache is used only when the stored version equals its version. A
 * command that names the version its caller saw skips the read altogether ({@code
 * DossierStore.cached}): the update's compare-and-set on that version is what confirms the
 * snapshot, and the engine decides a refused command again on a load.
 *
 * <p>Why that is safe: a snapshot enters the cache only after the transaction that wrote or read it
 * committed, and a dossier's version grows by one or more with every committed change, so one
 * committed (id, version) pair names one content, on every node that shares the database. A
 * rolled-back change never enters. What the cache cannot see is a database put back to an earlier
 * state under a running store (a backup restored while the nodes run, tables truncated and filled
 * again): build the stores anew after that, or build them with the cache off.
 *
 * <p>A fixed array of slots, each holding the snapshot of the dossier whose id hashes to it: an
 * offer replaces what a slot held (a newer version of the same dossier, or another dossier), so the
 * memory is bounded by the number of slots and nothing needs a lock. Thread-safe.
 */
public final class SnapshotCache {
  private final AtomicReferenceArray<Dossier> slots;
  private final int mask;

  /**
   * Creates a cache.
   *
   * @param entries at least how many snapshots it holds at once (rounded up to a power of two); 0
   *     for none: every load then reads and parses the snapshot
   */
  public SnapshotCache(int entries) {
    if (entries < 0) {
      throw new IllegalArgumentException("snapshot cache entries must not be negative");
    }
    int size = entries == 0 ? 0 : Integer.highestOneBit(Math.max(1, entries - 1)) << 1;
    this.slots = new AtomicReferenceArray<>(size);
    this.mask = size - 1;
  }

  /**
   * Returns whether the cache holds anything at all.
   *
   * @return false when built with 0 entries
   */
  public boolean enabled() {
    return mask >= 0;
  }

  /**
   * Returns the cached snapshot of a dossier, if the cache holds one.
   *
   * @param id the dossier id
   * @return the snapshot, or null
   */
  public Dossier get(String id) {
    if (mask < 0) {
      return null;
    }
    Dossier d = slots.get(slot(id));
    return d != null && d.id().equals(id) ? d : null;
  }

  /**
   * Offers a committed snapshot; an older version of the same dossier never replaces a newer one.
   *
   * @param d the snapshot
   */
  public void offer(Dossier d) {
    if (mask < 0) {
      return;
    }
    int i = slot(d.id());
    while (true) {
      Dossier held = slots.get(i);
      if (held != null && held.id().equals(d.id()) && held.version() >= d.version()) {
        return;
      }
      if (slots.compareAndSet(i, held, d)) {
        return;
      }
    }
  }

  private int slot(String id) {
    int h = id.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }
}
