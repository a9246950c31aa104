package io.github.motcua.deadline;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** How a finished dossier or step is classed against its due instant. */
public enum Timeliness {
  /** Finished on a day before the due day (trước hạn). */
  EARLY,
  /** Finished on the due day, not after the due instant (đúng hạn). */
  ON_TIME,
  /** Finished after the due instant (trễ hạn). */
  LATE;

  /**
   * Classes a finish against a due instant, comparing days in a zone.
   *
   * @param due the due instant
   * @param finishedAt when the work finished
   * @param zone the zone in which days are read
   * @return {@link #EARLY} if finished on a day before the due day, {@link #ON_TIME} if on the due
   *     day and not after the due instant, {@link #LATE} otherwise
   */
  public static Timeliness classify(Instant due, Instant finishedAt, ZoneId zone) {
    requireNonNull(due, "due");
    requireNonNull(finishedAt, "finishedAt");
    requireNonNull(zone, "zone");
    if (finishedAt.isAfter(due)) {
      return LATE;
    }
    LocalDate finishDay = LocalDate.ofInstant(finishedAt, zone);
    return finishDay.isBefore(LocalDate.ofInstant(due, zone)) ? EARLY : ON_TIME;
  }
}
