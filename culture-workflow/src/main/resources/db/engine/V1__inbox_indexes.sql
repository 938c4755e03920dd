-- The inbox filters by due date (overdue, today, this week) and by candidate group; the engine
-- ships no index for the first, and its identity-link index on TASK_ID_ alone makes every joined
-- row a second read. Both indexes cover what the inbox query reads (measured: docs/benchmarks.md).
create index ACT_IDX_TASK_DUE on ACT_RU_TASK(DUE_DATE_, ASSIGNEE_);
create index ACT_IDX_IDENT_LNK_TASK_GROUP on ACT_RU_IDENTITYLINK(TASK_ID_, TYPE_, GROUP_ID_);
