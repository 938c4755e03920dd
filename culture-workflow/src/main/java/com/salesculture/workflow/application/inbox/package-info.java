/**
 * The task inbox: search and saved filters, claiming, completing, reassigning and bulk actions,
 * comments and evidence on tasks, and who may act on which task (groups, four eyes).
 */
package com.salesculture.workflow.application.inbox;
