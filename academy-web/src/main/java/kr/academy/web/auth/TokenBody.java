package kr.academy.web.auth;

import kr.academy.identity.AccessToken;

public record TokenBody(String accessToken, long expiresIn, String tokenType) {

  static TokenBody of(AccessToken token) {
    return new TokenBody(token.token(), token.expiresIn(), "Bearer");
  }
}
