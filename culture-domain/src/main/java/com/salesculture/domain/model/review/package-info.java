/**
 * Performance reviews against the values, one per salesperson per published survey cycle, and the
 * recovery (coaching) plans that come first when a salesperson is below the bar.
 */
package com.salesculture.domain.model.review;
