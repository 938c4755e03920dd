-- Recognition (issue 19): a plan may publish, with each cycle's scores, per value the salespeople whose
-- customers saw it most consistently (five ratings at least); names and values only, never scores.
alter table comp_plan add column recognition boolean default false not null;

create table cycle_recognition (
    cycle_id       bigint not null references survey_cycle (id),
    value_id       bigint not null,
    salesperson_id bigint not null references salesperson (id),
    primary key (cycle_id, value_id, salesperson_id)
);
