package kr.academy.web.errors;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The error page of the web module (WEB-INF/web.xml): whatever the container itself refuses or
 * fails on outside JAX-RS (a path it will not decode, a {@code .jsp} that does not exist) is
 * answered in the API's error shape instead of Liberty's page, which names its classes and may
 * carry a stack trace. A failure is logged under an incident id, like any unexpected error.
 */
@WebServlet(urlPatterns = ContainerErrorPage.PATH)
public class ContainerErrorPage extends HttpServlet {

  static final String PATH = "/error";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer given ? given : HttpServletResponse.SC_NOT_FOUND;
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    ErrorBody body;
    if (status >= 500) {
      status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
      body =
          UnexpectedErrorMapper.incident(
              failure instanceof Throwable thrown
                  ? thrown
                  : new IllegalStateException("the container answered " + code));
    } else {
      body =
          new ErrorBody(
              WebApplicationExceptionMapper.codeOf(status),
              WebApplicationExceptionMapper.messageOf(status),
              List.of());
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    JSON.toJson(body, response.getWriter());
  }
}
