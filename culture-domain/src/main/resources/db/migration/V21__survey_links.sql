-- Every link that may have been mailed keeps answering (issue 18): a link is stored before its mail
-- is handed to the mail server, and an invitation may have several (a reminder; a resend when the
-- first mail may not have left). Each still answers once: the response is per invitation.
create table survey_link (
    token_hash    varchar(64)              not null primary key,
    invitation_id bigint                   not null references survey_invitation (id),
    reminder      boolean                  not null,
    issued_at     timestamp with time zone not null
);
create index survey_link_invitation on survey_link (invitation_id);
insert into survey_link (token_hash, invitation_id, reminder, issued_at)
    select token_hash, id, false, mailed_at from survey_invitation where token_hash is not null;
insert into survey_link (token_hash, invitation_id, reminder, issued_at)
    select reminder_token_hash, id, true, reminded_at from survey_invitation where reminder_token_hash is not null;
alter table survey_invitation drop column token_hash;
alter table survey_invitation drop column reminder_token_hash;

-- A sender claims the invitations it is about to mail, so that no other sender (node) mails them
-- meanwhile; a claim older than the mailer's limit is given up (its sender died).
alter table survey_invitation add column mail_claimed_at timestamp with time zone;
