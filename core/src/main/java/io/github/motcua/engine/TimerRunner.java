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

import static java.util.Objects.requireNonNull;

import io.github.motcua.MotcuaException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires an engine's timers on a thread of its own, so that due-soon and overdue marks, automatic
 * actions and the stops of dossiers whose applicant did not supplement in time happen without the
 * host writing a scheduler. The host starts it once and stops it when it shuts down:
 *
 * <pre>{@code
 * TimerRunner timers = TimerRunner.builder(engine).interval(Duration.ofSeconds(30)).build();
 * timers.start();
 * ...
 * timers.close();   // finishes the batch in flight, then returns
 * }</pre>
 *
 * <h2>A run</h2>
 *
 * Every {@link Builder#interval interval} (measured from the end of one run to the start of the
 * next, so runs never overlap or pile up), a run reads "now" from its {@link Builder#clock clock}
 * and claims a batch of at most {@link Builder#batchSize batchSize} dossiers whose next timer is
 * due by then ({@link io.github.motcua.spi.DossierStore#claimDueTimers}), and fires each in its own
 * unit of work, as {@link DossierEngine#fireDueTimers(Instant)} does. While a batch still finds
 * work (it was full, or it changed a dossier, which may have another timer due) the run claims
 * another, up to {@link Builder#maxBatchesPerRun maxBatchesPerRun}; what is left waits for the next
 * run.
 *
 * <p>Each run is reported as a {@link TimerRun}: logged as one line ({@link TimerRun#summary()}; at
 * INFO when it claimed anything, DEBUG when there was nothing due, WARN when something failed),
 * kept as {@link #lastRun()}, and handed to the {@link Builder#listener listeners} (for metrics).
 *
 * <h2>Failures</h2>
 *
 * A dossier whose firing throws is logged with its id and counted; the batch goes on, and the
 * dossier is claimed again once its lease (five minutes) expires. A failure of the run itself (the
 * store lost its connection, a claim timed out) ends that run, is logged at WARN and kept in its
 * report; the thread lives on and the next run tries again. A failing listener is logged and
 * ignored.
 *
 * <h2>Several nodes</h2>
 *
 * Runners on several nodes (or several runners on one) may share a store: each claim leases the
 * dossiers it returns to its claimer, so concurrent runs get disjoint batches, and each change is
 * made against the version it was computed from, so a timer is never fired twice.
 *
 * <h2>Stopping</h2>
 *
 * {@link #stop()} lets the batch in flight finish (no new batch starts), waits for it at most the
 * {@link Builder#stopTimeout stop timeout}, and returns; no run starts after it returned. The
 * thread, named {@code motcua-timers-N}, is a daemon thread so that a host that forgets to stop the
 * runner can still exit (losing at most a batch in flight, whose claims expire and are taken again
 * on the next start). A runner is started once; build a new one to start again.
 *
 * <p>Thread-safe.
 */
public final class TimerRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TimerRunner.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private enum State {
    NEW,
    RUNNING,
    STOPPED
  }

  private final Timers timers;
  private final Clock clock;
  private final Duration interval;
  private final int batchSize;
  private final int maxBatchesPerRun;
  private final Duration stopTimeout;
  private final List<Consumer<TimerRun>> listeners;
  private final String threadName;
  private final String owner;

  private final Object lock = new Object();
  private State state = State.NEW;
  private ScheduledExecutorService executor;
  private volatile Thread thread;
  private volatile boolean stopping;
  private volatile TimerRun lastRun;

  private TimerRunner(Builder b) {
    this.timers = b.engine.timers();
    this.clock = b.clock != null ? b.clock : b.engine.context().clock;
    this.interval = b.interval;
    this.batchSize = b.batchSize != 0 ? b.batchSize : b.engine.context().timerBatch;
    this.maxBatchesPerRun = b.maxBatchesPerRun;
    this.stopTimeout = b.stopTimeout;
    this.listeners = List.copyOf(b.listeners);
    this.threadName = "motcua-timers-" + THREADS.incrementAndGet();
    this.owner = b.engine.context().node + "/" + threadName;
  }

  /**
   * Returns a new builder for a runner of an engine's timers.
   *
   * @param engine the engine whose timers it fires (and whose store it claims them from)
   * @return the builder
   */
  public static Builder builder(DossierEngine engine) {
    return new Builder(requireNonNull(engine, "engine"));
  }

  /**
   * Starts the runner's thread; the first run begins at once.
   *
   * @throws IllegalStateException if the runner was already started (or stopped)
   */
  public void start() {
    synchronized (lock) {
      if (state != State.NEW) {
        throw new IllegalStateException(
            "timer runner "
                + threadName
                + " was already "
                + (state == State.RUNNING ? "started" : "stopped")
                + "; a runner starts once, build a new one to start again");
      }
      executor =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread t = new Thread(task, threadName);
                t.setDaemon(true);
                thread = t;
                return t;
              });
      executor.scheduleWithFixedDelay(
          this::runGuarded, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
      state = State.RUNNING;
    }
    LOG.info(
        "timer runner {} started: every {}, batches of {}, at most {} batches a run",
        threadName,
        interval,
        batchSize,
        maxBatchesPerRun);
  }

  /**
   * Stops the runner: no new batch starts, the batch in flight finishes, and this call waits for it
   * at most the stop timeout. No run starts after this call returned. Stopping a runner never
   * started, or already stopped, does nothing. Called from a listener (on the runner's own thread),
   * it does not wait.
   *
   * @return true if the runner's thread ended within the timeout (or there was none); false if the
   *     batch in flight was still running, in which case its thread is interrupted
   */
  public boolean stop() {
    ScheduledExecutorService running;
    synchronized (lock) {
      State was = state;
      state = State.STOPPED;
      stopping = true;
      running = executor;
      if (was != State.RUNNING) {
        return running == null || running.isTerminated();
      }
    }
    running.shutdown();
    if (Thread.currentThread() == thread) {
      return true;
    }
    try {
      if (running.awaitTermination(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.info("timer runner {} stopped", threadName);
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    running.shutdownNow();
    LOG.warn(
        "timer runner {}: the batch in flight did not finish within {}; its thread was"
            + " interrupted (its claims expire and are taken again)",
        threadName,
        stopTimeout);
    return false;
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Returns whether the runner was started and not stopped.
   *
   * @return whether it runs
   */
  public boolean isRunning() {
    synchronized (lock) {
      return state == State.RUNNING;
    }
  }

  /**
   * Returns the report of the last run that ended, for monitoring.
   *
   * @return the last run, empty before the first one ended
   */
  public Optional<TimerRun> lastRun() {
    return Optional.ofNullable(lastRun);
  }

  /**
   * Returns the name of the runner's thread, {@code motcua-timers-N} (also in its log lines).
   *
   * @return the name
   */
  public String threadName() {
    return threadName;
  }

  /**
   * One scheduled run: never lets an exception out, which would end the schedule silently. An
   * {@link Error} still ends it, said in the log first.
   */
  private void runGuarded() {
    if (stopping) {
      return;
    }
    try {
      report(runOnce());
    } catch (Error e) {
      LOG.error("timer runner {} ends: no more runs after this error", threadName, e);
      throw e;
    }
  }

  private void report(TimerRun run) {
    lastRun = run;
    log(run);
    for (Consumer<TimerRun> listener : listeners) {
      try {
        listener.accept(run);
      } catch (RuntimeException e) {
        LOG.warn("timer runner {}: a run listener failed", threadName, e);
      }
    }
  }

  private TimerRun runOnce() {
    long started = System.nanoTime();
    Instant now = null;
    int batches = 0;
    int claimed = 0;
    int changed = 0;
    int events = 0;
    int lost = 0;
    int failed = 0;
    boolean more = false;
    RuntimeException failure = null;
    try {
      now = clock.instant();
      do {
        Timers.Batch b = timers.fireBatch(now, batchSize, owner);
        batches++;
        claimed += b.claimed();
        changed += b.dossiersChanged();
        events += b.events();
        lost += b.lostRaces();
        failed += b.failed();
        more = b.claimed() == batchSize || b.dossiersChanged() > 0;
      } while (more && batches < maxBatchesPerRun && !stopping);
    } catch (RuntimeException e) {
      failure = e;
      more = false;
    }
    return new TimerRun(
        now != null ? now : Instant.EPOCH,
        batches,
        claimed,
        changed,
        events,
        lost,
        failed,
        more,
        Duration.ofNanos(System.nanoTime() - started),
        Optional.ofNullable(failure));
  }

  private void log(TimerRun run) {
    if (run.failure().isPresent()) {
      RuntimeException e = run.failure().get();
      boolean retryable = e instanceof MotcuaException m && m.retryable();
      LOG.warn(
          "{}; {} at the next run in {}",
          run.summary(),
          retryable ? "retryable, tried again" : "tried again",
          interval,
          e);
    } else if (run.failed() > 0) {
      LOG.warn("{}", run.summary());
    } else if (run.claimed() > 0) {
      LOG.info("{}", run.summary());
    } else {
      LOG.debug("{}", run.summary());
    }
  }

  /** Configures a {@link TimerRunner}. Not thread-safe. */
  public static final class Builder {
    private final DossierEngine engine;
    private Clock clock;
    private Duration interval = Duration.ofSeconds(30);
    private int batchSize;
    private int maxBatchesPerRun = 100;
    private Duration stopTimeout = Duration.ofSeconds(30);
    private final List<Consumer<TimerRun>> listeners = new ArrayList<>();

    private Builder(DossierEngine engine) {
      this.engine = engine;
    }

    /**
     * Sets the clock a run reads "now" from (default the engine's clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the pause between the end of one run and the start of the next (default 30 seconds).
     * Marks are recorded at most this late.
     *
     * @param interval the pause, at least one millisecond
     * @return this builder
     * @throws IllegalArgumentException if shorter than a millisecond
     */
    public Builder interval(Duration interval) {
      requireNonNull(interval, "interval");
      if (interval.compareTo(Duration.ofMillis(1)) < 0) {
        throw new IllegalArgumentException(
            "the timer runner's interval must be at least 1 ms; got " + interval);
      }
      this.interval = interval;
      return this;
    }

    /**
     * Sets how many due dossiers one claim takes (default the engine's {@link
     * DossierEngine.Builder#timerBatch timer batch}, 500 unless set).
     *
     * @param size the batch size, 1 to 10000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder batchSize(int size) {
      if (size < 1 || size > 10_000) {
        throw new IllegalArgumentException(
            "the timer runner's batch size must be 1 to 10000; got " + size);
      }
      this.batchSize = size;
      return this;
    }

    /**
     * Sets how many batches one run claims at most while they keep finding work (default 100); the
     * rest waits for the next run.
     *
     * @param max the cap, at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxBatchesPerRun(int max) {
      if (max < 1) {
        throw new IllegalArgumentException(
            "the timer runner's batches per run must be at least 1; got " + max);
      }
      this.maxBatchesPerRun = max;
      return this;
    }

    /**
     * Sets how long {@link TimerRunner#stop()} waits for the batch in flight (default 30 seconds).
     *
     * @param timeout the wait, zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder stopTimeout(Duration timeout) {
      requireNonNull(timeout, "timeout");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException(
            "the timer runner's stop timeout cannot be negative; got " + timeout);
      }
      this.stopTimeout = timeout;
      return this;
    }

    /**
     * Adds a listener that receives every run's report on the runner's thread, after the run (for
     * metrics). A failing listener is logged and ignored; a slow one delays the next run.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(Consumer<TimerRun> listener) {
      listeners.add(requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the runner, not started. Building twice gives two runners (two threads) on the same
     * engine; their claims keep them apart.
     *
     * @return the runner
     */
    public TimerRunner build() {
      return new TimerRunner(this);
    }
  }
}
