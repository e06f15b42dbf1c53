package kr.academy.web.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.academy.common.DomainException;
import kr.academy.common.DomainException.Detail;
import kr.academy.common.StorableText;

/**
 * Query and path parameters and headers ({@code Idempotency-Key} is stored) get the same text rule
 * as body fields: a {@code %00} or bytes that are not UTF-8 ({@code %FF}) are 400 naming the
 * parameter, before any resource reads them. The runtime would decode bad bytes into replacement
 * characters, so the raw values of parameters are decoded here; header values are Latin-1 text.
 */
@Provider
public class ParameterCheck implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    List<Detail> problems = new ArrayList<>();
    check(request.getUriInfo().getQueryParameters(false), problems);
    check(request.getUriInfo().getPathParameters(false), problems);
    request
        .getHeaders()
        .forEach(
            (name, values) ->
                values.forEach(
                    value ->
                        StorableText.problem(name, value)
                            .ifPresent(message -> problems.add(new Detail(name, message)))));
    if (!problems.isEmpty()) {
      throw DomainException.invalid("VALIDATION_FAILED", problems);
    }
  }

  private static void check(MultivaluedMap<String, String> raw, List<Detail> problems) {
    for (Map.Entry<String, List<String>> parameter : raw.entrySet()) {
      String name = decoded(parameter.getKey()).orElse("parameter");
      for (String value : parameter.getValue()) {
        Optional<String> problem =
            decoded(value)
                .map(text -> StorableText.problem(name, text))
                .orElseGet(() -> Optional.of(name + " must be UTF-8 text"));
        problem.ifPresent(message -> problems.add(new Detail(name, message)));
      }
    }
  }

  /** Percent-decoded as UTF-8; empty when the bytes are not UTF-8 or an escape is broken. */
  static Optional<String> decoded(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()) {
          return Optional.empty();
        }
        int high = Character.digit(encoded.charAt(i + 1), 16);
        int low = Character.digit(encoded.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] literal = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(literal, 0, literal.length);
      }
    }
    return StorableText.utf8(bytes.toByteArray());
  }
}
