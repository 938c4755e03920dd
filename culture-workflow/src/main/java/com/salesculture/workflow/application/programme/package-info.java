/**
 * A programme from its intent to its close: strategic intent and deliverables, values charter,
 * compensation plan, the results measured against the deliverables, and the line of sight that
 * ties them together.
 */
package com.salesculture.workflow.application.programme;
