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

import io.github.motcua.spi.StatisticsScope;

/**
 * The on-time indicator of Decision 766/QĐ-TTg (23 June 2022, annex, group 2 "Tiến độ, kết quả giải
 * quyết", indicator 2.1 "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn"), worth at most 20 of the 100
 * points of the service-quality index, for one agency (receiving or competent), procedure and
 * period.
 *
 * <p>The formula, as the national portal's formula document ("Mô tả công thức tính chỉ số 766",
 * record 2.1) states it, read through a public repository that reproduces the document ({@code
 * ChippedTopaz/qd766}, {@code web/src/formula-document.ts}; secondary, see {@code
 * docs/legal-basis.md} §3): <em>"Số lượng hồ sơ đã và đang xử lý đúng hạn hoặc trong hạn trong kỳ /
 * Tổng số hồ sơ được tiếp nhận, xử lý trong kỳ"</em>. A dossier is on time when it ends ({@code
 * NgayKetThucXuLy}: refused, stopped, finished, returned, or withdrawn after receipt) by the
 * appointment date given to the applicant ({@code NgayHenTra}); one not ended by the end of the
 * period ends then (so a dossier in progress counts while it is not yet late); the applicant's
 * supplement time is not counted (motcua's clock is paused while it waits for the applicant, so its
 * due date already leaves that time out, and a dossier waiting for the applicant at the end of the
 * period counts as within time); a dossier asked to supplement more than once counts as late. The
 * document states that last rule for a dossier whose process has only the supplement request and no
 * finished status; motcua applies it to every dossier asked more than once. The score is {@code 20
 * × ratio}: observed on the portal's published figures (same repository, {@code
 * docs/SCORING_ANALYSIS_M0.md}), not stated in the document. Whether an extension with a letter of
 * apology moves the appointment date for this indicator was not found; motcua counts against the
 * due date in force, extension included.
 *
 * @param scope what was counted
 * @param handled the dossiers received or handled in the period (the denominator)
 * @param onTime those ended on time, or not ended and not late at the end of the period
 * @param late the others: ended late, late at the end of the period, or asked to supplement more
 *     than once
 */
public record OnTimeIndicator(StatisticsScope scope, long handled, long onTime, long late) {
  /** The most points the indicator is worth. */
  public static final double MAX_POINTS = 20.0;

  /**
   * Returns on time / handled, or 1 when nothing was handled (no dossier, no fault: motcua's
   * choice; the portal document shows 0 or N/A when the denominator is 0).
   *
   * @return the ratio, 0 to 1
   */
  public double ratio() {
    return handled == 0 ? 1.0 : onTime / (double) handled;
  }

  /**
   * Returns the points: {@code 20 × ratio}.
   *
   * @return the score, 0 to 20
   */
  public double score() {
    return MAX_POINTS * ratio();
  }
}
