package kr.academy.web.errors;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Gives the container's own authentication answers the API's JSON error shape. MicroProfile JWT
 * rejects a missing, forged or expired token with an empty 401 and leaves the response uncommitted;
 * this fills in the body. Async-capable, or no request through it could stay open (server-sent
 * events would end after their first event).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ContainerErrorBodies extends HttpFilter {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    int status = response.getStatus();
    if ((status == 401 || status == 403)
        && !response.isCommitted()
        && response.getContentType() == null) {
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      JSON.toJson(
          new ErrorBody(
              WebApplicationExceptionMapper.codeOf(status),
              WebApplicationExceptionMapper.messageOf(status),
              List.of()),
          response.getWriter());
    }
  }
}
