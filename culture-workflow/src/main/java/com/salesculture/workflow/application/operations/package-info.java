/**
 * Running the installation: readiness, metrics, failed jobs and mail, process versions and
 * migrations, history clean-up.
 */
package com.salesculture.workflow.application.operations;
