/**
 * Each role's home page: what needs the signed-in person now, built only from the services that
 * role may already call.
 */
package com.salesculture.workflow.application.home;
