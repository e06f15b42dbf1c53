package kr.academy.web;

import java.util.List;
import java.util.function.Function;
import kr.academy.common.Page;

/** A page as the API returns it: {@code {"items","total","page","size"}}. */
public record PageBody<T>(List<T> items, long total, int page, int size) {

  public static <S, T> PageBody<T> of(Page<S> page, Function<S, T> view) {
    return new PageBody<>(
        page.items().stream().map(view).toList(), page.total(), page.page(), page.size());
  }
}
