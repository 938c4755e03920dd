-- Requests counted per subject (a client address) and minute where every node of a cluster sees them
-- (issue 15): the survey rate limit holds per address across the cluster, not per node.
create table request_window (
    subject varchar(100) not null,
    window_minute bigint not null,
    hits integer not null,
    constraint request_window_pk primary key (subject, window_minute)
);
create index request_window_minute on request_window (window_minute);
