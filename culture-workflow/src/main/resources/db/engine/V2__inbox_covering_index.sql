-- The inbox joins its scope (my tasks, my groups' unclaimed ones: thousands for a busy leader) to the
-- tasks to check the assignee and sort by creation or due date. This index holds those columns, so the
-- count and the page's ids are read from it instead of every matching task's whole row; only the page's
-- rows are read (measured: docs/benchmarks.md, "Inbox").
create index ACT_IDX_TASK_INBOX on ACT_RU_TASK(ID_, ASSIGNEE_, CREATE_TIME_, DUE_DATE_);
