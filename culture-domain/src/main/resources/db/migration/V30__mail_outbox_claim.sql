-- Several nodes dispatch the outbox (issue 15): a dispatcher claims due mail in the database before
-- sending it, so no two send the same mail. The claim (node name and a random part) lapses at
-- claimed_until, after which another node may take the mail; a node that restarts releases its own.
alter table mail_outbox add column claimed_by varchar(300);
alter table mail_outbox add column claimed_until timestamp with time zone;
