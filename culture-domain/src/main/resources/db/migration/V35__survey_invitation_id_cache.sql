-- A cycle inserts its invitations in one statement. H2 records its identity counter in a commit of its own
-- every time the cached values run out (32 by default), and with WRITE_DELAY=0 each such commit writes the
-- store: 200,000 invitations took 21.7 s in a bare H2 test, 0.7 s with 1,000 cached (docs/benchmarks.md).
-- The cost: ids skip up to 1,000 after a restart (on PostgreSQL, per connection); nothing relies on them being dense.
alter table survey_invitation alter column id set cache 1000;
