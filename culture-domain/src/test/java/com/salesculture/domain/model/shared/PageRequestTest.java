package com.salesculture.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aPageWhoseFirstRowIsBeyondTheDatabasesIntIsRefusedNotWrapped() {
        int last = Integer.MAX_VALUE / PageRequest.MAX_SIZE;
        assertThat(new PageRequest(last, PageRequest.MAX_SIZE).offset()).isPositive();
        assertThatThrownBy(() -> new PageRequest(last + 1, PageRequest.MAX_SIZE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("page"));
        assertThat(new PageRequest(Integer.MAX_VALUE, 1).offset()).as("one row a page reaches int's end").isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void negativePagesAndSizesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1)).isInstanceOf(InvalidInputException.class);
    }
}
