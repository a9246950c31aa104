package io.github.motcua.dossier;

/** How a dossier reached the agency (kênh tiếp nhận). */
public enum Channel {
  /** Handed in at the one-stop counter (trực tiếp). */
  COUNTER,
  /** Submitted on a public-service portal (trực tuyến). */
  ONLINE,
  /** Sent by post (qua bưu chính). */
  POSTAL
}
