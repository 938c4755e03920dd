-- Task mails a recipient gets in one dispatch are sent as one digest (issue 16): each keeps its own line
-- (what happened and the task's link) and the recipient's language for the digest's words.
alter table mail_outbox add column digest_line varchar(2000);
alter table mail_outbox add column language varchar(8);
