-- One open exit case per salesperson, kept by the database however many proposals arrive at once:
-- the salesperson's id while the case is open, null once it has ended (a unique column allows many
-- nulls on H2 and PostgreSQL alike). Where earlier concurrent proposals left several open cases, the
-- oldest holds the key; the others stay open and can still be cancelled.
alter table exit_case add column open_salesperson_id bigint;
update exit_case set open_salesperson_id = salesperson_id
 where stage not in ('CLOSED', 'REJECTED', 'CANCELLED')
   and id = (select min(o.id) from exit_case o
              where o.salesperson_id = exit_case.salesperson_id and o.stage not in ('CLOSED', 'REJECTED', 'CANCELLED'));
alter table exit_case add constraint exit_case_one_open unique (open_salesperson_id);
