package kr.academy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is asking, from the verified token: {@code user:<id>} for academy members. */
@RequestScoped
public class Requester {

  @Inject JsonWebToken token;

  /** The member's user id; null for a platform admin. */
  public Long userId() {
    String subject = token.getSubject();
    return subject != null && subject.startsWith("user:")
        ? Long.valueOf(subject.substring("user:".length()))
        : null;
  }
}
