package com.salesculture.domain.model.program;

/** What a sales deliverable moves. */
public enum DeliverableKind {
    REVENUE_GROWTH, NEW_CUSTOMERS, RETENTION, CROSS_SELL, MARGIN, MARKET_SHARE
}
