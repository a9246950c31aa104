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
package io.github.motcua.examples.spring;

import io.github.motcua.MotcuaException;
import io.github.motcua.RefusedException;
import io.github.motcua.dossier.DossierNotFoundException;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.engine.ActionNotAllowedException;
import io.github.motcua.engine.AgencyBindingException;
import io.github.motcua.engine.AssignmentNotAllowedException;
import io.github.motcua.engine.CommandRefusedException;
import io.github.motcua.engine.InvalidAttributeException;
import io.github.motcua.engine.InvalidExtensionException;
import io.github.motcua.engine.ReasonRequiredException;
import io.github.motcua.spi.DossierStoreException;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps motcua's typed exceptions to HTTP answers in {@code application/problem+json} (RFC 9457):
 * 404 for an unknown dossier, 403 for an action or assignment the officer may not perform, 409 for
 * a stale version, a reused idempotency key or an action the dossier's state does not offer, 400
 * for a command that is malformed (a missing reason, an invalid attribute or extension, a bad
 * cursor), 503 for a store failure worth retrying. The detail is the library's message, which names
 * ids and rules, never personal data; {@code retryable} says whether the same request, after
 * reloading the dossier, can succeed.
 */
@RestControllerAdvice
class ProblemResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

  @ExceptionHandler(MotcuaException.class)
  ProblemDetail motcua(MotcuaException e) {
    HttpStatus status = statusOf(e);
    if (status.is5xxServerError()) {
      LOG.warn("request failed: {}", e.getClass().getSimpleName(), e);
    }
    String detail =
        status == HttpStatus.INTERNAL_SERVER_ERROR
            ? "the server failed; see its log"
            : e.getMessage();
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("urn:motcua:problem:" + kebab(e.getClass().getSimpleName())));
    p.setTitle(title(e.getClass().getSimpleName()));
    p.setProperty("retryable", e.retryable());
    return p;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setType(URI.create("urn:motcua:problem:bad-request"));
    p.setTitle("Bad request");
    p.setProperty("retryable", false);
    return p;
  }

  static HttpStatus statusOf(MotcuaException e) {
    if (e instanceof DossierNotFoundException) {
      return HttpStatus.NOT_FOUND;
    }
    if (e instanceof ActionNotAllowedException || e instanceof AssignmentNotAllowedException) {
      return HttpStatus.FORBIDDEN;
    }
    if (e instanceof ReasonRequiredException
        || e instanceof InvalidExtensionException
        || e instanceof InvalidAttributeException
        || e instanceof AgencyBindingException) {
      return HttpStatus.BAD_REQUEST;
    }
    if (e instanceof StaleDossierVersionException
        || e instanceof IdempotencyKeyConflictException
        || e instanceof CommandRefusedException) {
      return HttpStatus.CONFLICT;
    }
    if (e instanceof RefusedException) {
      return HttpStatus.BAD_REQUEST;
    }
    if (e instanceof DossierStoreException && e.retryable()) {
      return HttpStatus.SERVICE_UNAVAILABLE;
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  /** "StaleDossierVersionException" to "stale-dossier-version". */
  private static String kebab(String exceptionName) {
    return exceptionName
        .replaceAll("Exception$", "")
        .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .toLowerCase(Locale.ROOT);
  }

  /** "StaleDossierVersionException" to "Stale dossier version". */
  private static String title(String exceptionName) {
    String words = kebab(exceptionName).replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
