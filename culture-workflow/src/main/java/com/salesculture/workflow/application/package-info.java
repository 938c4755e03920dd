/**
 * The use cases of the workflow, one package per capability (programme, survey, review, exit, pay,
 * people, inbox, audit, operations, home): each runs in one JTA transaction as the signed-in user,
 * checks on the server who may do what, and is the only place that calls the process engine's API.
 * This package holds what they share: who is acting, the engine's gateway and clock, the decision
 * recorder and uploaded evidence.
 */
package com.salesculture.workflow.application;
