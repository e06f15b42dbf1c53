package kr.academy.web.errors;

import java.io.IOException;

/** Thrown while reading a body that passes the configured limit. */
public class BodyTooLargeException extends IOException {

  public BodyTooLargeException(long limit) {
    super("the request body is larger than " + limit + " bytes");
  }
}
