/**
 * The auditor's workspace: decision-log search and exports, timelines of a subject, checkpoints
 * and the chain's verification.
 */
package com.salesculture.workflow.application.audit;
