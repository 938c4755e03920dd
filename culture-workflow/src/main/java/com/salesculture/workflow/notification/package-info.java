/**
 * Notifications: listeners on every user task write mail into the outbox in the engine's
 * transaction; a scheduled dispatcher sends it after commit and retries while SMTP is down.
 */
package com.salesculture.workflow.notification;
