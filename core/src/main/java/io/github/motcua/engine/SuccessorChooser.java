package io.github.motcua.engine;

import io.github.motcua.agency.Reorganisation;
import io.github.motcua.dossier.Dossier;

/**
 * Chooses, for one dossier, which successor takes over from an agency that ceased: for a split, by
 * the dossier's place (the commune of the applicant's residence, the land parcel's commune). The
 * default ({@link #FIRST}) takes the reorganisation's first successor.
 */
@FunctionalInterface
public interface SuccessorChooser {
  /** The reorganisation's first successor, whatever the dossier. */
  SuccessorChooser FIRST = (dossier, predecessor, r) -> r.successorOf(predecessor);

  /**
   * Chooses the successor.
   *
   * @param dossier the dossier being moved
   * @param predecessor the agency that ceased
   * @param reorganisation the reorganisation
   * @return one of the reorganisation's successors
   */
  String successor(Dossier dossier, String predecessor, Reorganisation reorganisation);
}
