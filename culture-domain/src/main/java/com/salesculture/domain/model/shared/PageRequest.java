package com.salesculture.domain.model.shared;

/**
 * One page of a list: its number (from 0) and size (1 to {@link #MAX_SIZE}), so that no list is read
 * whole however large it grows.
 */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (number < 0) {
            throw new InvalidInputException("page", "page.number");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "page.size", MAX_SIZE);
        }
        if ((long) number * size > Integer.MAX_VALUE) { // the first row's index must be a database's int
            throw new InvalidInputException("page", "page.beyond", Integer.MAX_VALUE / size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** The index of the page's first row. */
    public int offset() {
        return number * size;
    }
}
