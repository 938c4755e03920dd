/**
 * The decision log: an append-only, hash-chained record of who decided what, when, in which role,
 * about which subject, with what outcome, reason and evidence, and where in which process.
 */
package com.salesculture.domain.model.decision;
