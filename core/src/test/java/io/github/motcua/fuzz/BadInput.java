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
package io.github.motcua.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.motcua.MotcuaException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;

/**
 * Runs one call with bad input and checks what every entry point owes it: it ends using less than
 * {@link #TIME_LIMIT} of CPU time (and within {@link #HANG_LIMIT} of wall-clock time), allocating
 * less than {@link #ALLOCATION_LIMIT}, either with a result or with an exception under {@link
 * MotcuaException} (never a {@code NullPointerException}, a {@code ClassCastException}, a Jackson
 * or SnakeYAML exception, a {@code StackOverflowError} or an {@code OutOfMemoryError}), and neither
 * its exception messages (causes included) nor any line the library logged meanwhile, at any level
 * down to TRACE, contains the {@linkplain #PERSON marker personal data}.
 *
 * <p>The log lines are captured from slf4j-simple, which writes to {@code System.err}: the stream
 * is swapped for the call, and the library's loggers are turned to TRACE for it, so that a debug
 * line that would leak in a production log with debug on is caught too. Not thread-safe: the calls
 * of a test run one at a time.
 */
public final class BadInput {
  /**
   * A fake applicant name with Vietnamese diacritics, planted in applicant and attribute fields.
   */
  public static final String PERSON = "Nguyễn Thị Ánh Tuyết";

  /** A fake 12-digit citizen identity number (căn cước công dân), planted likewise. */
  public static final String CITIZEN_ID = "079203004321";

  /** Both markers, as an applicant reference would carry them. */
  public static final String APPLICANT = PERSON + " CCCD " + CITIZEN_ID;

  /**
   * The CPU time one bad input may take on the calling thread. CPU time rather than wall-clock
   * time, so that a build sharing a loaded machine does not fail for waiting on the processor.
   */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(2);

  /** The wall-clock time after which a call counts as hanging, whatever the machine's load. */
  public static final Duration HANG_LIMIT = Duration.ofSeconds(15);

  /** The memory one bad input may allocate (over its whole run, not at once). */
  public static final long ALLOCATION_LIMIT = 512L * 1024 * 1024;

  /** The loggers of the library: every class that logs. */
  private static final List<String> LOGGERS =
      List.of(
          "io.github.motcua.engine.Intake",
          "io.github.motcua.engine.DossierEngine",
          "io.github.motcua.engine.EventDispatcher",
          "io.github.motcua.engine.Timers",
          "io.github.motcua.engine.Commands",
          "io.github.motcua.engine.Assignments",
          "io.github.motcua.engine.Reorganisations");

  private BadInput() {}

  /**
   * Runs a call that must be refused.
   *
   * @param call the call
   * @return the typed exception it threw
   */
  public static MotcuaException refused(Callable<?> call) {
    Optional<MotcuaException> e = run(call);
    assertThat(e).as("the call must be refused with a MotcuaException").isPresent();
    return e.get();
  }

  /**
   * Runs a call that must be refused with a given type.
   *
   * @param type the expected exception type
   * @param call the call
   * @param <E> the type
   * @return the exception
   */
  public static <E extends MotcuaException> E refused(Class<E> type, Callable<?> call) {
    MotcuaException e = refused(call);
    assertThat(e).isInstanceOf(type);
    return type.cast(e);
  }

  /**
   * Runs a call that may succeed or be refused, but must do nothing else.
   *
   * @param call the call
   * @return the refusal, or empty when it succeeded
   */
  public static Optional<MotcuaException> run(Callable<?> call) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    List<Runnable> restore = traceLibraryLoggers();
    Throwable[] thrown = new Throwable[1];
    long[] allocated = new long[1];
    long[] cpu = new long[1];
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertTimeoutPreemptively(
          HANG_LIMIT,
          () -> {
            long before = allocatedByThisThread();
            long cpuBefore = cpuOfThisThread();
            try {
              call.call();
            } catch (Throwable t) {
              thrown[0] = t;
            } finally {
              allocated[0] = allocatedByThisThread() - before;
              cpu[0] = cpuOfThisThread() - cpuBefore;
            }
          },
          "bad input must not hang: no answer within " + HANG_LIMIT);
    } finally {
      System.setErr(original);
      restore.forEach(Runnable::run);
    }
    assertThat(allocated[0]).as("bytes allocated by one bad input").isLessThan(ALLOCATION_LIMIT);
    assertThat(Duration.ofNanos(cpu[0])).as("CPU time of one bad input").isLessThan(TIME_LIMIT);
    String logs = captured.toString(StandardCharsets.UTF_8);
    assertNoPersonalData("the log lines", logs);
    Throwable t = thrown[0];
    if (t == null) {
      return Optional.empty();
    }
    if (!(t instanceof MotcuaException)) {
      throw new AssertionError("bad input escaped as an untyped " + t.getClass().getName(), t);
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      assertNoPersonalData("the message of " + c.getClass().getName(), String.valueOf(c));
      for (Throwable s : c.getSuppressed()) {
        assertNoPersonalData("a suppressed " + s.getClass().getName(), String.valueOf(s));
      }
    }
    return Optional.of((MotcuaException) t);
  }

  /**
   * Asserts that a text carries neither marker, nor the name without its diacritics.
   *
   * @param what what the text is, for the failure message
   * @param text the text
   */
  public static void assertNoPersonalData(String what, String text) {
    for (String marker : List.of(CITIZEN_ID, PERSON, "Nguyen Thi Anh Tuyet", "Tuyết")) {
      int at = text.indexOf(marker);
      if (at >= 0) {
        // an excerpt only: the text may hold a 10-million-character input
        String excerpt = text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 200));
        throw new AssertionError(what + " carry personal data: ..." + excerpt + "...");
      }
    }
  }

  /** The CPU time of the current thread so far, in nanoseconds. */
  private static long cpuOfThisThread() {
    try {
      Object threads =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      return (Long)
          Class.forName("java.lang.management.ThreadMXBean")
              .getMethod("getCurrentThreadCpuTime")
              .invoke(threads);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the JVM measures thread CPU time", e);
    }
  }

  /**
   * The bytes the current thread allocated so far (HotSpot's {@code
   * com.sun.management.ThreadMXBean}, reached reflectively because the test sources are compiled in
   * the library's module, which does not read {@code java.management}).
   */
  private static long allocatedByThisThread() {
    try {
      Object threads =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      return (Long)
          Class.forName("com.sun.management.ThreadMXBean")
              .getMethod("getCurrentThreadAllocatedBytes")
              .invoke(threads);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the tests run on HotSpot", e);
    }
  }

  /** Turns the library's slf4j-simple loggers to TRACE; returns how to turn them back. */
  private static List<Runnable> traceLibraryLoggers() {
    List<Runnable> restore = new ArrayList<>();
    for (String name : LOGGERS) {
      Object logger = LoggerFactory.getLogger(name);
      try {
        Field level = logger.getClass().getDeclaredField("currentLogLevel");
        level.setAccessible(true);
        int before = level.getInt(logger);
        level.setInt(logger, 0); // slf4j-simple's LOG_LEVEL_TRACE
        restore.add(
            () -> {
              try {
                level.setInt(logger, before);
              } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
              }
            });
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("the tests log through slf4j-simple", e);
      }
    }
    return restore;
  }
}
