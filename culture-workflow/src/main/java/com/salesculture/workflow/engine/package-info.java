/**
 * Infrastructure of the embedded Camunda 7 engine: its bootstrap on the server's transaction
 * manager and datasource, jobs on the managed executor, and BPMN expressions resolved to CDI
 * beans by name. Only this module's application services use the engine API.
 */
package com.salesculture.workflow.engine;
