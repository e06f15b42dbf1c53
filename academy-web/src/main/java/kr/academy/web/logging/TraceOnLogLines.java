package kr.academy.web.logging;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import kr.academy.logging.RequestLogFields;
import kr.academy.platform.tracing.Tracing;

/**
 * Puts the request's trace id (Liberty traces each request) on the log lines written while it is
 * handled (docs/operations.md, Logs), so an operator goes from a line to its trace and back.
 */
@Provider
public class TraceOnLogLines implements ContainerRequestFilter {

  @Inject Tracing tracing;
  @Inject RequestLogFields fields;

  @Override
  public void filter(ContainerRequestContext request) {
    tracing
        .currentParent()
        .flatMap(Tracing::traceId)
        .ifPresent(id -> fields.put(Tracing.LOG_FIELD, id));
  }
}
