-- How the intent's deliverables are going (issue 19): figures per deliverable (team_key 0) or per team,
-- one per day; and which deliverables were raised as at risk in which period (a response is asked once).
create sequence deliverable_actual_seq start with 50 increment by 50;

create table deliverable_actual (
    id             bigint                   not null primary key,
    deliverable_id bigint                   not null references intent_deliverable (id),
    team_key       bigint                   not null,
    as_of          date                     not null,
    amount         numeric(19, 4)           not null,
    source         varchar(200),
    recorded_by    varchar(255)             not null,
    recorded_at    timestamp with time zone not null,
    constraint deliverable_actual_once unique (deliverable_id, team_key, as_of)
);

create table deliverable_risk (
    deliverable_id bigint                   not null references intent_deliverable (id),
    period         varchar(7)               not null,
    raised_at      timestamp with time zone not null,
    -- the sales leaders' response, once given
    action         varchar(2000),
    action_owner   varchar(200),
    action_due     date,
    responded_by   varchar(255),
    responded_at   timestamp with time zone,
    primary key (deliverable_id, period)
);
