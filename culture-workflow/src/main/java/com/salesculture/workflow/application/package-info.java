/**
 * The use cases of the workflow: each runs in one JTA transaction as the signed-in user, checks
 * on the server who may do what, and is the only place that calls the process engine's API.
 */
package com.salesculture.workflow.application;
