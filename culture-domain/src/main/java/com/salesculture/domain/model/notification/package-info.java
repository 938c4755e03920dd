/** Notifications: the mail outbox that decouples sending from the decisions that cause it. */
package com.salesculture.domain.model.notification;
