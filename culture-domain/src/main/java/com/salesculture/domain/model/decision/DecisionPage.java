package com.salesculture.domain.model.decision;

import java.util.List;

/** One page of decision-log entries (in recorded order) and how many match in all. */
public record DecisionPage(List<DecisionLogEntry> entries, long total) {
}
