/**
 * Exit cases: proposed through the evidence gate, reviewed by HR, approved by an executive,
 * offboarded; documents, checklist and legal holds.
 */
package com.salesculture.workflow.application.exit;
