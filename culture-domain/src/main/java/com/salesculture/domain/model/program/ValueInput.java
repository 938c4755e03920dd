package com.salesculture.domain.model.program;

import java.util.List;

/** A value as entered: its name, the statement, and the behaviours a customer could observe. */
public record ValueInput(String name, String statement, List<String> behaviours) {
}
