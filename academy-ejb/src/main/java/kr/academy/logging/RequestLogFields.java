package kr.academy.logging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Log fields for the rest of one request, taken off when it ends: its thread serves other requests
 * next.
 */
@RequestScoped
public class RequestLogFields {

  private final List<LogFields.Field> fields = new ArrayList<>();
  @Inject LogFields logFields;

  public void put(String name, String value) {
    fields.add(logFields.put(name, value));
  }

  @PreDestroy
  void takeOff() {
    fields.forEach(LogFields.Field::close);
    fields.clear();
  }
}
