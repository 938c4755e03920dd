/**
 * One class per process model: the typed catalogue of its key and variables, and its delegates,
 * each a one-line adapter into the domain, named after its activity.
 */
package com.salesculture.workflow.process;
