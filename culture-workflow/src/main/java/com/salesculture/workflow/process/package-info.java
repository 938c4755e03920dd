/**
 * One class per process model: the typed catalogue of its key and variables; and one delegate per
 * activity, named after it, each a thin step into the domain.
 */
package com.salesculture.workflow.process;
