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

import static java.util.Objects.requireNonNull;

import io.github.motcua.calendar.WorkingWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks every path of a procedure from the start step to an ending action and measures each in
 * working time against the legal time limit (thời hạn giải quyết). Immutable and thread-safe; one
 * instance may verify many procedures concurrently.
 *
 * <p>How paths are counted:
 *
 * <ul>
 *   <li>Step budgets become working time with the working week's standard day (default 8 hours);
 *       budgets in calendar days nominally, rounded up (see the package's notes on calendar days).
 *   <li>An action with {@code maxRounds} is performed at most that many times per path; the
 *       supplement requests together at most the supplement policy's rounds, and the actions that
 *       extend the due date together at most the procedure's {@code maxExtensions}, with or without
 *       a {@code maxRounds} of their own; an action on a loop without a bound (a validation
 *       warning) at most once, and the path is marked {@link ProcedurePath#unboundedLoop()}. Guards
 *       are not evaluated: every alternative is a path.
 *   <li>The clock: steps entered after an action with {@link ClockEffect#PAUSE} do not count until
 *       an action resumes it; resuming (with the supplement policy's {@code CONTINUE}) back at the
 *       step that paused continues that step's budget rather than starting it again; {@link
 *       ClockEffect#RESTART} (and {@link ClockEffect#RESUME} when the supplement policy restarts)
 *       starts a new stretch, and the path's time is its longest stretch, which is what must fit in
 *       the legal time limit.
 *   <li>A parallel block counts as a whole: for a join on all branches, best = the slowest branch's
 *       best path, worst = the slowest branch's worst path; for a join on any branch, best = the
 *       fastest branch's best path, worst (conservatively) the slowest branch's worst path. Branch
 *       paths are walked once per block with their own round counts. A branch path that ends the
 *       dossier is a path of its own.
 *   <li>The legal time limit in working time: working days × standard day, or working hours; for
 *       counting to the end of the day with an intake cut-off, plus the working time left after the
 *       cut-off on the shortest working day (a same-day procedure with a 15:00 cut-off has two
 *       hours); calendar days nominally, rounded down.
 * </ul>
 *
 * <p>Exponential blow-up is refused, not suffered: before walking, the paths are counted from below
 * without walking them (alternatives in a row multiply), and a count over the limit (default
 * {@value #DEFAULT_PATH_LIMIT}, branch paths included) is refused at once; while walking, more
 * paths than the limit, more than 20 step visits per allowed path, or a path longer than {@value
 * #MAX_PATH_LENGTH} actions raise {@link PathLimitExceededException}.
 */
public final class ProcedureVerifier {
  /** The default limit on the number of paths walked. */
  public static final int DEFAULT_PATH_LIMIT = ValidationOptions.DEFAULT_PATH_LIMIT;

  /** The longest path walked, in actions. */
  public static final int MAX_PATH_LENGTH = 1_000;

  private static final ProcedureVerifier DEFAULT =
      new ProcedureVerifier(WorkingWeek.publicSector(), DEFAULT_PATH_LIMIT);

  private final WorkingWeek week;
  private final int pathLimit;

  private ProcedureVerifier(WorkingWeek week, int pathLimit) {
    this.week = week;
    this.pathLimit = pathLimit;
  }

  /**
   * Returns a verifier with the public-sector week (8-hour days) and the default path limit.
   *
   * @return the verifier
   */
  public static ProcedureVerifier create() {
    return DEFAULT;
  }

  /**
   * Returns a verifier that converts working days with another week's standard day.
   *
   * @param workingWeek the working week
   * @return a new verifier
   */
  public ProcedureVerifier withWorkingWeek(WorkingWeek workingWeek) {
    return new ProcedureVerifier(requireNonNull(workingWeek, "workingWeek"), pathLimit);
  }

  /**
   * Returns a verifier with another path limit.
   *
   * @param limit the most paths (complete, dead ends and branch paths) to walk, at least 1
   * @return a new verifier
   * @throws IllegalArgumentException if the limit is below 1
   */
  public ProcedureVerifier withPathLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("path limit must be at least 1; got " + limit);
    }
    return new ProcedureVerifier(week, limit);
  }

  /**
   * Walks every path of a procedure.
   *
   * @param procedure the procedure, valid as every built procedure is
   * @return the paths and their working times
   * @throws PathLimitExceededException if there are more paths than the limit, or a path longer
   *     than {@value #MAX_PATH_LENGTH} actions
   */
  public Verification verify(Procedure procedure) {
    requireNonNull(procedure, "procedure");
    return verify(new ProcedureGraph(procedure));
  }

  Verification verify(ProcedureGraph graph) {
    Walk walk = new Walk(graph, week, pathLimit);
    walk.run();
    return new Verification(
        graph.procedure,
        walk.paths,
        walk.deadEnds,
        WorkingTimes.legalCapacity(graph.procedure, week),
        week.standardDay());
  }

  /** A branch path: the steps and actions of one walk through a branch, and how it leaves. */
  private record BranchPath(
      List<String> steps,
      List<String> actions,
      long time,
      int exit,
      Optional<Outcome> outcome,
      boolean unbounded,
      boolean extended) {}

  /** What a parallel block contributes to a path passing its join. */
  private record BlockSummary(
      boolean joinable,
      long best,
      long worst,
      List<String> steps,
      boolean unbounded,
      boolean extended,
      List<BranchPath> endings) {}

  /** One verification: the depth-first walk and its bookkeeping. */
  private static final class Walk {
    private final ProcedureGraph g;
    private final Procedure p;
    private final int pathLimit;
    private final long[] budget;
    private final int[] counts;
    private final BlockSummary[] summaries;
    private final boolean restartOnResume;

    final List<ProcedurePath> paths = new ArrayList<>();
    final List<ProcedurePath> deadEnds = new ArrayList<>();
    private int walked;

    // The path being walked.
    private final List<String> actionTrail = new ArrayList<>();
    private final List<String> stepTrail = new ArrayList<>();
    private long curBest;
    private long curWorst;
    private long segBest;
    private long segWorst;
    private boolean paused;
    private int pausedAt = -1;
    private boolean continuing;
    private int unbounded;
    private int extended;
    private int supplementsUsed;
    private int extensionsUsed;
    private long visits;

    Walk(ProcedureGraph g, WorkingWeek week, int pathLimit) {
      this.g = g;
      this.p = g.procedure;
      this.pathLimit = pathLimit;
      this.budget = new long[g.steps.size()];
      for (int s = 0; s < budget.length; s++) {
        budget[s] = WorkingTimes.of(g.steps.get(s).budget(), week, true).getSeconds();
      }
      this.counts = new int[g.actions.size()];
      this.summaries = new BlockSummary[g.blocks.size()];
      this.restartOnResume = p.supplementPolicy().mode() == SupplementPolicy.Mode.RESTART;
    }

    void run() {
      long atLeast = g.pathCountLowerBound();
      if (atLeast > pathLimit) {
        throw refused(
            pathLimit,
            "has at least "
                + (atLeast == Long.MAX_VALUE ? "9223372036854775807 (more than that)" : atLeast)
                + " paths, more than the limit of "
                + pathLimit
                + " (alternatives in a row multiply them); bound its loops with smaller"
                + " maxRounds, merge alternatives that lead to the same step, or raise the"
                + " verifier's path limit");
      }
      int start = g.regions.get(0).entry();
      if (start >= 0) {
        enter(start, 0);
      }
    }

    private void count() {
      if (++walked > pathLimit) {
        throw refused(
            pathLimit,
            "has more than "
                + pathLimit
                + " paths (loops and parallel branches multiply them); bound its loops with"
                + " smaller maxRounds or raise the verifier's path limit");
      }
    }

    private void checkDepth(int depth) {
      if (depth > MAX_PATH_LENGTH) {
        throw refused(
            MAX_PATH_LENGTH,
            "has a path longer than "
                + MAX_PATH_LENGTH
                + " actions; bound its loops with smaller maxRounds");
      }
    }

    private PathLimitExceededException refused(int limit, String what) {
      return new PathLimitExceededException(
          p.code(), limit, "procedure " + p.code() + " v" + p.version() + " " + what);
    }

    /** Whether the path may perform an action once more: its own bound and the policies'. */
    private boolean allowed(int a, int[] rounds, int supplements, int extensions) {
      return rounds[a] < g.bound(a)
          && !(g.supplement[a] && supplements >= g.supplementRounds)
          && !(g.extension[a] && extensions >= g.extensions);
    }

    /**
     * Bounds the work of a walk, not only its paths: a path limit alone lets loops in a row make
     * long paths whose copies cost memory before the limit is reached.
     */
    private void visit() {
      if (++visits > 20L * pathLimit) {
        throw refused(
            pathLimit,
            "needs more than "
                + 20L * pathLimit
                + " steps of walking to verify (loops in a row multiply long paths); bound its"
                + " loops with smaller maxRounds or raise the verifier's path limit");
      }
    }

    private void enter(int node, int depth) {
      checkDepth(depth);
      visit();
      if (g.isBlock(node)) {
        enterBlock(node, depth);
        return;
      }
      long b0 = curBest;
      long w0 = curWorst;
      boolean c0 = continuing;
      stepTrail.add(g.steps.get(node).id());
      if (!paused && !continuing) {
        curBest += budget[node];
        curWorst += budget[node];
      }
      continuing = false;
      boolean moved = false;
      for (ProcedureGraph.Edge e : g.out.get(node)) {
        int a = e.action();
        if (!allowed(a, counts, supplementsUsed, extensionsUsed)) {
          continue;
        }
        moved = true;
        perform(node, a, e.target(), depth);
      }
      continuing = c0;
      if (!moved) {
        emit(Optional.empty(), List.of(), List.of(), 0, false, false);
      }
      stepTrail.remove(stepTrail.size() - 1);
      curBest = b0;
      curWorst = w0;
    }

    private void perform(int node, int a, int target, int depth) {
      long b0 = curBest;
      long w0 = curWorst;
      long sb0 = segBest;
      long sw0 = segWorst;
      boolean p0 = paused;
      int pa0 = pausedAt;
      boolean c0 = continuing;
      int u0 = unbounded;
      int x0 = extended;
      Action action = g.actions.get(a);
      counts[a]++;
      supplementsUsed += g.supplement[a] ? 1 : 0;
      extensionsUsed += g.extension[a] ? 1 : 0;
      actionTrail.add(action.id());
      switch (action.clockEffect()) {
        case PAUSE -> {
          if (!paused) {
            pausedAt = node;
          }
          paused = true;
        }
        case RESUME -> {
          paused = false;
          if (restartOnResume) {
            restartStretch();
          } else if (target == pausedAt) {
            // Back at the step that paused: it continues its budget, not a new one.
            continuing = true;
          }
          pausedAt = -1;
        }
        case RESTART -> {
          paused = false;
          pausedAt = -1;
          restartStretch();
        }
        case EXTEND -> extended++;
        case NONE -> {}
      }
      if (g.onUnboundedLoop[a]) {
        unbounded++;
      }
      if (target == ProcedureGraph.END) {
        emit(action.outcome(), List.of(), List.of(), 0, false, false);
      } else if (target >= 0) {
        enter(target, depth + 1);
      }
      actionTrail.remove(actionTrail.size() - 1);
      counts[a]--;
      supplementsUsed -= g.supplement[a] ? 1 : 0;
      extensionsUsed -= g.extension[a] ? 1 : 0;
      curBest = b0;
      curWorst = w0;
      segBest = sb0;
      segWorst = sw0;
      paused = p0;
      pausedAt = pa0;
      continuing = c0;
      unbounded = u0;
      extended = x0;
    }

    private void restartStretch() {
      segBest = Math.max(segBest, curBest);
      segWorst = Math.max(segWorst, curWorst);
      curBest = 0;
      curWorst = 0;
    }

    private void enterBlock(int node, int depth) {
      BlockSummary s = summary(node);
      for (BranchPath bp : s.endings()) {
        long t = paused ? 0 : bp.time();
        emit(bp.outcome(), bp.steps(), bp.actions(), t, bp.unbounded(), bp.extended());
      }
      if (!s.joinable()) {
        return;
      }
      long b0 = curBest;
      long w0 = curWorst;
      int u0 = unbounded;
      int x0 = extended;
      int size = stepTrail.size();
      if (!paused) {
        curBest += s.best();
        curWorst += s.worst();
      }
      stepTrail.addAll(s.steps());
      unbounded += s.unbounded() ? 1 : 0;
      extended += s.extended() ? 1 : 0;
      int next = g.out.get(node).isEmpty() ? -1 : g.out.get(node).get(0).target();
      if (next >= 0) {
        enter(next, depth + 1);
      }
      stepTrail.subList(size, stepTrail.size()).clear();
      curBest = b0;
      curWorst = w0;
      unbounded = u0;
      extended = x0;
    }

    private void emit(
        Optional<Outcome> outcome,
        List<String> extraSteps,
        List<String> extraActions,
        long extraTime,
        boolean extraUnbounded,
        boolean extraExtended) {
      count();
      List<String> steps = new ArrayList<>(stepTrail);
      steps.addAll(extraSteps);
      List<String> acts = new ArrayList<>(actionTrail);
      acts.addAll(extraActions);
      Set<String> agencies = new LinkedHashSet<>();
      Set<String> staff = new LinkedHashSet<>();
      for (String id : steps) {
        Integer s = g.stepIndex.get(id);
        if (s != null) {
          agencies.add(g.steps.get(s).agencyRole());
          staff.add(g.steps.get(s).staffRole());
        }
      }
      long best = Math.max(segBest, curBest + extraTime);
      long worst = Math.max(segWorst, curWorst + extraTime);
      ProcedurePath path =
          new ProcedurePath(
              acts,
              steps,
              new ArrayList<>(agencies),
              new ArrayList<>(staff),
              Duration.ofSeconds(best),
              Duration.ofSeconds(worst),
              outcome,
              unbounded > 0 || extraUnbounded,
              extended > 0 || extraExtended);
      (outcome.isPresent() ? paths : deadEnds).add(path);
    }

    private BlockSummary summary(int node) {
      int bi = node - g.steps.size();
      if (summaries[bi] != null) {
        return summaries[bi];
      }
      ParallelBlock block = g.block(node);
      int[] entries = g.branchEntries(node);
      List<BranchPath> endings = new ArrayList<>();
      List<String> steps = new ArrayList<>();
      boolean all = block.join() == ParallelBlock.Join.ALL;
      boolean joinable = all;
      long best = all ? 0 : Long.MAX_VALUE;
      long worst = 0;
      boolean anyUnbounded = false;
      boolean anyExtended = false;
      for (int br = 0; br < entries.length; br++) {
        List<BranchPath> bps = new ArrayList<>();
        if (entries[br] >= 0) {
          new BranchWalk(g.regionIndex(node, br), bps).walk(entries[br]);
        }
        long minJoin = Long.MAX_VALUE;
        long maxJoin = -1;
        Set<String> branchSteps = new LinkedHashSet<>();
        for (BranchPath bp : bps) {
          if (bp.exit() == ProcedureGraph.JOIN) {
            minJoin = Math.min(minJoin, bp.time());
            maxJoin = Math.max(maxJoin, bp.time());
            branchSteps.addAll(bp.steps());
            anyUnbounded |= bp.unbounded();
            anyExtended |= bp.extended();
          } else {
            endings.add(bp);
          }
        }
        boolean canJoin = maxJoin >= 0;
        if (all) {
          joinable &= canJoin;
          if (canJoin) {
            best = Math.max(best, minJoin);
            worst = Math.max(worst, maxJoin);
          }
        } else if (canJoin) {
          joinable = true;
          best = Math.min(best, minJoin);
          worst = Math.max(worst, maxJoin);
        }
        steps.addAll(branchSteps);
      }
      BlockSummary s =
          new BlockSummary(
              joinable,
              joinable ? best : 0,
              worst,
              Collections.unmodifiableList(steps),
              anyUnbounded,
              anyExtended,
              endings);
      summaries[bi] = s;
      return s;
    }

    /** Walks one branch from its entry with its own round counts. */
    private final class BranchWalk {
      private final int region;
      private final List<BranchPath> out;
      private final int[] rounds = new int[g.actions.size()];
      private final List<String> steps = new ArrayList<>();
      private final List<String> acts = new ArrayList<>();
      private long time;
      private boolean branchPaused;
      private int branchUnbounded;
      private int branchExtended;
      private int branchSupplements;
      private int branchExtensions;

      BranchWalk(int region, List<BranchPath> out) {
        this.region = region;
        this.out = out;
      }

      void walk(int node) {
        checkDepth(acts.size());
        visit();
        long t0 = time;
        steps.add(g.steps.get(node).id());
        if (!branchPaused) {
          time += budget[node];
        }
        boolean moved = false;
        for (ProcedureGraph.Edge e : g.out.get(node)) {
          int a = e.action();
          if (!allowed(a, rounds, branchSupplements, branchExtensions)
              || (e.target() >= 0 && g.regionOf[e.target()] != region)) {
            continue;
          }
          moved = true;
          boolean p0 = branchPaused;
          int u0 = branchUnbounded;
          int x0 = branchExtended;
          Action action = g.actions.get(a);
          rounds[a]++;
          branchSupplements += g.supplement[a] ? 1 : 0;
          branchExtensions += g.extension[a] ? 1 : 0;
          acts.add(action.id());
          switch (action.clockEffect()) {
            case PAUSE -> branchPaused = true;
            case RESUME, RESTART -> branchPaused = false;
            case EXTEND -> branchExtended++;
            case NONE -> {}
          }
          if (g.onUnboundedLoop[a]) {
            branchUnbounded++;
          }
          if (e.target() >= 0) {
            walk(e.target());
          } else {
            record(
                e.target(), e.target() == ProcedureGraph.END ? action.outcome() : Optional.empty());
          }
          acts.remove(acts.size() - 1);
          rounds[a]--;
          branchSupplements -= g.supplement[a] ? 1 : 0;
          branchExtensions -= g.extension[a] ? 1 : 0;
          branchPaused = p0;
          branchUnbounded = u0;
          branchExtended = x0;
        }
        if (!moved) {
          record(Integer.MIN_VALUE, Optional.empty());
        }
        steps.remove(steps.size() - 1);
        time = t0;
      }

      private void record(int exit, Optional<Outcome> outcome) {
        count();
        out.add(
            new BranchPath(
                List.copyOf(steps),
                List.copyOf(acts),
                time,
                exit,
                outcome,
                branchUnbounded > 0,
                branchExtended > 0));
      }
    }
  }
}
