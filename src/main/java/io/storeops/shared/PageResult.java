package io.storeops.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: the items, the total number of matches, the 0-based page and its size. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
