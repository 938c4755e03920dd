/**
 * Results: how the intent's deliverables are going. Actuals are recorded per deliverable (and per
 * team where it names teams) by sales leaders, by API or from a CRM export; {@link DeliverableProgress}
 * reads them against the baseline and target and projects them to the due date, which says whether a
 * deliverable is at risk.
 */
package com.salesculture.domain.model.result;
