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

/**
 * The status a dossier shows, with its code on the national public-service portal (Cổng Dịch vụ
 * công quốc gia), 1 to 10.
 */
public enum DossierStatus {
  /** 1, mới đăng ký: registered online, not yet received by the desk. */
  NEWLY_REGISTERED(1),
  /** 2, được tiếp nhận: received by the one-stop desk. */
  RECEIVED(2),
  /** 3, không được tiếp nhận: refused at intake. */
  NOT_ACCEPTED(3),
  /** 4, đang xử lý: being processed. */
  PROCESSING(4),
  /** 5, yêu cầu bổ sung giấy tờ: waiting for the applicant to supplement the dossier. */
  SUPPLEMENT_REQUESTED(5),
  /** 6, yêu cầu thực hiện nghĩa vụ tài chính: waiting for the applicant to pay fees or taxes. */
  FINANCIAL_OBLIGATION_REQUESTED(6),
  /** 7, công dân yêu cầu rút hồ sơ: withdrawn at the applicant's request. */
  WITHDRAWN(7),
  /** 8, dừng xử lý: processing stopped. */
  STOPPED(8),
  /** 9, đã xử lý xong: processed, the result is ready. */
  RESULT_READY(9),
  /** 10, đã trả kết quả: the result was returned to the applicant. */
  RESULT_RETURNED(10);

  private final int portalCode;

  DossierStatus(int portalCode) {
    this.portalCode = portalCode;
  }

  /**
   * Returns the national portal code, 1 to 10.
   *
   * @return the code
   */
  public int portalCode() {
    return portalCode;
  }

  /**
   * Returns the status with a national portal code.
   *
   * @param code 1 to 10
   * @return the status
   * @throws IllegalArgumentException if the code is not 1 to 10
   */
  public static DossierStatus ofPortalCode(int code) {
    for (DossierStatus s : values()) {
      if (s.portalCode == code) {
        return s;
      }
    }
    throw new IllegalArgumentException("national portal status code must be 1 to 10; got " + code);
  }
}
