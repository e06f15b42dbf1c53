package kr.academy.common;

import java.util.List;
import java.util.function.Function;

/** One page of results and how many there are in all. */
public record Page<T>(List<T> items, long total, int page, int size) {

  public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
    return new Page<>(List.copyOf(items), total, request.page(), request.size());
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total, page, size);
  }
}
