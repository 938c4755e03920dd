/**
 * The sales force: teams with their leader, and the salespeople whose customers rate whether they
 * live the values. A salesperson is active, in recovery, or exited.
 */
package com.salesculture.domain.model.salesforce;
