package kr.academy.web.media;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A web player on any origin may read a playback URL's playlists: the URL carries its own signed,
 * expiring credential and no cookie or bearer token is involved (like a presigned URL), so every
 * origin is allowed, without credentials. Set on errors too, or a player sees a refusal as a
 * network failure instead of its status.
 */
@WebFilter(
    urlPatterns = "/api/v1/media/playback/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class PlaybackCors extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Access-Control-Allow-Origin", "*");
    chain.doFilter(request, response);
  }
}
