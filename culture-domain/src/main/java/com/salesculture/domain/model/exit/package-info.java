/**
 * Exit cases: a salesperson incapable of living the values, or unwilling to, proposed for exit with
 * the evidence, reviewed by HR, approved by an executive, and offboarded against a checklist.
 */
package com.salesculture.domain.model.exit;
