/**
 * Typed task forms: every user task names a form ({@code camunda:formKey}) whose type is a Java
 * record with Bean Validation constraints. The record gives the fields the page renders and the API
 * describes, and validates what both submit, the same way.
 */
package com.salesculture.workflow.form;
