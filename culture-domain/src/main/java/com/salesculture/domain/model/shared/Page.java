package com.salesculture.domain.model.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list and how many rows the whole list has. */
public record Page<T>(List<T> items, long total) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), total);
    }
}
