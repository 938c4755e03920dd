-- A seal per entry: HMAC-SHA256 of its hash with a key the database does not hold, so whoever can
-- write these tables still cannot rewrite the chain unnoticed. Entries written before this migration
-- have none; the head remembers the first sealed entry.
alter table decision_log add column seal char(64);
alter table decision_log_head add column sealed_from bigint;

-- Sealed checkpoints of the head, published to auditors, who keep them and can bring them back.
create table decision_log_checkpoint (
    seq        bigint                   not null,
    entry_hash char(64)                 not null,
    taken_at   timestamp with time zone not null,
    signature  char(64)                 not null,
    primary key (seq, taken_at)
);
