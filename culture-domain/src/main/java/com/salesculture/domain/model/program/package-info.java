/**
 * The culture programme aggregate: a named, multi-year effort started by a sales leader,
 * with the rules that make its set-up valid.
 */
package com.salesculture.domain.model.program;
