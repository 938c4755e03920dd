-- Mail to send, written in the transaction of the event that causes it (outbox): a mail failure
-- never rolls back or loses a decision, and a rolled-back decision sends nothing.
create sequence mail_outbox_seq start with 50 increment by 50;

create table mail_outbox (
    id              bigint                   not null primary key,
    dedupe_key      varchar(200)             not null unique,
    recipient       varchar(320)             not null,
    subject         varchar(300)             not null,
    body            varchar(8000)            not null,
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    attempts        integer                  not null,
    last_error      varchar(1000),
    sent_at         timestamp with time zone,
    version         bigint                   not null
);

create index mail_outbox_pending on mail_outbox (sent_at, next_attempt_at);
