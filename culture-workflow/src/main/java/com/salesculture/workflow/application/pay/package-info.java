/**
 * Values-linked pay: pay periods, statements, corrections and the payroll export.
 */
package com.salesculture.workflow.application.pay;
