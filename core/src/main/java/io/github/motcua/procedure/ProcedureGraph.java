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
package io.github.motcua.procedure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routing graph of a procedure, split in regions: the top level (steps outside every parallel
 * block, and the blocks themselves as single nodes whose way out is the join) and one region per
 * branch (its steps; a branch is left by {@link Action#JOIN} or by an ending action).
 *
 * <p>Built tolerantly from a procedure that may not be valid yet: an action whose target breaks the
 * region rules is left out of the graph (validation reports it). Every algorithm here is linear and
 * iterative, so a large or hostile definition cannot overflow the stack.
 *
 * <p>Loops: within each region, the actions without {@code maxRounds} form a subgraph; a strongly
 * connected component of it that has a cycle is a loop without a bound. Such a loop with no way out
 * is an error; with a way out it is a warning, and the verifier performs each of its actions at
 * most once per path (marking the path as passing an unbounded loop). Every other cycle contains an
 * action with {@code maxRounds}, so counting performances per path makes every walk finite.
 */
final class ProcedureGraph {
  /** Target of an ending action. */
  static final int END = -1;

  /** Target of an action that completes a branch. */
  static final int JOIN = -2;

  /** An edge: the action performing it (or -1 for a block's join) and its target. */
  record Edge(int action, int target) {}

  /** A region: the top level (block == -1) or one branch of a block. */
  record Region(int block, int branch, int entry) {}

  final Procedure procedure;
  final List<Step> steps = new ArrayList<>();
  final Map<String, Integer> stepIndex = new HashMap<>();
  final List<ParallelBlock> blocks = new ArrayList<>();
  final Map<String, Integer> blockIndex = new HashMap<>();
  final List<Action> actions;

  /** Region of each node (steps, then blocks); blocks are always in region 0. */
  final int[] regionOf;

  final List<Region> regions = new ArrayList<>();

  /** Outgoing edges per node. */
  final List<List<Edge>> out = new ArrayList<>();

  /** Whether each action lies on a loop without a bound (its rounds implicitly 1 per path). */
  final boolean[] onUnboundedLoop;

  /** Loops without a bound: the nodes of each, and whether it has a way out. */
  final List<int[]> unboundedLoops = new ArrayList<>();

  final List<Boolean> unboundedLoopHasExit = new ArrayList<>();

  /**
   * Whether each action is a supplement request ({@link Procedure#requestsSupplement}): bounded,
   * all of them together, by the supplement policy's rounds.
   */
  final boolean[] supplement;

  /** Whether each action extends the due date: bounded, all together, by the extension policy. */
  final boolean[] extension;

  /** The supplement requests one dossier may receive. */
  final int supplementRounds;

  /** The extensions one dossier may receive. */
  final int extensions;

  ProcedureGraph(Procedure p) {
    this.procedure = p;
    this.actions = p.actions();
    for (Step s : p.steps()) {
      if (!stepIndex.containsKey(s.id())) {
        stepIndex.put(s.id(), steps.size());
        steps.add(s);
      }
    }
    for (ParallelBlock b : p.parallelBlocks()) {
      if (!blockIndex.containsKey(b.id()) && !stepIndex.containsKey(b.id())) {
        blockIndex.put(b.id(), steps.size() + blocks.size());
        blocks.add(b);
      }
    }
    int n = steps.size() + blocks.size();
    regionOf = new int[n];
    regions.add(new Region(-1, -1, stepIndex.getOrDefault(p.startStep(), -1)));
    for (int bi = 0; bi < blocks.size(); bi++) {
      List<ParallelBlock.Branch> branches = blocks.get(bi).branches();
      for (int br = 0; br < branches.size(); br++) {
        List<String> ids = branches.get(br).steps();
        int entry = ids.isEmpty() ? -1 : stepIndex.getOrDefault(ids.get(0), -1);
        int region = regions.size();
        regions.add(new Region(bi, br, entry));
        for (String id : ids) {
          Integer s = stepIndex.get(id);
          if (s != null && regionOf[s] == 0) {
            regionOf[s] = region;
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    for (int ai = 0; ai < actions.size(); ai++) {
      Action a = actions.get(ai);
      for (String f : new java.util.LinkedHashSet<>(a.from())) {
        Integer from = stepIndex.get(f);
        if (from == null) {
          continue;
        }
        int target = target(from, a);
        if (target != Integer.MIN_VALUE) {
          out.get(from).add(new Edge(ai, target));
        }
      }
    }
    for (int bi = 0; bi < blocks.size(); bi++) {
      int next = topLevelNode(blocks.get(bi).next());
      if (next >= 0) {
        out.get(steps.size() + bi).add(new Edge(-1, next));
      }
    }
    supplement = new boolean[actions.size()];
    extension = new boolean[actions.size()];
    for (int ai = 0; ai < actions.size(); ai++) {
      supplement[ai] = p.requestsSupplement(actions.get(ai));
      extension[ai] = actions.get(ai).clockEffect() == ClockEffect.EXTEND;
    }
    supplementRounds = p.supplementPolicy().maxRounds();
    extensions = p.extensionPolicy().maxExtensions();
    onUnboundedLoop = new boolean[actions.size()];
    findUnboundedLoops();
  }

  /** Returns the target node of an action performed at a step, or MIN_VALUE if it breaks rules. */
  int target(int from, Action a) {
    if (a.to().isEmpty()) {
      return a.outcome().isPresent() ? END : Integer.MIN_VALUE;
    }
    String to = a.to().get();
    if (regionOf[from] == 0) {
      return topLevelNode(to);
    }
    if (to.equals(Action.JOIN)) {
      return JOIN;
    }
    Integer s = stepIndex.get(to);
    return s != null && regionOf[s] == regionOf[from] ? s : Integer.MIN_VALUE;
  }

  /** Returns a top-level step or block node by id, or MIN_VALUE. */
  int topLevelNode(String id) {
    Integer s = stepIndex.get(id);
    if (s != null) {
      return regionOf[s] == 0 ? s : Integer.MIN_VALUE;
    }
    Integer b = blockIndex.get(id);
    return b != null ? b : Integer.MIN_VALUE;
  }

  int nodeCount() {
    return regionOf.length;
  }

  boolean isBlock(int node) {
    return node >= steps.size();
  }

  ParallelBlock block(int node) {
    return blocks.get(node - steps.size());
  }

  String nodeId(int node) {
    return isBlock(node) ? block(node).id() : steps.get(node).id();
  }

  /** The entry node of each branch of a block node (or -1 when the branch has no known step). */
  int[] branchEntries(int blockNode) {
    int bi = blockNode - steps.size();
    int[] entries = new int[blocks.get(bi).branches().size()];
    int k = 0;
    for (Region r : regions) {
      if (r.block() == bi) {
        entries[k++] = r.entry();
      }
    }
    return entries;
  }

  int regionIndex(int blockNode, int branch) {
    int bi = blockNode - steps.size();
    for (int r = 1; r < regions.size(); r++) {
      if (regions.get(r).block() == bi && regions.get(r).branch() == branch) {
        return r;
      }
    }
    return -1;
  }

  /** Nodes reachable from the start, entering blocks into their branches. */
  BitSet reachable() {
    return computeReachable();
  }

  private BitSet computeReachable() {
    BitSet seen = new BitSet(nodeCount());
    Deque<Integer> queue = new ArrayDeque<>();
    int start = regions.get(0).entry();
    if (start >= 0) {
      seen.set(start);
      queue.add(start);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      List<Integer> next = new ArrayList<>();
      for (Edge e : out.get(node)) {
        if (e.target() >= 0) {
          next.add(e.target());
        }
      }
      if (isBlock(node)) {
        for (int entry : branchEntries(node)) {
          if (entry >= 0) {
            next.add(entry);
          }
        }
      }
      for (int t : next) {
        if (!seen.get(t)) {
          seen.set(t);
          queue.add(t);
        }
      }
    }
    return seen;
  }

  /**
   * For every node, whether it can reach a way out of its region: in a branch, {@code JOIN} (when
   * {@code joinOnly}) or also an ending action; at the top level, an ending action. A block node
   * reaches the end when it can join and its next node reaches the end, or when one of its branches
   * can end the dossier.
   */
  BitSet canFinish() {
    int n = nodeCount();
    BitSet branchEnds = new BitSet(n);
    BitSet branchJoins = new BitSet(n);
    List<List<Integer>> reverse = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      reverse.add(new ArrayList<>());
    }
    for (int v = 0; v < steps.size(); v++) {
      for (Edge e : out.get(v)) {
        if (e.target() >= 0 && regionOf[v] != 0) {
          reverse.get(e.target()).add(v);
        }
      }
    }
    // Within branches: which steps can complete the branch (join) or end the dossier.
    Deque<Integer> q = new ArrayDeque<>();
    for (int v = 0; v < steps.size(); v++) {
      if (regionOf[v] == 0) {
        continue;
      }
      for (Edge e : out.get(v)) {
        if (e.target() == JOIN && !branchJoins.get(v)) {
          branchJoins.set(v);
          q.add(v);
        }
      }
    }
    propagate(q, reverse, branchJoins);
    for (int v = 0; v < steps.size(); v++) {
      if (regionOf[v] == 0) {
        continue;
      }
      for (Edge e : out.get(v)) {
        if ((e.target() == END || e.target() == JOIN) && !branchEnds.get(v)) {
          branchEnds.set(v);
          q.add(v);
        }
      }
    }
    propagate(q, reverse, branchEnds);
    // Top level.
    BitSet finish = new BitSet(n);
    finish.or(branchEnds);
    List<List<Integer>> topReverse = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      topReverse.add(new ArrayList<>());
    }
    for (int v = 0; v < n; v++) {
      if (regionOf[v] != 0) {
        continue;
      }
      for (Edge e : out.get(v)) {
        if (e.target() >= 0 && (!isBlock(v) || canJoin(v, branchJoins))) {
          topReverse.get(e.target()).add(v);
        }
      }
    }
    BitSet top = new BitSet(n);
    for (int v = 0; v < n; v++) {
      if (regionOf[v] != 0) {
        continue;
      }
      boolean ends = false;
      for (Edge e : out.get(v)) {
        ends |= e.target() == END;
      }
      if (isBlock(v)) {
        for (int entry : branchEntries(v)) {
          ends |= entry >= 0 && branchEndsDossier(entry, regionOf[entry]);
        }
      }
      if (ends) {
        top.set(v);
        q.add(v);
      }
    }
    propagate(q, topReverse, top);
    finish.or(top);
    return finish;
  }

  private boolean branchEndsDossier(int entry, int region) {
    // Whether an ending action is reachable from the branch entry within the branch.
    BitSet seen = new BitSet(nodeCount());
    Deque<Integer> q = new ArrayDeque<>();
    seen.set(entry);
    q.add(entry);
    while (!q.isEmpty()) {
      int v = q.poll();
      for (Edge e : out.get(v)) {
        if (e.target() == END) {
          return true;
        }
        if (e.target() >= 0 && regionOf[e.target()] == region && !seen.get(e.target())) {
          seen.set(e.target());
          q.add(e.target());
        }
      }
    }
    return false;
  }

  /** Whether the branches of a block node can complete as its join mode requires. */
  boolean canJoin(int blockNode) {
    return canJoin(blockNode, joinable());
  }

  private BitSet joinableCache;

  private BitSet joinable() {
    if (joinableCache == null) {
      int n = nodeCount();
      BitSet joins = new BitSet(n);
      List<List<Integer>> reverse = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        reverse.add(new ArrayList<>());
      }
      Deque<Integer> q = new ArrayDeque<>();
      for (int v = 0; v < steps.size(); v++) {
        if (regionOf[v] == 0) {
          continue;
        }
        for (Edge e : out.get(v)) {
          if (e.target() >= 0) {
            reverse.get(e.target()).add(v);
          } else if (e.target() == JOIN && !joins.get(v)) {
            joins.set(v);
            q.add(v);
          }
        }
      }
      propagate(q, reverse, joins);
      joinableCache = joins;
    }
    return joinableCache;
  }

  /** Whether each branch of a block node can reach a join from its entry. */
  boolean[] branchCanJoin(int blockNode) {
    int[] entries = branchEntries(blockNode);
    boolean[] can = new boolean[entries.length];
    BitSet joins = joinable();
    for (int i = 0; i < entries.length; i++) {
      can[i] = entries[i] >= 0 && joins.get(entries[i]);
    }
    return can;
  }

  private boolean canJoin(int blockNode, BitSet joins) {
    int[] entries = branchEntries(blockNode);
    boolean all = true;
    boolean any = false;
    for (int entry : entries) {
      boolean can = entry >= 0 && joins.get(entry);
      all &= can;
      any |= can;
    }
    return block(blockNode).join() == ParallelBlock.Join.ALL ? all && entries.length > 0 : any;
  }

  private static void propagate(Deque<Integer> q, List<List<Integer>> reverse, BitSet mark) {
    while (!q.isEmpty()) {
      int v = q.poll();
      for (int u : reverse.get(v)) {
        if (!mark.get(u)) {
          mark.set(u);
          q.add(u);
        }
      }
    }
  }

  /** Kosaraju on the unbounded-edge subgraph of each region (edges never cross regions). */
  private void findUnboundedLoops() {
    int n = nodeCount();
    List<List<Integer>> fwd = new ArrayList<>();
    List<List<Integer>> rev = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      fwd.add(new ArrayList<>());
      rev.add(new ArrayList<>());
    }
    for (int v = 0; v < n; v++) {
      for (Edge e : out.get(v)) {
        if (e.target() >= 0 && unbounded(e)) {
          fwd.get(v).add(e.target());
          rev.get(e.target()).add(v);
        }
      }
    }
    // First pass: order by finish time, iteratively.
    int[] order = new int[n];
    int orderSize = 0;
    boolean[] visited = new boolean[n];
    int[] iter = new int[n];
    int[] stack = new int[n];
    for (int s = 0; s < n; s++) {
      if (visited[s]) {
        continue;
      }
      int sp = 0;
      stack[sp++] = s;
      visited[s] = true;
      while (sp > 0) {
        int v = stack[sp - 1];
        if (iter[v] < fwd.get(v).size()) {
          int w = fwd.get(v).get(iter[v]++);
          if (!visited[w]) {
            visited[w] = true;
            stack[sp++] = w;
          }
        } else {
          sp--;
          order[orderSize++] = v;
        }
      }
    }
    int[] comp = new int[n];
    Arrays.fill(comp, -1);
    int comps = 0;
    for (int i = orderSize - 1; i >= 0; i--) {
      int s = order[i];
      if (comp[s] >= 0) {
        continue;
      }
      int sp = 0;
      stack[sp++] = s;
      comp[s] = comps;
      while (sp > 0) {
        int v = stack[--sp];
        for (int w : rev.get(v)) {
          if (comp[w] < 0) {
            comp[w] = comps;
            stack[sp++] = w;
          }
        }
      }
      comps++;
    }
    List<List<Integer>> members = new ArrayList<>();
    for (int c = 0; c < comps; c++) {
      members.add(new ArrayList<>());
    }
    for (int v = 0; v < n; v++) {
      members.get(comp[v]).add(v);
    }
    boolean[] cyclic = new boolean[comps];
    for (int v = 0; v < n; v++) {
      if (members.get(comp[v]).size() > 1) {
        cyclic[comp[v]] = true;
      }
      for (Edge e : out.get(v)) {
        if (e.target() == v && unbounded(e)) {
          cyclic[comp[v]] = true;
        }
      }
    }
    for (int c = 0; c < comps; c++) {
      if (!cyclic[c]) {
        continue;
      }
      boolean exit = false;
      for (int v : members.get(c)) {
        for (Edge e : out.get(v)) {
          if (e.target() < 0 || comp[e.target()] != c) {
            exit = true;
          } else if (e.action() >= 0 && unbounded(e)) {
            onUnboundedLoop[e.action()] = true;
          }
        }
        if (isBlock(v) && branchEndsDossierFromBlock(v)) {
          exit = true;
        }
      }
      unboundedLoops.add(members.get(c).stream().mapToInt(Integer::intValue).toArray());
      unboundedLoopHasExit.add(exit);
    }
  }

  private boolean branchEndsDossierFromBlock(int blockNode) {
    for (int entry : branchEntries(blockNode)) {
      if (entry >= 0 && branchEndsDossier(entry, regionOf[entry])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an edge has no bound: a join, or an action without {@code maxRounds} that is neither a
   * supplement request nor an extension (those are bounded by the procedure's policies, so an
   * author need not repeat the policy on each action).
   */
  private boolean unbounded(Edge e) {
    if (e.action() < 0) {
      return true;
    }
    int a = e.action();
    return actions.get(a).maxRounds().isEmpty() && !supplement[a] && !extension[a];
  }

  /**
   * Whether an action is bounded by a procedure-level policy rather than (or as well as) its own.
   */
  boolean policyBounded(int action) {
    return supplement[action] || extension[action];
  }

  /** The most times the verifier lets one path perform an action, by itself. */
  int bound(int action) {
    Action a = actions.get(action);
    int bound = Integer.MAX_VALUE;
    if (a.maxRounds().isPresent()) {
      bound = Math.max(0, a.maxRounds().getAsInt());
    } else if (onUnboundedLoop[action]) {
      bound = 1;
    }
    if (supplement[action]) {
      bound = Math.min(bound, supplementRounds);
    }
    if (extension[action]) {
      bound = Math.min(bound, extensions);
    }
    return bound;
  }

  /**
   * Returns a lower bound on the number of paths the verifier walks, found without walking them:
   * the paths of each region with the edges closing a cycle left out (each such path performs every
   * action at most once, so the verifier walks it too), counted by dynamic programming and
   * saturating at {@link Long#MAX_VALUE}. Forty diamonds in a row give 2^40 at once, where walking
   * would take minutes to reach the path limit. Iterative, so deep graphs cannot overflow the
   * stack.
   */
  long pathCountLowerBound() {
    int n = nodeCount();
    long[] count = new long[n];
    byte[] state = new byte[n]; // 0 new, 1 on the stack, 2 done
    long total = 0;
    for (Region r : regions) {
      int entry = r.entry();
      if (entry < 0) {
        continue;
      }
      if (r.block() >= 0 && state[steps.size() + r.block()] == 0) {
        continue; // a block the top-level walk does not reach is never walked
      }
      total = add(total, countFrom(entry, count, state));
    }
    return total;
  }

  private long countFrom(int root, long[] count, byte[] state) {
    if (state[root] == 2) {
      return count[root];
    }
    int[] stack = new int[nodeCount()];
    int[] iter = new int[nodeCount()];
    int sp = 0;
    stack[sp++] = root;
    state[root] = 1;
    iter[root] = 0;
    while (sp > 0) {
      int v = stack[sp - 1];
      List<Edge> edges = out.get(v);
      if (iter[v] < edges.size()) {
        Edge e = edges.get(iter[v]++);
        int t = e.target();
        if (t >= 0 && state[t] == 0 && usable(e) && (e.action() >= 0 || canJoin(v))) {
          state[t] = 1;
          iter[t] = 0;
          stack[sp++] = t;
        }
        continue;
      }
      long c = 0;
      boolean any = false;
      for (Edge e : edges) {
        any |= e.action() < 0 || bound(e.action()) > 0;
        if (!usable(e)) {
          continue;
        }
        int t = e.target();
        if (t == END || t == JOIN) {
          c = add(c, 1);
        } else if (t >= 0 && state[t] == 2 && (e.action() >= 0 || canJoin(v))) {
          c = add(c, count[t]); // a target still on the stack closes a cycle: left out
        }
      }
      if (!any && !isBlock(v)) {
        c = 1; // a dead end is a path too
      }
      count[v] = c;
      state[v] = 2;
      sp--;
    }
    return count[root];
  }

  /**
   * An edge counted by the lower bound: a join, or an action the verifier performs at least once
   * and not one whose policy is shared by several actions.
   */
  private boolean usable(Edge e) {
    return e.action() < 0 || bound(e.action()) > 0 && !policyBounded(e.action());
  }

  private static long add(long a, long b) {
    long s = a + b;
    return s < 0 ? Long.MAX_VALUE : s;
  }
}
